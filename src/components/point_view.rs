//! One point of a section: its label, its text with mentions, and who made it.

use yew::prelude::*;

use super::{mention_text, speaker_chip, PreparedBriefing, RenderMode, TextId, Words};

#[derive(Properties, PartialEq)]
pub struct PointViewProps {
    pub briefing: PreparedBriefing,
    pub section: usize,
    pub point: usize,
    /// The level of the point's label heading, 1–6.
    pub label_level: u8,
    pub words: &'static Words,
    /// The speaker the reader is focusing on: their points stand out, the others recede.
    #[prop_or_default]
    pub focused: Option<usize>,
    #[prop_or_default]
    pub mode: RenderMode,
}

#[function_component]
pub fn PointView(props: &PointViewProps) -> Html {
    let (briefing, section, index) = (&props.briefing, props.section, props.point);
    let Some(point) = briefing.sections.get(section).and_then(|s| s.points.get(index)) else {
        return Html::default();
    };
    let (focused, mode) = (props.focused, props.mode);
    let state = focused
        .map(|speaker| if briefing.point_is_by(section, index, speaker) { "is-highlighted" } else { "is-dimmed" });
    let label = point.label.as_ref().map(|label| {
        let tag = format!("h{}", props.label_level.clamp(1, 6));
        html! {
            <@{tag} class="point-label">
                { mention_text(briefing, TextId::Label(section, index), label, focused, mode) }
            </@>
        }
    });
    let chips = (!point.speakers.is_empty()).then(|| {
        html! {
            <ul class="chips" aria-label={props.words.speakers}>
                { for point.speakers.iter().map(|&speaker| html! {
                    <li>
                        { briefing.speaker(speaker).map(|s| speaker_chip(speaker, s, focused == Some(speaker), mode)).unwrap_or_default() }
                    </li>
                }) }
            </ul>
        }
    });
    html! {
        <li class={classes!("point", state)} part="point">
            { label }
            <p class="point-text">
                { mention_text(briefing, TextId::Text(section, index), &point.text, focused, mode) }
            </p>
            { chips }
        </li>
    }
}
