//! Plain text with the speakers it names turned into mentions (buttons with tooltips).

use yew::prelude::*;

use super::{speaker_mention, PreparedBriefing, RenderMode, TextId};
use crate::model::Run;

/// `text` (which is `id` in `briefing`) with its mentions; those of `focused` stand out.
///
/// A mention is an inline-block (a button, or the static copy's span laid out like one), and
/// WebKit may break a line between an inline-block and the punctuation that touches it ("Zhu
/// Feng" at the end of a line, its comma at the start of the next): the punctuation that touches
/// a mention is kept on its line with it, in a `mention-group`. Only punctuation: letters touching
/// a mention (Chinese, written without spaces) keep their own line breaks.
pub fn mention_text(
    briefing: &PreparedBriefing,
    id: TextId,
    text: &str,
    focused: Option<usize>,
    mode: RenderMode,
) -> Html {
    let runs = briefing.mentions().split(text);
    let is_mention = |index: Option<usize>| matches!(index.and_then(|i| runs.get(i)), Some(Run::Mention(_)));
    // Each plain run as (touching the mention before it, its own, touching the mention after it).
    let parts: Vec<(&str, &str, &str)> = runs
        .iter()
        .enumerate()
        .map(|(index, run)| {
            let Run::Plain(text) = run else { return ("", "", "") };
            let head = if is_mention(index.checked_sub(1)) { leading_punctuation_end(text) } else { 0 };
            let tail =
                if is_mention(index.checked_add(1)) { trailing_punctuation_start(text).max(head) } else { text.len() };
            (
                text.get(..head).unwrap_or_default(),
                text.get(head..tail).unwrap_or_default(),
                text.get(tail..).unwrap_or_default(),
            )
        })
        .collect();
    let part = |index: Option<usize>| index.and_then(|i| parts.get(i)).copied().unwrap_or_default();
    runs.iter()
        .enumerate()
        .map(|(index, run)| match run {
            Run::Plain(_) => html! { { part(Some(index)).1 } },
            Run::Mention(mention) => {
                let Some(speaker) = briefing.speaker(mention.speaker) else { return html! { { mention.text } } };
                let class = classes!("mention", (focused == Some(mention.speaker)).then_some("is-focused"));
                // In print there are no tooltips: the first mention says who the speaker is.
                let print_note = briefing
                    .is_first_mention(mention.speaker, id, mention.start)
                    .then(|| {
                        [speaker.affiliation.as_deref(), speaker.role.as_deref()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .filter(|note| !note.is_empty());
                let mention = html! {
                    <>
                        { speaker_mention(mention.speaker, speaker, class, html! { { mention.text } }, mode) }
                        if let Some(note) = print_note {
                            <span class="print-only">{ format!(" ({note})") }</span>
                        }
                    </>
                };
                let (before, after) = (part(index.checked_sub(1)).2, part(index.checked_add(1)).0);
                if before.is_empty() && after.is_empty() {
                    mention
                } else {
                    html! { <span class="mention-group">{ before }{ mention }{ after }</span> }
                }
            }
        })
        .collect()
}

/// Whether `c` ends the punctuation that touches a mention: white space, or a letter or digit.
fn ends_punctuation(c: char) -> bool {
    c.is_whitespace() || c.is_alphanumeric()
}

/// Where the punctuation at the start of `text` ends.
fn leading_punctuation_end(text: &str) -> usize {
    text.find(ends_punctuation).unwrap_or(text.len())
}

/// Where the punctuation at the end of `text` starts.
fn trailing_punctuation_start(text: &str) -> usize {
    text.char_indices().rev().find(|&(_, c)| ends_punctuation(c)).map_or(0, |(at, c)| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::{leading_punctuation_end, trailing_punctuation_start};

    #[test]
    fn only_the_punctuation_that_touches_a_mention_stays_with_it() {
        assert_eq!(leading_punctuation_end(", and"), 1);
        assert_eq!(leading_punctuation_end("’s view"), "’".len());
        assert_eq!(leading_punctuation_end("."), 1);
        assert_eq!(leading_punctuation_end(" said"), 0);
        assert_eq!(leading_punctuation_end("、和"), "、".len());
        // Chinese letters touching a mention are not glued to it: they break between characters.
        assert_eq!(leading_punctuation_end("指出，最近"), 0);
        assert_eq!(trailing_punctuation_start("joined ("), "joined ".len());
        assert_eq!(trailing_punctuation_start("said\u{3000}«"), "said\u{3000}".len());
        assert_eq!(trailing_punctuation_start("said "), "said ".len());
        assert_eq!(trailing_punctuation_start("/"), 0);
        assert_eq!(trailing_punctuation_start("北京和"), "北京和".len());
    }
}
