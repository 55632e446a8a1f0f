//! One point of a section: its label, its text with mentions, and who made it.
//!
//! A plain view function, not a component: a long briefing holds thousands of points, and its
//! section (`SectionView`, a component with comparable props) already decides when they re-render.

use yew::prelude::*;

use super::{heading, mention_text, speaker_chip, PreparedBriefing, RenderMode, TextId, Words};

/// What every point of a section is shown with: its briefing, section, heading level, words, focus and mode.
#[derive(Clone, Copy)]
pub struct PointContext<'a> {
    pub briefing: &'a PreparedBriefing,
    pub section: usize,
    /// The level of the point's label heading, 1–6.
    pub label_level: u8,
    pub words: &'static Words,
    /// The speaker the reader is focusing on: their points stand out, the others recede.
    pub focused: Option<usize>,
    /// Live, or static HTML (inert mentions and chips).
    pub mode: RenderMode,
}

/// The point `index` of the section `place` names.
pub fn point_view(place: PointContext<'_>, index: usize) -> Html {
    let PointContext { briefing, section, label_level, words, focused, mode } = place;
    let Some(point) = briefing.sections.get(section).and_then(|s| s.points.get(index)) else {
        return Html::default();
    };
    let state = focused
        .map(|speaker| if briefing.point_is_by(section, index, speaker) { "is-highlighted" } else { "is-dimmed" });
    let label = point.label.as_ref().map(|label| {
        heading(label_level, "point-label", mention_text(briefing, TextId::Label(section, index), label, focused, mode))
    });
    let chips = (!point.speakers.is_empty()).then(|| {
        html! {
            <ul class="chips" aria-label={words.speakers}>
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
