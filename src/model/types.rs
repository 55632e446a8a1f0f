//! The briefing format's types, version 1, as the widget holds them once validated.

use serde::Serialize;

#[cfg(feature = "schema")]
use super::parse::{
    MAX_ATTRIBUTION, MAX_BYLINE, MAX_GROUP, MAX_LINKS, MAX_NAME, MAX_ORGANIZERS, MAX_POINTS, MAX_POINT_LINKS,
    MAX_POINT_TEXT, MAX_SECTIONS, MAX_SPEAKERS, MAX_TITLE, MAX_TRANSLATIONS,
};

/// A validated briefing: one event, its speakers and its themed sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
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
        schemars(description = "Last day of an event of several days, YYYY-MM-DD; not before date, which it needs.")
    )]
    pub end_date: Option<CalendarDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Local start time, HH:MM (24 h)."))]
    pub time: Option<ClockTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Local end time, HH:MM (24 h); needs time."))]
    pub end_time: Option<ClockTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            description = "IANA zone name (Europe/London) of every time in the document; needs time.",
            pattern(schema::TIME_ZONE)
        )
    )]
    pub time_zone: Option<String>,
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<Organizer>>",
            description = "Co-organizers, in order; a document has organizer or organizers, not both.",
            length(min = 1, max = MAX_ORGANIZERS)
        )
    )]
    pub organizers: Vec<Organizer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Where the event was held."))]
    pub venue: Option<Venue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "How people took part."))]
    pub attendance: Option<Attendance>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "A lecture series or a recurring forum."))]
    pub series: Option<Series>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<Link>>",
            description = "More pages about the event beside source; at most one of kind recording.",
            length(max = MAX_LINKS)
        )
    )]
    pub links: Vec<Link>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Who wrote the summary.", length(max = MAX_BYLINE))
    )]
    pub byline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "When the summary was first published."))]
    pub published: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "When the summary last changed; not before published."))]
    pub updated: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Whether the event is to come, going on, or over (absent: ended).")
    )]
    pub status: Option<Status>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<Translation>>",
            description = "The same briefing in other languages.",
            length(max = MAX_TRANSLATIONS)
        )
    )]
    pub translations: Vec<Translation>,
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

/// Where the event was held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Venue {
    #[cfg_attr(feature = "schema", schemars(description = "The venue's name."))]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Its address, as plain text."))]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: Option<String>,
}

/// How people took part in the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Attendance {
    InPerson,
    Online,
    Hybrid,
}

/// A lecture series or a recurring forum the event belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Series {
    #[cfg_attr(feature = "schema", schemars(description = "The series' name."))]
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "This event's edition, such as 27th."))]
    pub edition: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: Option<String>,
}

/// Another page about the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Link {
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "The link's text."))]
    pub label: Option<String>,
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<LinkKind>", default, extend("default" = "other"), description = "What the page is.")
    )]
    pub kind: LinkKind,
}

/// What a page about the event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum LinkKind {
    Event,
    Recording,
    Transcript,
    Report,
    Slides,
    WriteUp,
    #[default]
    Other,
}

/// Whether the event is still to come, going on, or over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Status {
    Upcoming,
    Live,
    Ended,
}

/// The same briefing in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Translation {
    #[cfg_attr(
        feature = "schema",
        schemars(description = "BCP 47 tag of the translation's language.", pattern(schema::LANGUAGE_TAG))
    )]
    pub lang: String,
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "The translation's title."))]
    pub title: Option<String>,
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
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Job title or honorific, apart from role.", length(max = MAX_NAME))
    )]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "A side or a panel; the header groups speakers by it.", length(max = MAX_GROUP))
    )]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Free text; moderator and panelist are common."))]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Paragraphs shown in the tooltip."))]
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "An http or https URL.", pattern(schema::HTTP_URL)))]
    pub url: Option<String>,
}

