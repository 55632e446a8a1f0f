//! One point of a section: its label, its text with mentions, and who made it.
//!
//! A plain view function, not a component: a long briefing holds thousands of points, and its
//! section (`SectionView`, a component with comparable props) already decides when they re-render.

use yew::prelude::*;

use super::text_blocks::{clock, non_blank, own_words};
use super::{heading, mention_text, speaker_chip, PreparedBriefing, RenderMode, TextId, Words};
use crate::model::{paragraphs, recording_moment};

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
    // A blank label is no heading (an empty heading would be announced with no name).
    let label = non_blank(point.label.as_deref()).map(|label| {
        heading(label_level, "point-label", mention_text(briefing, TextId::Label(section, index), label, focused, mode))
    });
    let question = point.question.as_ref().map(|question| {
        let asker = question.by.and_then(|by| briefing.speaker(by)).map(|s| s.name.as_str());
        let asker = asker.or(non_blank(question.by_name.as_deref()));
        let lead = match asker {
            Some(name) => words.with_name(words.question_by, name),
            None => words.question.to_owned(),
        };
        html! {
            <p class="question">
                { own_words(words, "question-lead", format!("{lead}:")) }{ " " }
                <span class="question-text">{ question.text.clone() }</span>
            </p>
        }
    });
    let text: Html = paragraphs(&point.text)
        .into_iter()
        .enumerate()
        .map(|(n, paragraph)| {
            html! {
                <p class="point-text">
                    { mention_text(briefing, TextId::Text(section, index, n), paragraph, focused, mode) }
                </p>
            }
        })
        .collect();
    let text = if point.quote {
        html! { <blockquote class="quote">{ text }</blockquote> }
    } else {
        text
    };
    let attribution = non_blank(point.attribution.as_deref());
    let chips = (!point.speakers.is_empty() || attribution.is_some()).then(|| {
        html! {
            <ul class="chips" aria-label={words.speakers}>
                { for point.speakers.iter().map(|&speaker| html! {
                    <li>
                        { briefing.speaker(speaker).map(|s| speaker_chip(speaker, s, focused == Some(speaker), mode)).unwrap_or_default() }
                    </li>
                }) }
                if let Some(attribution) = attribution {
                    <li class="attribution">{ attribution.to_owned() }</li>
                }
            </ul>
        }
    });
    let moment = point.at.zip(briefing.recording()).map(|(at, recording)| {
        let reading = clock(at);
        html! {
            <a
                class="moment"
                href={recording_moment(&recording.url, at)}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={words.with_name(words.watch_at, &reading)}
            >
                <span class="moment-icon" aria-hidden="true">{ "▶" }</span>{ reading }
            </a>
        }
    });
    let links = (!point.links.is_empty()).then(|| {
        html! {
            <ul class="point-links" aria-label={words.point_links}>
                { for point.links.iter().map(|page| html! {
                    <li>
                        <a href={page.url.clone()} target="_blank" rel="noopener noreferrer">
                            { non_blank(page.label.as_deref()).unwrap_or(&page.url).to_owned() }
                        </a>
                    </li>
                }) }
            </ul>
        }
    });
    html! {
        <li class={classes!("point", point.quote.then_some("is-quote"), state)} part="point">
            { label }
            { question }
            { text }
            { chips }
            { moment }
            { links }
        </li>
    }
}
