//! A speaker named beside a point they made, with their tooltip.

use yew::prelude::*;

use super::{tooltip_id, PreparedBriefing, SpeakerMention, TooltipAction};

#[derive(Properties, PartialEq)]
pub struct SpeakerChipProps {
    pub briefing: PreparedBriefing,
    pub speaker: usize,
    /// Whether this speaker is the one the reader is focusing on.
    #[prop_or_default]
    pub focused: bool,
    pub on_tooltip: Callback<TooltipAction>,
}

#[function_component]
pub fn SpeakerChip(props: &SpeakerChipProps) -> Html {
    let Some(speaker) = props.briefing.speaker(props.speaker) else { return Html::default() };
    html! {
        <SpeakerMention
            speaker={props.speaker}
            tooltip_id={tooltip_id(&speaker.id)}
            class={classes!("chip", props.focused.then_some("is-focused"))}
            on_tooltip={props.on_tooltip.clone()}
        >
            { speaker.name.clone() }
        </SpeakerMention>
    }
}
