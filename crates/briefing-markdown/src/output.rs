//! The draft a Markdown file becomes before the model validates it, and where each of its values
//! came from. Only a draft: it can hold what the model's types cannot (a source without a URL, an
//! organizer without a name, a date that does not exist), so that the model reports each problem at
//! its place in the Markdown; the JSON printed is the model's validated `Briefing`.

use std::collections::HashMap;

use briefing_widget::model::JsonPath;
use serde::Serialize;

/// A draft briefing document in the format's field order; empty optional fields are left out.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    pub version: u32,
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizer: Option<Organizer>,
    pub speakers: Vec<Speaker>,
    pub sections: Vec<Section>,
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
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Point {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<String>,
    /// Whether the Markdown listed the speakers (`[speakers: …]`) instead of leaving them to mentions.
    #[serde(skip)]
    pub explicit_speakers: bool,
    /// The list item's bytes in the Markdown, where its mentions are looked up.
    #[serde(skip)]
    pub source: std::ops::Range<usize>,
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
