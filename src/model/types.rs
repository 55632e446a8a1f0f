//! The briefing format's types, version 1, as the widget holds them once validated.

use serde::Serialize;

#[cfg(feature = "schema")]
use super::parse::{MAX_NAME, MAX_POINTS, MAX_POINT_TEXT, MAX_SECTIONS, MAX_SPEAKERS, MAX_TITLE};

/// A validated briefing: one event, its speakers and its themed sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        title = "Briefing, format version 1",
        description = "One event: who spoke, and what was said, grouped into themes. Text is plain text, never HTML or Markdown; lengths count Unicode code points; an optional field set to null is the same as an absent one; unknown fields are ignored.",
        extend("$id" = schema::ID)
    )
)]
pub struct Briefing {
    #[cfg_attr(feature = "schema", schemars(description = "The format version: the JSON integer 1.", extend("const" = 1)))]
    pub version: u32,
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Stable identifier; used in deep links.", pattern(schema::SLUG))
    )]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(description = "The event's title.", length(min = 1, max = MAX_TITLE)))]
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Calendar date of the event, YYYY-MM-DD."))]
    pub date: Option<CalendarDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            description = "BCP 47 tag of the content's language, such as en, zh-Hans or ar.",
            pattern(schema::LANGUAGE_TAG)
        )
    )]
    pub lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Paragraphs of plain text separated by a blank line."))]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Where the event or its record lives."))]
    pub source: Option<Source>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Who held the event."))]
    pub organizer: Option<Organizer>,
    #[cfg_attr(feature = "schema", schemars(description = "People who spoke; may be empty.", length(max = MAX_SPEAKERS)))]
    pub speakers: Vec<Speaker>,
    #[cfg_attr(
        feature = "schema",
        schemars(description = "The themes of the discussion, in order.", length(min = 1, max = MAX_SECTIONS))
    )]
    pub sections: Vec<Section>,
}

/// Where the event or its record lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "The link's text."))]
    pub label: Option<String>,
}

/// Who held the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Organizer {
    #[cfg_attr(feature = "schema", schemars(description = "The organizer's name."))]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Plain text about the organizer."))]
    pub about: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: Option<String>,
}

/// A person who spoke at the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Speaker {
    #[cfg_attr(feature = "schema", schemars(description = "Unique among speakers.", pattern(schema::SLUG)))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(description = "Full name as displayed.", length(min = 1, max = MAX_NAME)))]
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<String>>",
            description = "Other ways the text names this person, such as a surname."
        )
    )]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "The speaker's organisation."))]
    pub affiliation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Free text; moderator and panelist are common."))]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Plain text shown in the tooltip."))]
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: Option<String>,
}

/// One theme of the discussion, with its points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Unique among sections; used in deep links.", pattern(schema::SLUG))
    )]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(description = "The section's title.", length(min = 1, max = MAX_TITLE)))]
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            description = "Names the section's accent colour: CSS variable --briefing-theme-<theme>.",
            pattern(schema::SLUG)
        )
    )]
    pub theme: Option<String>,
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<bool>",
            default,
            // Written out: schemars leaves a default out where serde skips it.
            extend("default" = false),
            description = "Expanded when first rendered."
        )
    )]
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    #[cfg_attr(feature = "schema", schemars(description = "What was said.", length(min = 1, max = MAX_POINTS)))]
    pub points: Vec<Point>,
}

/// One thing that was said, attributed to speakers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Point {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "A short heading for the point."))]
    pub label: Option<String>,
    #[cfg_attr(feature = "schema", schemars(description = "The point itself.", length(min = 1, max = MAX_POINT_TEXT)))]
    pub text: String,
    /// Indices into [`Briefing::speakers`], resolved from the document's speaker ids.
    #[serde(skip)]
    pub speakers: Vec<usize>,
    /// The speaker ids as the document gave them.
    #[serde(rename = "speakers", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<String>>",
            description = "Ids of the speakers who made the point; each must name one of the briefing's speakers.",
            inner(pattern(schema::SLUG))
        )
    )]
    pub speaker_ids: Vec<String>,
}

/// A real calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The JSON Schema of the format, for partners' tools; the model's rules above stay the authority.
#[cfg(feature = "schema")]
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    /// Where the published schema lives.
    pub const ID: &str = "https://cdn.example.org/briefing-widget/v1/schema/briefing-v1.schema.json";
    /// 1–64 characters of a-z, 0-9 and -, starting with a letter or digit.
    pub const SLUG: &str = "^[a-z0-9][a-z0-9-]{0,63}$";
    /// An absolute http(s) URL with a host, and no whitespace or control characters.
    pub const HTTP_URL: &str = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s\x00-\x1F\x7F-\x9F/?#\\][^\s\x00-\x1F\x7F-\x9F]*$";
    /// A 2–8 letter primary subtag, then subtags of 1–8 letters or digits.
    pub const LANGUAGE_TAG: &str = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
    /// YYYY-MM-DD with a month 01–12 and a day 01–31 (whether the day exists is checked by the model).
    pub const DATE: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    impl JsonSchema for super::CalendarDate {
        fn inline_schema() -> bool {
            true
        }

        fn schema_name() -> Cow<'static, str> {
            "CalendarDate".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "type": "string", "format": "date", "pattern": DATE })
        }
    }
}

impl Briefing {
    /// The speaker a point or mention refers to, by index.
    pub fn speaker(&self, index: usize) -> Option<&Speaker> {
        self.speakers.get(index)
    }

    /// The summary's paragraphs: blocks separated by a blank line, trimmed, empty ones dropped.
    pub fn summary_paragraphs(&self) -> Vec<&str> {
        self.summary.as_deref().map(paragraphs).unwrap_or_default()
    }
}

/// Splits plain text into paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    let mut previous_blank = false;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank && !previous_blank {
            push_trimmed(&mut out, text.get(start..offset));
        }
        if !blank && previous_blank {
            start = offset;
        }
        previous_blank = blank;
        offset += line.len();
    }
    if !previous_blank {
        push_trimmed(&mut out, text.get(start..));
    }
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, block: Option<&'a str>) {
    if let Some(block) = block.map(str::trim).filter(|b| !b.is_empty()) {
        out.push(block);
    }
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(paragraphs("One.\n\nTwo\nlines.\n \n\nThree."), vec!["One.", "Two\nlines.", "Three."]);
        assert_eq!(paragraphs("\n\nOnly.\n"), vec!["Only."]);
        assert!(paragraphs("  \n ").is_empty());
    }
}
