//! The briefing format, version 1 (with the 1.1 additions): types, parsing, validation and mention detection, in pure Rust.

pub mod error;
pub mod json;
pub mod mention;
pub mod parse;
pub mod path;
pub mod rules;
pub mod types;

pub use error::{BriefingError, Problem, ProblemKind, Quoted, Warning, MAX_DOCUMENT_BYTES};
pub use mention::{Mention, MentionFinder, Run};
pub use parse::{check_briefing, parse_briefing, Checked};
pub use path::JsonPath;
pub use types::{
    paragraphs, recording_moment, Attendance, Briefing, CalendarDate, ClockTime, Link, LinkKind, Organizer, Point,
    Question, Section, Series, Source, Speaker, Status, Timestamp, Translation, Venue,
};
