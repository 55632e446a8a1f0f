//! What can be wrong with a briefing document, as types.

use std::fmt::{self, Write as _};

use super::path::JsonPath;
use thiserror::Error;

/// The size limit of a briefing document, in bytes (2 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;

/// Why a document could not be read as a briefing.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum BriefingError {
    /// The document is larger than [`MAX_DOCUMENT_BYTES`].
    #[error("document is {} MiB; the limit is 2 MiB", mebibytes(*.bytes))]
    TooLarge { bytes: usize },
    /// The bytes are not JSON.
    #[error("line {line}, column {column}: {message}")]
    Syntax { line: usize, column: usize, message: String },
    /// The JSON breaks one or more rules of the format, each listed once.
    #[error("{}", .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Problem>),
}

impl BriefingError {
    /// Every problem found, each as one line a partner can act on.
    pub fn messages(&self) -> Vec<String> {
        match self {
            Self::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }
}

fn mebibytes(bytes: usize) -> String {
    // One decimal, rounded; a document over the limit never reads as "2.0 MiB".
    const MIB: u64 = 1024 * 1024;
    let tenths = ((bytes as u64 * 10 + MIB / 2) / MIB).max(21);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// One broken rule, and where.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{path}: {kind}")]
pub struct Problem {
    pub path: JsonPath,
    pub kind: ProblemKind,
}

/// The JSON types, named as a partner would read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Boolean,
    Integer,
    Number,
    Text,
    Array,
    Object,
}

impl std::fmt::Display for JsonType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Null => "null",
            Self::Boolean => "a boolean",
            Self::Integer => "an integer",
            Self::Number => "a number",
            Self::Text => "text",
            Self::Array => "an array",
            Self::Object => "an object",
        })
    }
}

/// What rule a value breaks.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProblemKind {
    #[error("required field is missing")]
    Missing,
    #[error("expected {expected}, found {found}")]
    WrongType { expected: JsonType, found: JsonType },
    #[error("unsupported version {found} (this widget reads version 1)")]
    UnsupportedVersion { found: String },
    #[error("must not be empty")]
    Empty,
    #[error("is {length} characters; at most {max} are allowed")]
    TooLong { length: usize, max: usize },
    #[error("has {count} entries; at most {max} are allowed")]
    TooMany { count: usize, max: usize },
    #[error("{} is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)", Quoted(.value))]
    NotSlug { value: String },
    #[error("{} is not a date of the form YYYY-MM-DD", Quoted(.value))]
    NotDate { value: String },
    #[error("{} is not a real calendar date", Quoted(.value))]
    NoSuchDate { value: String },
    #[error("{} is not a BCP 47 language tag (such as en, zh-Hans or ar)", Quoted(.value))]
    NotLanguageTag { value: String },
    #[error("only http and https URLs are allowed")]
    NotHttpUrl,
    #[error("{} is not a complete URL: it needs a host after the scheme, and no spaces or control characters", Quoted(.value))]
    IncompleteUrl { value: String },
    #[error("duplicate id {}", Quoted(.id))]
    DuplicateId { id: String },
    #[error("unknown speaker {}", Quoted(.id))]
    UnknownSpeaker { id: String },
    #[error("{} already names {other}", Quoted(.name))]
    SharedName { name: String, other: JsonPath },
    #[error("{} is not one of {allowed}", Quoted(.value))]
    NotOneOf { value: String, allowed: &'static str },
    #[error("{} is not a time of the form HH:MM (24 h)", Quoted(.value))]
    NotTime { value: String },
    #[error("{} is not an IANA time zone name (such as Europe/London)", Quoted(.value))]
    NotTimeZone { value: String },
    #[error("{} is not a date-time with an offset (2013-04-30T09:00:00Z) or a date (YYYY-MM-DD)", Quoted(.value))]
    NotTimestamp { value: String },
    #[error("{} is not a time in the recording (H:MM:SS, M:SS or whole seconds)", Quoted(.value))]
    NotRecordingTime { value: String },
    #[error("needs {}", Quoted(.field))]
    Needs { field: &'static str },
    #[error("is before {field} ({value})")]
    Before { field: &'static str, value: String },
    #[error("{value} is outside the event's dates ({range})")]
    OutsideEvent { value: String, range: String },
    #[error("has both {} and {}; give one", Quoted(.one), Quoted(.other))]
    Both { one: &'static str, other: &'static str },
    #[error("a second recording ({other} is one); at most one link has kind \"recording\"")]
    SecondRecording { other: JsonPath },
    #[error("needs a link of kind \"recording\" in \"links\"")]
    NoRecording,
    #[error("a quote needs at least one id in \"speakers\"")]
    QuoteWithoutSpeakers,
    #[error("{} is the document's own language", Quoted(.lang))]
    OwnLanguage { lang: String },
    #[error("{} already names {other}", Quoted(.lang))]
    DuplicateLanguage { lang: String, other: JsonPath },
}

/// A field the format does not know: ignored, and reported to authors (`briefing check`, the
/// author preview), since it is often a misspelling. Partner pages never show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The unknown field, as a path.
    pub path: JsonPath,
    /// The known field the author probably meant.
    pub suggestion: Option<&'static str>,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: unknown field, ignored", self.path)?;
        match self.suggestion {
            Some(known) => write!(f, " (did you mean {}?)", Quoted(known)),
            None => Ok(()),
        }
    }
}

/// A value in double quotes, as `{:?}` writes a string (quotes, backslashes, control and invisible
/// format characters escaped), without pulling Rust's Unicode printability tables into the wasm.
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                // Controls, and the invisible format characters a pasted value may hide (zero-width
                // spaces and joiners, direction marks and overrides, the byte order mark).
                c if c.is_control()
                    || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}') =>
                {
                    write!(f, "\\u{{{:x}}}", u32::from(c))?
                }
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_message_matches_the_contract() {
        let error = BriefingError::TooLarge { bytes: 3_565_159 };
        assert_eq!(error.to_string(), "document is 3.4 MiB; the limit is 2 MiB");
        let just_over = BriefingError::TooLarge { bytes: MAX_DOCUMENT_BYTES + 1 };
        assert_eq!(just_over.to_string(), "document is 2.1 MiB; the limit is 2 MiB");
    }

    #[test]
    fn quoted_values_read_as_debug_formatting_writes_them() {
        for value in
            ["zhou", "Zhū Fēng 朱锋", "say \"hi\"", "back\\slash", "a\nb\r\tc\0", "\u{7}bell", "\u{85}", "سامي"]
        {
            assert_eq!(Quoted(value).to_string(), format!("{value:?}"), "{value:?}");
        }
        // Invisible characters a pasted value may hide are shown, as Debug shows them.
        for value in ["zero\u{200b}width", "\u{feff}bom", "rtl\u{202e}override", "soft\u{ad}hyphen"] {
            assert_eq!(Quoted(value).to_string(), format!("{value:?}"), "{value:?}");
        }
    }
}
