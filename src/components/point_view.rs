//! One point of a section: its label, its text with mentions, and who made it.

use yew::prelude::*;

use super::{MentionText, PreparedBriefing, SpeakerChip, TooltipAction, Words};

#[derive(Properties, PartialEq)]
pub struct PointViewProps {
    pub briefing: PreparedBriefing,
    pub section: usize,
    pub point: usize,
    /// The level of the point's label heading, 1–6.
    pub label_level: u8,
    pub words: &'static Words,
    pub on_tooltip: Callback<TooltipAction>,
}

#[function_component]
pub fn PointView(props: &PointViewProps) -> Html {
    let briefing = &props.briefing;
    let Some(point) = briefing.sections.get(props.section).and_then(|s| s.points.get(props.point)) else {
        return Html::default();
    };
    let on_tooltip = &props.on_tooltip;
    let label = point.label.as_ref().map(|label| {
        let tag = format!("h{}", props.label_level.clamp(1, 6));
        html! {
            <@{tag} class="point-label">
                <MentionText briefing={briefing.clone()} text={label.clone()} on_tooltip={on_tooltip.clone()} />
            </@>
        }
    });
    let chips = (!point.speakers.is_empty()).then(|| {
        html! {
            <ul class="chips" aria-label={props.words.speakers}>
                { for point.speakers.iter().map(|&speaker| html! {
                    <li><SpeakerChip briefing={briefing.clone()} {speaker} on_tooltip={on_tooltip.clone()} /></li>
                }) }
            </ul>
        }
    });
    html! {
        <li class="point" part="point">
            { label }
            <p class="point-text">
                <MentionText briefing={briefing.clone()} text={point.text.clone()} on_tooltip={on_tooltip.clone()} />
            </p>
            { chips }
        </li>
    }
}
