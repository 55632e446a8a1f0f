//! The briefing's header: organizer, title, date, source, summary and speakers.

use yew::prelude::*;

use super::{mention_text, PreparedBriefing, RenderMode, SpeakerList, TextId, Words};

#[derive(Properties, PartialEq)]
pub struct BriefingHeaderProps {
    pub briefing: PreparedBriefing,
    /// The title heading's level, 1–6.
    pub level: u8,
    /// The event's date as the reader should see it, e.g. "29 April 2013".
    pub date_label: Option<AttrValue>,
    pub words: &'static Words,
    /// The speaker in focus, if any.
    #[prop_or_default]
    pub focused: Option<usize>,
    /// The reader chose a speaker in the list.
    pub on_focus: Callback<usize>,
    #[prop_or_default]
    pub mode: RenderMode,
}

#[function_component]
pub fn BriefingHeader(props: &BriefingHeaderProps) -> Html {
    let briefing = &props.briefing;
    let heading = format!("h{}", props.level.clamp(1, 6));
    let date = briefing.date.map(|date| {
        let label = props.date_label.clone().unwrap_or_else(|| date.to_string().into());
        html! { <time class="date" datetime={date.to_string()}>{ label }</time> }
    });
    let source = briefing.source.as_ref().map(|source| {
        let label = source.label.clone().unwrap_or_else(|| props.words.source.to_owned());
        html! {
            <a class="source" href={source.url.clone()} target="_blank" rel="noopener noreferrer">{ label }</a>
        }
    });
    let organizer = briefing.organizer.as_ref();
    html! {
        <header class="header" part="header">
            if let Some(organizer) = organizer {
                <p class="organizer">
                    if let Some(url) = &organizer.url {
                        <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ organizer.name.clone() }</a>
                    } else {
                        { organizer.name.clone() }
                    }
                </p>
            }
            <@{heading} class="title">{ briefing.title.clone() }</@>
            if date.is_some() || source.is_some() {
                <p class="meta">
                    { date }
                    if briefing.date.is_some() && briefing.source.is_some() {
                        <span class="separator" aria-hidden="true">{ " · " }</span>
                    }
                    { source }
                </p>
            }
            <div class="summary">
                { for briefing.summary_paragraphs().into_iter().enumerate().map(|(index, paragraph)| html! {
                    <p>
                        { mention_text(briefing, TextId::Summary(index), paragraph, props.focused, props.mode) }
                    </p>
                }) }
            </div>
            <SpeakerList
                briefing={briefing.clone()}
                words={props.words}
                level={props.level.saturating_add(1)}
                focused={props.focused}
                on_focus={props.on_focus.clone()}
                mode={props.mode}
            />
            if let Some(about) = organizer.and_then(|o| o.about.clone()) {
                <p class="organizer-about">{ about }</p>
            }
        </header>
    }
}
