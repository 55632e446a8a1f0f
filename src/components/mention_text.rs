//! Plain text with the speakers it names turned into mentions (buttons with tooltips).

use yew::prelude::*;

use super::{speaker_mention, PreparedBriefing, RenderMode, TextId};
use crate::model::Run;

/// `text` (which is `id` in `briefing`) with its mentions; those of `focused` stand out.
pub fn mention_text(
    briefing: &PreparedBriefing,
    id: TextId,
    text: &str,
    focused: Option<usize>,
    mode: RenderMode,
) -> Html {
    briefing
        .mentions()
        .split(text)
        .into_iter()
        .map(|run| match run {
            Run::Plain(text) => html! { { text } },
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
                html! {
                    <>
                        { speaker_mention(mention.speaker, speaker, class, html! { { mention.text } }, mode) }
                        if let Some(note) = print_note {
                            <span class="print-only">{ format!(" ({note})") }</span>
                        }
                    </>
                }
            }
        })
        .collect()
}
