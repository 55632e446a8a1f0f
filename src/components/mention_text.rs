//! Plain text with the speakers it names turned into focusable mentions.

use yew::prelude::*;

use super::{tooltip_id, PreparedBriefing, SpeakerMention, TextId, TooltipAction};
use crate::model::Run;

#[derive(Properties, PartialEq)]
pub struct MentionTextProps {
    pub briefing: PreparedBriefing,
    /// Which text this is, so a speaker's first mention can carry their affiliation in print.
    pub id: TextId,
    pub text: AttrValue,
    /// The speaker the reader is focusing on, whose mentions stand out.
    #[prop_or_default]
    pub focused: Option<usize>,
    pub on_tooltip: Callback<TooltipAction>,
}

#[function_component]
pub fn MentionText(props: &MentionTextProps) -> Html {
    let briefing = &props.briefing;
    briefing
        .mentions()
        .split(&props.text)
        .into_iter()
        .map(|run| match run {
            Run::Plain(text) => html! { { text } },
            Run::Mention(mention) => {
                let Some(speaker) = briefing.speaker(mention.speaker) else { return html! { { mention.text } } };
                let focused = props.focused == Some(mention.speaker);
                // In print there are no tooltips: the first mention says who the speaker is.
                let print_note = briefing
                    .is_first_mention(mention.speaker, props.id, mention.start)
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
                        <SpeakerMention
                            speaker={mention.speaker}
                            tooltip_id={tooltip_id(&speaker.id)}
                            class={classes!("mention", focused.then_some("is-focused"))}
                            on_tooltip={props.on_tooltip.clone()}
                        >
                            { mention.text }
                        </SpeakerMention>
                        if let Some(note) = print_note {
                            <span class="print-only">{ format!(" ({note})") }</span>
                        }
                    </>
                }
            }
        })
        .collect()
}
