//! Plain text with the speakers it names turned into focusable mentions.

use yew::prelude::*;

use super::{tooltip_id, PreparedBriefing, SpeakerMention, TooltipAction};
use crate::model::Run;

#[derive(Properties, PartialEq)]
pub struct MentionTextProps {
    pub briefing: PreparedBriefing,
    pub text: AttrValue,
    pub on_tooltip: Callback<TooltipAction>,
}

#[function_component]
pub fn MentionText(props: &MentionTextProps) -> Html {
    let runs = props.briefing.mentions().split(&props.text);
    runs.into_iter()
        .map(|run| match run {
            Run::Plain(text) => html! { { text } },
            Run::Mention(mention) => match props.briefing.speaker(mention.speaker) {
                Some(speaker) => html! {
                    <SpeakerMention
                        speaker={mention.speaker}
                        tooltip_id={tooltip_id(&speaker.id)}
                        on_tooltip={props.on_tooltip.clone()}
                    >
                        { mention.text }
                    </SpeakerMention>
                },
                None => html! { { mention.text } },
            },
        })
        .collect()
}
