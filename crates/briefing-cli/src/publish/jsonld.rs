//! The briefing's JSON-LD (schema.org), for the published page and `briefing embed --inline
//! --json-ld`: an `Article` (the summary: headline, dates, byline, publisher = organizer) whose
//! `about` is the `Event` (name, dates, location or `VirtualLocation`, organizers, performers with
//! their affiliations, `eventStatus`), and a `Quotation` for each point with `quote: true`.

use briefing_widget::model::{Attendance, Briefing, CalendarDate, ClockTime, Organizer, Speaker};
use serde_json::{json, Map, Value};

/// `date` with `time` as schema.org's DateTime (local time: the document's times carry no offset).
fn when(date: CalendarDate, time: Option<ClockTime>) -> Value {
    match time {
        Some(time) => format!("{date}T{time}").into(),
        None => date.to_string().into(),
    }
}

/// The JSON-LD object of `briefing`; `page` is the absolute URL of the page that shows it, if any.
pub fn json_ld(briefing: &Briefing, page: Option<&str>) -> Value {
    let mut event = Map::new();
    event.insert("@type".into(), "Event".into());
    event.insert("name".into(), briefing.title.clone().into());
    if let Some(date) = briefing.date {
        event.insert("startDate".into(), when(date, briefing.time));
        let end = briefing.end_date.unwrap_or(date);
        if briefing.end_date.is_some() || briefing.end_time.is_some() {
            event.insert("endDate".into(), when(end, briefing.end_time));
        }
    }
    // Upcoming, going on or over, the event is as scheduled: schema.org has no status for the
    // time of an event, only for its changes (cancelled, postponed…), which the format has not.
    event.insert("eventStatus".into(), "https://schema.org/EventScheduled".into());
    let mode = match briefing.attendance {
        Some(Attendance::InPerson) => Some("OfflineEventAttendanceMode"),
        Some(Attendance::Online) => Some("OnlineEventAttendanceMode"),
        Some(Attendance::Hybrid) => Some("MixedEventAttendanceMode"),
        None => None,
    };
    if let Some(mode) = mode {
        event.insert("eventAttendanceMode".into(), format!("https://schema.org/{mode}").into());
    }
    let mut locations = Vec::new();
    if let Some(venue) = &briefing.venue {
        if briefing.attendance != Some(Attendance::Online) {
            let mut place = json!({ "@type": "Place", "name": venue.name });
            if let Some(map) = place.as_object_mut() {
                if let Some(address) = &venue.address {
                    map.insert("address".into(), address.clone().into());
                }
                if let Some(url) = &venue.url {
                    map.insert("url".into(), url.clone().into());
                }
            }
            locations.push(place);
        }
    }
    if matches!(briefing.attendance, Some(Attendance::Online | Attendance::Hybrid)) {
        let url =
            briefing.recording().map(|l| l.url.clone()).or_else(|| briefing.source.as_ref().map(|s| s.url.clone()));
        let mut online = json!({ "@type": "VirtualLocation" });
        if let (Some(url), Some(map)) = (url, online.as_object_mut()) {
            map.insert("url".into(), url.into());
        }
        locations.push(online);
    }
    match locations.len() {
        0 => {}
        1 => {
            event.insert("location".into(), locations.remove(0));
        }
        _ => {
            event.insert("location".into(), locations.into());
        }
    }
    let organizers: Vec<Value> = briefing.all_organizers().iter().map(organization).collect();
    if !organizers.is_empty() {
        event.insert("organizer".into(), list(organizers.clone()));
    }
    if !briefing.speakers.is_empty() {
        event.insert("performer".into(), briefing.speakers.iter().map(person).collect::<Vec<_>>().into());
    }
    if let Some(source) = &briefing.source {
        event.insert("url".into(), source.url.clone().into());
    }

    let mut article = Map::new();
    article.insert("@context".into(), "https://schema.org".into());
    article.insert("@type".into(), "Article".into());
    if let Some(page) = page {
        article.insert("@id".into(), page.into());
        article.insert("url".into(), page.into());
        article.insert("mainEntityOfPage".into(), page.into());
    }
    article.insert("headline".into(), briefing.title.clone().into());
    if let Some(lang) = &briefing.lang {
        article.insert("inLanguage".into(), lang.clone().into());
    }
    if let Some(first) = briefing.summary_paragraphs().first() {
        article.insert("description".into(), (*first).into());
    }
    let published = briefing
        .published
        .as_ref()
        .map(|t| Value::from(t.text.clone()))
        .or_else(|| briefing.date.map(|d| d.to_string().into()));
    if let Some(published) = published {
        article.insert("datePublished".into(), published);
    }
    if let Some(updated) = &briefing.updated {
        article.insert("dateModified".into(), updated.text.clone().into());
    }
    if let Some(byline) = &briefing.byline {
        article.insert("creditText".into(), byline.clone().into());
    }
    if !organizers.is_empty() {
        article.insert("publisher".into(), list(organizers.clone()));
        article.insert("author".into(), list(organizers));
    }
    article.insert("about".into(), Value::Object(event));

    let quotations: Vec<Value> = briefing
        .sections
        .iter()
        .flat_map(|section| section.points.iter().enumerate().map(move |(index, point)| (section, index, point)))
        .filter(|(_, _, point)| point.quote)
        .map(|(section, index, point)| {
            let creators: Vec<Value> = point.speakers.iter().filter_map(|&i| briefing.speaker(i)).map(person).collect();
            let mut quotation = json!({ "@type": "Quotation", "text": point.text, "creator": list(creators) });
            if let (Some(page), Some(map)) = (page, quotation.as_object_mut()) {
                map.insert(
                    "url".into(),
                    format!("{page}#{}/{}/{}", briefing.id, section.id, point.id_in(section, index)).into(),
                );
                map.insert("isPartOf".into(), json!({ "@id": page }));
            }
            quotation
        })
        .collect();
    if !quotations.is_empty() {
        article.insert("hasPart".into(), quotations.into());
    }
    Value::Object(article)
}

/// One value as itself, several as an array.
fn list(mut values: Vec<Value>) -> Value {
    if values.len() == 1 {
        values.remove(0)
    } else {
        values.into()
    }
}

fn organization(organizer: &Organizer) -> Value {
    let mut org = json!({ "@type": "Organization", "name": organizer.name });
    if let (Some(url), Some(map)) = (&organizer.url, org.as_object_mut()) {
        map.insert("url".into(), url.clone().into());
    }
    org
}

fn person(speaker: &Speaker) -> Value {
    let mut person = Map::new();
    person.insert("@type".into(), "Person".into());
    person.insert("name".into(), speaker.name.clone().into());
    if let Some(title) = &speaker.title {
        person.insert("jobTitle".into(), title.clone().into());
    }
    if let Some(affiliation) = &speaker.affiliation {
        person.insert("affiliation".into(), json!({ "@type": "Organization", "name": affiliation }));
    }
    if let Some(bio) = &speaker.bio {
        person.insert("description".into(), bio.clone().into());
    }
    if let Some(url) = &speaker.url {
        person.insert("url".into(), url.clone().into());
    }
    Value::Object(person)
}

/// The `<script type="application/ld+json">` element.
pub fn script(briefing: &Briefing, page: Option<&str>) -> String {
    let json = serde_json::to_string(&json_ld(briefing, page)).unwrap_or_default();
    format!("<script type=\"application/ld+json\">{}</script>", super::json_in_script(&json))
}
