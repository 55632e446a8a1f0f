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
    #[error("{0} has no place in a briefing")]
    Unsupported(&'static str),
    #[error("the front matter has no closing `---` line")]
    UnclosedFrontMatter,
    #[error("expected `key: value` in the front matter")]
    NotKeyValue,
    #[error("unknown front matter key {0:?}; the keys are {keys}", keys = super::front_matter::KEYS.join(", "))]
    UnknownKey(String),
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
    #[error("a `{{` starts a marker that no `}}` closes")]
    UnclosedMarker,
    #[error("unknown marker entry {found:?}; expected {expected}")]
    UnknownMarkerEntry { found: String, expected: &'static str },
    #[error("a quoted value in the marker is not closed")]
    UnclosedQuote,
    #[error("cannot derive an id from {0:?}; give one in a marker, such as {{id=name}} or {{#name}}")]
    NoId(String),
    #[error("the speaker has no name")]
    NoName,
    /// The converted document could not be written or read as JSON.
    #[error("{0}")]
    Json(String),
    /// The converted document breaks a rule of the format.
    #[error("{0}")]
    Format(Problem),
}
