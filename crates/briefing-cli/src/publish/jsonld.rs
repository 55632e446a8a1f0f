//! The briefing's JSON-LD (schema.org), for the published page and `briefing embed --inline
//! --json-ld`: an `Article` (the summary) whose `about` is the `Event`, with its organizer as
//! publisher and its speakers as performers with their affiliations.

use briefing_widget::model::{Briefing, Organizer, Speaker};
use serde_json::{json, Map, Value};

/// The JSON-LD object of `briefing`; `page` is the absolute URL of the page that shows it, if any.
pub fn json_ld(briefing: &Briefing, page: Option<&str>) -> Value {
    let mut event = Map::new();
    event.insert("@type".into(), "Event".into());
    event.insert("name".into(), briefing.title.clone().into());
    if let Some(date) = briefing.date {
        event.insert("startDate".into(), date.to_string().into());
    }
    // Format 1.0 has no status: absent means `ended`, an event that took place as scheduled.
    event.insert("eventStatus".into(), "https://schema.org/EventScheduled".into());
    if let Some(organizer) = &briefing.organizer {
        event.insert("organizer".into(), organization(organizer));
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
    article.insert("headline".into(), briefing.title.clone().into());
    if let Some(page) = page {
        article.insert("url".into(), page.into());
        article.insert("mainEntityOfPage".into(), page.into());
    }
    if let Some(lang) = &briefing.lang {
        article.insert("inLanguage".into(), lang.clone().into());
    }
    if let Some(first) = briefing.summary_paragraphs().first() {
        article.insert("description".into(), (*first).into());
    }
    if let Some(date) = briefing.date {
        article.insert("datePublished".into(), date.to_string().into());
    }
    if let Some(organizer) = &briefing.organizer {
        article.insert("publisher".into(), organization(organizer));
        article.insert("author".into(), organization(organizer));
    }
    article.insert("about".into(), Value::Object(event));
    Value::Object(article)
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