/// One theme of the discussion, with its points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [
        { "required": ["points"], "properties": { "points": { "type": "array", "minItems": 1 } } },
        { "required": ["summary"], "properties": { "summary": { "type": "string", "minLength": 1 } } }
    ]))
)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Paragraphs introducing the section; a section with a summary may have no points.")
    )]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "The session's day, within the event's date and endDate."))]
    pub date: Option<CalendarDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "The session's start time, HH:MM, in the document's timeZone.")
    )]
    pub time: Option<ClockTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "The session's end time, HH:MM; needs time."))]
    pub end_time: Option<ClockTime>,
    /// Indices into [`Briefing::speakers`] of the session's participants.
    #[serde(skip)]
    pub speakers: Vec<usize>,
    /// The participants' ids as the document gave them.
    #[serde(rename = "speakers", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<String>>",
            description = "Ids of the session's participants.",
            inner(pattern(schema::SLUG))
        )
    )]
    pub speaker_ids: Vec<String>,
    /// Index into [`Briefing::speakers`] of who chaired the session.
    #[serde(skip)]
    pub chair: Option<usize>,
    /// The chair's id as the document gave it.
    #[serde(rename = "chair", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Id of the speaker who chaired the session.", pattern(schema::SLUG))
    )]
    pub chair_id: Option<String>,
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<Point>>",
            description = "What was said; at least one point unless the section has a summary.",
            length(max = MAX_POINTS)
        )
    )]
    pub points: Vec<Point>,
}

/// One thing that was said, attributed to speakers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Point {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            description = "Unique among all points; without it, the point's id is <section id>-<n>.",
            pattern(schema::SLUG)
        )
    )]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "A short heading for the point."))]
    pub label: Option<String>,
    #[cfg_attr(
        feature = "schema",
        schemars(description = "The point itself, in paragraphs.", length(min = 1, max = MAX_POINT_TEXT))
    )]
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
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<bool>",
            default,
            extend("default" = false),
            description = "The text is the speakers' own words, shown as a block quotation; needs speakers."
        )
    )]
    pub quote: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "A question from the floor; the point's text is the answer.")
    )]
    pub question: Option<Question>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Who made the point when it is not a listed speaker.", length(max = MAX_ATTRIBUTION))
    )]
    pub attribution: Option<String>,
    /// Where the point is in the recording, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<schema::RecordingTime>",
            description = "Where the point is in the recording: H:MM:SS, M:SS or whole seconds; needs a link of kind recording."
        )
    )]
    pub at: Option<u32>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "schema",
        schemars(
            with = "Option<Vec<Source>>",
            description = "Pages the point cites.",
            length(max = MAX_POINT_LINKS)
        )
    )]
    pub links: Vec<Source>,
}

/// A question from the floor or the moderator, which a point answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Question {
    #[cfg_attr(feature = "schema", schemars(description = "The question.", length(min = 1, max = MAX_POINT_TEXT)))]
    pub text: String,
    /// Index into [`Briefing::speakers`] of who asked.
    #[serde(skip)]
    pub by: Option<usize>,
    /// The asker's id as the document gave it.
    #[serde(rename = "by", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(description = "Id of the speaker who asked.", pattern(schema::SLUG)))]
    pub by_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(description = "Who asked, when not a listed speaker (\"An audience member\"); not with by.")
    )]
    pub by_name: Option<String>,
}

