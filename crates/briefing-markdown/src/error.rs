//! What can be wrong with a Markdown briefing, and where: a byte offset into the Markdown.

use briefing_widget::model::Problem;
use thiserror::Error;

/// One problem, at a byte offset of the Markdown source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownError {
    pub offset: usize,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ErrorKind {
    #[error("{0} has no place in a briefing: {advice}", advice = advice(.0))]
    Unsupported(&'static str),
    #[error("raw HTML ({0}) has no place in a briefing: text is plain, so write the words without tags, and a blank line between paragraphs")]
    RawHtml(String),
    #[error("the front matter has no closing `---` line")]
    UnclosedFrontMatter,
    #[error("expected `key: value` in the front matter")]
    NotKeyValue,
    #[error("unknown front matter key {0:?}, ignored{near}; the keys are {keys}", near = key_advice(.0, *.1), keys = super::front_matter::KEYS.join(", "))]
    UnknownKey(String, Option<&'static str>),
    #[error("{0:?} is given twice")]
    Twice(String),
    #[error("{0:?} has no value")]
    NoValue(String),
    #[error("no title: start with a `# Title` heading, or add `title:` to the front matter")]
    NoTitle,
    #[error("the title is given twice: by the front matter and by this heading")]
    TitleTwice,
    #[error("the id is given twice: by the front matter and by this heading")]
    IdTwice,
    #[error("a second `# ` heading; the title comes once, before any `##` heading")]
    LateTitle,
    #[error("a level-{0} heading; a briefing uses `#` for its title and `##` for speakers and sections")]
    HeadingLevel(usize),
    #[error("a second `## Speakers` section")]
    SpeakersTwice,
    #[error("a list before any `## Speakers` or section heading")]
    StrayList,
    #[error("a paragraph under `## {0}`, where every entry is a list item")]
    StrayParagraph(String),
    #[error("a paragraph after the points of `## {0}`: a section's summary comes before its points, and a point's own paragraphs are indented under its item")]
    LateParagraph(String),
    #[error("`## {0}` reads as a section, but its first item looks like a speaker (`Name — Affiliation`); the speakers' heading is `## Speakers`")]
    SpeakersLikeSection(String),
    #[error("the speaker line {0:?} has commas but no ` — ` after the name; write `Name — Affiliation (role)`")]
    CommaSpeaker(String),
    #[error("a `{{` starts a marker that no `}}` closes")]
    UnclosedMarker,
    #[error("unknown marker entry {found:?}{near}; expected {expected}", near = did_you_mean(*.near))]
    UnknownMarkerEntry { found: String, expected: &'static str, near: Option<&'static str> },
    #[error("a quoted value in the marker is not closed")]
    UnclosedQuote,
    #[error("cannot derive an id from {0:?}; give one in a marker, such as {{id=name}} or {{#name}}")]
    NoId(String),
    #[error("the speaker has no name")]
    NoName,
    /// The converted document could not be written or read as JSON.
    #[error("{0}")]
    Json(String),
    #[error("unknown speaker {id:?}{near}", near = did_you_mean(.near.as_deref()))]
    UnknownSpeaker { id: String, near: Option<String> },
    #[error("{name:?} is a name; points name speakers by id ({id:?})")]
    NameNotId { name: String, id: String },
    #[error("speaker {id:?} ({owner}) already has the {what} {value:?}")]
    SharedName { id: String, owner: String, what: &'static str, value: String },
    #[error("the id {id:?}, made from this {from}, is taken by {owner}: give this one its own with {marker}")]
    MadeIdTaken { id: String, from: &'static str, owner: String, marker: &'static str },
    #[error("{0:?} in the quote's attribution line is no speaker's name, alias or id")]
    QuoteBy(String),
    /// The converted document breaks a rule of the format.
    #[error("{0}")]
    Format(Problem),
}

/// What to write instead of a Markdown construct a briefing has no place for.
fn advice(what: &str) -> &'static str {
    match what {
        "a table" => "write each row as a point (`- **Label:** text`)",
        "a footnote" => "write the note into the point's text",
        "a nested list" => "make each entry a point of its own, or write them as sentences of the point",
        "an image" => "describe what it shows in the text",
        "a code block" => "text is plain (a line indented by four spaces outside a list item is a code block)",
        "a horizontal rule" => "sections are `##` headings, and need nothing between them",
        "an HTML block" => "text is plain, so write the words without tags",
        "a block quote outside a section" => "a block quote under a `##` section heading is a quote point",
        "a block quote in a block quote" => "a quote point is one block quote, of paragraphs",
        _ => "write it as plain text",
    }
}

/// ` (did you mean "x"?)`, or nothing.
fn did_you_mean(near: Option<&str>) -> String {
    near.map(|near| format!(" (did you mean {near:?}?)")).unwrap_or_default()
}

/// ` (did you mean "x"?)` for a near miss of a front matter key, or where people go instead.
fn key_advice(key: &str, near: Option<&str>) -> String {
    match key.to_lowercase().as_str() {
        "moderator" | "chair" | "speaker" | "speakers" | "panelist" | "panelists" => {
            " (people are list items under `## Speakers`, with their part as the role: `Name — Affiliation (moderator)`)"
                .to_owned()
        }
        _ => did_you_mean(near),
    }
}
