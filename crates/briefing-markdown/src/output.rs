//! The draft a Markdown file becomes before the model validates it, and where each of its values
//! came from. Only a draft: it can hold what the model's types cannot (a source without a URL, an
//! organizer without a name, a date that does not exist), so that the model reports each problem at
//! its place in the Markdown; the JSON printed is the model's validated `Briefing`.

use std::collections::HashMap;

use briefing_widget::model::JsonPath;
use serde::Serialize;

/// A draft briefing document in the format's field order; empty optional fields are left out.
/// Front matter values stay text here (`at`, `time`, `status` …): the model checks them.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub version: u32,
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// One organizer is written as `organizer`, two or more as `organizers` (see `finish`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizer: Option<Organizer>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub organizers: Vec<Organizer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendance: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<Series>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<Translation>,
    pub speakers: Vec<Speaker>,
    pub sections: Vec<Section>,
}

/// A venue; `name` is left out when only its address or URL was given, so that the model reports it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Venue {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Series {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Link {
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub kind: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Translation {
    pub lang: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Source {
    /// Left out when only a label was given, so that the model reports the URL missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Organizer {
    /// Left out when only `organizer-about` or `organizer-url` was given, so that the model reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Speaker {
    pub id: String,
    /// Whether the id was made from the name, not written in a marker.
    #[serde(skip)]
    pub id_made: bool,
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    pub id: String,
    /// Whether the id was made from the title, not written in a marker.
    #[serde(skip)]
    pub id_made: bool,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chair: Option<String>,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub quote: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<Question>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// As written: `1:02:15` as text, whole seconds (`6240`) as a number; the JSON holds the seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Source>,
    /// Whether the Markdown listed the speakers (`[speakers: …]`) instead of leaving them to mentions.
    #[serde(skip)]
    pub explicit_speakers: bool,
    /// The list item's bytes in the Markdown, where its mentions are looked up.
    #[serde(skip)]
    pub source: std::ops::Range<usize>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Question {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by_name: Option<String>,
}

/// Source offsets by JSON path (as the model writes paths), for placing the model's problems.
#[derive(Debug, Clone, Default)]
pub struct Positions(HashMap<String, usize>);

impl Positions {
    /// Records that the value at `path` came from source offset `offset` (the first record wins).
    pub fn set(&mut self, path: impl Into<String>, offset: usize) {
        self.0.entry(path.into()).or_insert(offset);
    }

    /// Where the value at `path`, or failing that its nearest recorded parent, came from.
    pub fn locate(&self, path: &JsonPath) -> usize {
        let mut key = path.to_string();
        loop {
            if let Some(offset) = self.0.get(&key) {
                return *offset;
            }
            match key.rfind(['.', '[']) {
                Some(cut) => key.truncate(cut),
                None => return 0,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_placed_at_the_nearest_recorded_value() {
        let mut positions = Positions::default();
        positions.set("sections[1]", 40);
        positions.set("sections[1].points[0].speakers[2]", 77);
        let points = JsonPath::root().field("sections").index(1).field("points").index(0);
        assert_eq!(positions.locate(&points.field("speakers").index(2)), 77);
        assert_eq!(positions.locate(&points.field("text")), 40);
        assert_eq!(positions.locate(&JsonPath::root().field("title")), 0);
    }
}