/// A time of day, `HH:MM` on a 24-hour clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// When a summary was published or updated: an RFC 3339 date-time with an offset, or a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp {
    /// As the document wrote it.
    pub text: String,
    /// The calendar date as written (in the writer's offset).
    pub date: CalendarDate,
    /// Minutes since 0000-03-01 UTC, for ordering; a date alone counts from its midnight UTC.
    pub minutes: i64,
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
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

    /// HH:MM on a 24-hour clock.
    pub const TIME: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    /// An IANA zone name's shape: UTC, or Area/Location with letters, digits, _, + and -.
    pub const TIME_ZONE: &str = "^(UTC|[A-Z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){1,2})$";
    /// RFC 3339 date-time with an offset, or a date alone.
    pub const TIMESTAMP: &str =
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:[0-9]{2}))?$";
    /// H:MM:SS or M:SS.
    pub const RECORDING_TIME: &str = "^([0-9]+:[0-5][0-9]:[0-5][0-9]|[0-9]+:[0-5][0-9])$";

    /// `points[].at` as written: a clock reading or whole seconds.
    #[allow(dead_code)]
    pub struct RecordingTime;

    impl JsonSchema for RecordingTime {
        fn inline_schema() -> bool {
            true
        }

        fn schema_name() -> Cow<'static, str> {
            "RecordingTime".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "oneOf": [
                { "type": "string", "pattern": RECORDING_TIME },
                { "type": "integer", "minimum": 0 }
            ] })
        }
    }

    impl JsonSchema for super::ClockTime {
        fn inline_schema() -> bool {
            true
        }

        fn schema_name() -> Cow<'static, str> {
            "ClockTime".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "type": "string", "pattern": TIME })
        }
    }

    impl JsonSchema for super::Timestamp {
        fn inline_schema() -> bool {
            true
        }

        fn schema_name() -> Cow<'static, str> {
            "Timestamp".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({ "type": "string", "pattern": TIMESTAMP })
        }
    }

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

    /// Who held the event: `organizer`, or the `organizers` in order.
    pub fn all_organizers(&self) -> &[Organizer] {
        match &self.organizer {
            Some(one) => std::slice::from_ref(one),
            None => &self.organizers,
        }
    }

    /// The link to the recording, if there is one.
    pub fn recording(&self) -> Option<&Link> {
        self.links.iter().find(|link| link.kind == LinkKind::Recording)
    }
}

impl Point {
    /// The point's id: its own, or `<section id>-<n>` with `n` its 1-based position.
    pub fn id_in(&self, section: &Section, index: usize) -> String {
        match &self.id {
            Some(id) => id.clone(),
            None => format!("{}-{}", section.id, index.saturating_add(1)),
        }
    }
}

/// The URL of the moment `seconds` into a recording: `t=` in the query for YouTube, a Media
/// Fragment (`#t=`) elsewhere.
pub fn recording_moment(url: &str, seconds: u32) -> String {
    let (base, fragment) = url.split_once('#').unwrap_or((url, ""));
    let host = base.split("://").nth(1).unwrap_or_default().split(['/', '?']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default().to_ascii_lowercase();
    let youtube = ["youtube.com", "youtu.be", "youtube-nocookie.com"]
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")));
    if youtube {
        let separator = if base.contains('?') { '&' } else { '?' };
        let fragment = if fragment.is_empty() { String::new() } else { format!("#{fragment}") };
        format!("{base}{separator}t={seconds}{fragment}")
    } else {
        format!("{base}#t={seconds}")
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
    use super::{paragraphs, recording_moment};

    #[test]
    fn recording_moments_use_media_fragments_or_youtube_queries() {
        assert_eq!(recording_moment("https://example.org/v.mp4", 90), "https://example.org/v.mp4#t=90");
        assert_eq!(recording_moment("https://example.org/v.mp4#old", 5), "https://example.org/v.mp4#t=5");
        assert_eq!(
            recording_moment("https://www.youtube.com/watch?v=abc", 61),
            "https://www.youtube.com/watch?v=abc&t=61"
        );
        assert_eq!(recording_moment("https://youtu.be/abc", 7), "https://youtu.be/abc?t=7");
        assert_eq!(recording_moment("https://notyoutube.com/abc", 7), "https://notyoutube.com/abc#t=7");
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(paragraphs("One.\n\nTwo\nlines.\n \n\nThree."), vec!["One.", "Two\nlines.", "Three."]);
        assert_eq!(paragraphs("\n\nOnly.\n"), vec!["Only."]);
        assert!(paragraphs("  \n ").is_empty());
    }
}
