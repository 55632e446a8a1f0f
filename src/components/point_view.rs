//! One point of a section: its label, its text with mentions, and who made it.

use yew::prelude::*;

use super::{MentionText, PreparedBriefing, SpeakerChip, TextId, TooltipAction, Words};

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
    pub on_tooltip: Callback<TooltipAction>,
}

#[function_component]
pub fn PointView(props: &PointViewProps) -> Html {
    let (briefing, section, index) = (&props.briefing, props.section, props.point);
    let Some(point) = briefing.sections.get(section).and_then(|s| s.points.get(index)) else {
        return Html::default();
    };
    let on_tooltip = &props.on_tooltip;
    let focused = props.focused;
    let state = focused
        .map(|speaker| if briefing.point_is_by(section, index, speaker) { "is-highlighted" } else { "is-dimmed" });
    let label = point.label.as_ref().map(|label| {
        let tag = format!("h{}", props.label_level.clamp(1, 6));
        html! {
            <@{tag} class="point-label">
                <MentionText
                    briefing={briefing.clone()}
                    id={TextId::Label(section, index)}
                    text={label.clone()}
                    {focused}
                    on_tooltip={on_tooltip.clone()}
                />
            </@>
        }
    });
    let chips = (!point.speakers.is_empty()).then(|| {
        html! {
            <ul class="chips" aria-label={props.words.speakers}>
                { for point.speakers.iter().map(|&speaker| html! {
                    <li>
                        <SpeakerChip
                            briefing={briefing.clone()}
                            {speaker}
                            focused={focused == Some(speaker)}
                            on_tooltip={on_tooltip.clone()}
                        />
                    </li>
                }) }
            </ul>
        }
    });
    html! {
        <li class={classes!("point", state)} part="point">
            { label }
            <p class="point-text">
                <MentionText
                    briefing={briefing.clone()}
                    id={TextId::Text(section, index)}
                    text={point.text.clone()}
                    {focused}
                    on_tooltip={on_tooltip.clone()}
                />
            </p>
            { chips }
        </li>
    }
}
