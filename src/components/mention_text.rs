//! Plain text with the speakers it names turned into mentions (buttons with tooltips).

use yew::prelude::*;

use super::{speaker_mention, PreparedBriefing, RenderMode, TextId};
use crate::model::Run;

/// `text` (which is `id` in `briefing`) with its mentions; those of `focused` stand out.
///
/// A mention is an inline-block (a button, or the static copy's span laid out like one), and
/// WebKit may break a line between an inline-block and the punctuation that touches it ("Zhu
/// Feng" at the end of a line, its comma at the start of the next): the words that touch a
/// mention are kept on its line with it, in a `mention-group`.
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
            let head = if is_mention(index.checked_sub(1)) { first_word_end(text) } else { 0 };
            let tail = if is_mention(index.checked_add(1)) { last_word_start(text).max(head) } else { text.len() };
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

/// Where the first word of `text` ends (at its first white space).
fn first_word_end(text: &str) -> usize {
    text.find(char::is_whitespace).unwrap_or(text.len())
}

/// Where the last word of `text` starts (after its last white space).
fn last_word_start(text: &str) -> usize {
    text.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(at, c)| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::{first_word_end, last_word_start};

    #[test]
    fn the_words_that_touch_a_mention_end_and_start_at_white_space() {
        assert_eq!(first_word_end(", and"), 1);
        assert_eq!(first_word_end("’s view"), "’s".len());
        assert_eq!(first_word_end("."), 1);
        assert_eq!(first_word_end(" said"), 0);
        assert_eq!(last_word_start("joined ("), "joined ".len());
        assert_eq!(last_word_start("said\u{3000}«"), "said\u{3000}".len());
        assert_eq!(last_word_start("said "), "said ".len());
        assert_eq!(last_word_start("/"), 0);
    }
}
