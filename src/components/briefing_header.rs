//! The briefing's header: organizers (with what they are about), series, title, when and where,
//! sources and other pages, the summary, byline and dates, and the speakers.

use yew::prelude::*;

use super::text_blocks::{date_text, non_blank, own_words, paragraph_blocks, time_range, zone_city};
use super::{mention_text, PreparedBriefing, RenderMode, SpeakerList, TextId, Words};
use crate::model::{Attendance, CalendarDate, LinkKind};

#[derive(Properties, PartialEq)]
pub struct BriefingHeaderProps {
    pub briefing: PreparedBriefing,
    /// The title heading's level, 1–6.
    pub level: u8,
    /// The event's date as the reader should see it, e.g. "29 April 2013".
    pub date_label: Option<AttrValue>,
    /// Writes any date as the reader should see it (the end date, published, updated).
    #[prop_or_default]
    pub format_date: Option<Callback<CalendarDate, String>>,
    /// The event's start in the reader's own zone ("10:30"), where it differs from the event's.
    #[prop_or_default]
    pub reader_time: Option<AttrValue>,
    pub words: &'static Words,
    /// The speaker in focus, if any.
    #[prop_or_default]
    pub focused: Option<usize>,
    /// The reader chose a speaker in the list.
    pub on_focus: Callback<usize>,
    /// Every speaker is listed, not only the first few.
    #[prop_or_default]
    pub all_speakers: bool,
    /// The reader asked for every speaker.
    #[prop_or_default]
    pub on_all_speakers: Callback<MouseEvent>,
    #[prop_or_default]
    pub mode: RenderMode,
}

fn link(url: &str, text: String) -> Html {
    html! { <a href={url.to_owned()} target="_blank" rel="noopener noreferrer">{ text }</a> }
}

fn separated(items: Vec<Html>) -> Html {
    html! {
        { for items.into_iter().enumerate().map(|(n, item)| html! {
            <>
                if n > 0 { <span class="separator" aria-hidden="true">{ " · " }</span> }
                { item }
            </>
        }) }
    }
}

#[function_component]
pub fn BriefingHeader(props: &BriefingHeaderProps) -> Html {
    let briefing = &props.briefing;
    let words = props.words;
    let format = props.format_date.as_ref();
    let heading = format!("h{}", props.level.clamp(1, 6));
    let mut meta = Vec::new();
    if let Some(date) = briefing.date {
        let label = props.date_label.as_ref().map_or_else(|| date_text(format, date), ToString::to_string);
        let start = html! { <time class="date" datetime={date.to_string()}>{ label }</time> };
        meta.push(match briefing.end_date.filter(|end| *end != date) {
            Some(end) => html! {
                <span class="date-range">
                    { start }{ " – " }<time class="end-date" datetime={end.to_string()}>{ date_text(format, end) }</time>
                </span>
            },
            None => start,
        });
    }
    if let Some(times) = time_range(briefing.time, briefing.end_time) {
        let zone = briefing.time_zone.as_deref().map(|zone| words.with_name(words.zone_time, &zone_city(zone)));
        let times = match zone {
            Some(zone) => format!("{times} {zone}"),
            None => times,
        };
        meta.push(html! {
            <span class="time">
                { times }
                if let Some(mine) = props.reader_time.as_ref().filter(|_| !props.mode.is_static()) {
                    { " " }{ own_words(words, "your-time", format!("({})", words.with_name(words.your_time, mine))) }
                }
            </span>
        });
    }
    if let Some(source) = briefing.source.as_ref() {
        let label = non_blank(source.label.as_deref()).unwrap_or(words.source).to_owned();
        meta.push(html! {
            <a class="source" href={source.url.clone()} target="_blank" rel="noopener noreferrer">{ label }</a>
        });
    }
    let mut place = Vec::new();
    if let Some(venue) = &briefing.venue {
        place.push(match &venue.url {
            Some(url) => link(url, venue.name.clone()),
            None => html! { <span>{ venue.name.clone() }</span> },
        });
        if let Some(address) = non_blank(venue.address.as_deref()) {
            place.push(html! { <span class="venue-address">{ address.to_owned() }</span> });
        }
    }
    if let Some(attendance) = briefing.attendance {
        let index = match attendance {
            Attendance::InPerson => 0,
            Attendance::Online => 1,
            Attendance::Hybrid => 2,
        };
        let word = words.attendance.get(index).copied().unwrap_or_default();
        place.push(own_words(words, "attendance", word.to_owned()));
    }
    let organizers = briefing.all_organizers();
    let series = briefing.series.as_ref().map(|series| {
        let name = match non_blank(series.edition.as_deref()) {
            Some(edition) => format!("{}, {edition}", series.name),
            None => series.name.clone(),
        };
        match &series.url {
            Some(url) => link(url, name),
            None => html! { { name } },
        }
    });
    let mut written = Vec::new();
    if let Some(byline) = non_blank(briefing.byline.as_deref()) {
        written.push(html! { <span class="byline-author">{ byline.to_owned() }</span> });
    }
    for (phrase, stamp) in [(words.published, &briefing.published), (words.updated, &briefing.updated)] {
        if let Some(stamp) = stamp {
            let text = words.with_name(phrase, &date_text(format, stamp.date));
            written.push(html! { <time datetime={stamp.text.clone()}>{ text }</time> });
        }
    }
    html! {
        <header class="header" part="header">
            if !organizers.is_empty() {
                <div class="organizers">
                    <p class="organizer">
                        { separated(organizers.iter().map(|organizer| match &organizer.url {
                            Some(url) => link(url, organizer.name.clone()),
                            None => html! { <span>{ organizer.name.clone() }</span> },
                        }).collect()) }
                    </p>
                    // What the organizers are about stands by their names, not below the speakers.
                    { for organizers.iter().filter_map(|o| o.about.as_deref()).map(|about| html! {
                        <div class="organizer-about">{ paragraph_blocks(about, "p") }</div>
                    }) }
                </div>
            }
            if let Some(series) = series {
                <p class="series">{ series }</p>
            }
            <@{heading} class="title">{ briefing.title.clone() }</@>
            if !meta.is_empty() {
                <p class="meta">{ separated(meta) }</p>
            }
            if !place.is_empty() {
                <p class="venue">{ separated(place) }</p>
            }
            if !briefing.links.is_empty() {
                <ul class="links">
                    { for briefing.links.iter().map(|page| {
                        let kind = words.link_kinds.get(kind_index(page.kind)).copied().unwrap_or_default();
                        html! {
                            <li class="link">
                                if let Some(label) = non_blank(page.label.as_deref()) {
                                    { own_words(words, "link-kind", format!("{kind}:")) }{ " " }
                                    { link(&page.url, label.to_owned()) }
                                } else {
                                    { link(&page.url, kind.to_owned()) }
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="summary">
                { for briefing.summary_paragraphs().into_iter().enumerate().map(|(index, paragraph)| html! {
                    <p>
                        { mention_text(briefing, TextId::Summary(index), paragraph, props.focused, props.mode) }
                    </p>
                }) }
            </div>
            if !written.is_empty() {
                <p class="byline">{ separated(written) }</p>
            }
            <SpeakerList
                briefing={briefing.clone()}
                words={props.words}
                level={props.level.saturating_add(1)}
                focused={props.focused}
                on_focus={props.on_focus.clone()}
                all={props.all_speakers}
                on_all={props.on_all_speakers.clone()}
                mode={props.mode}
            />
        </header>
    }
}

fn kind_index(kind: LinkKind) -> usize {
    match kind {
        LinkKind::Event => 0,
        LinkKind::Recording => 1,
        LinkKind::Transcript => 2,
        LinkKind::Report => 3,
        LinkKind::Slides => 4,
        LinkKind::WriteUp => 5,
        LinkKind::Other => 6,
    }
}
