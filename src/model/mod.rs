//! The briefing format, version 1: types, parsing, validation and mention detection, in pure Rust.

pub mod error;
pub mod json;
pub mod mention;
pub mod parse;
pub mod path;
pub mod rules;
pub mod types;

pub use error::{BriefingError, Problem, ProblemKind, Quoted, MAX_DOCUMENT_BYTES};
pub use mention::{Mention, MentionFinder, Run};
pub use parse::parse_briefing;
pub use path::JsonPath;
pub use types::{Briefing, CalendarDate, Organizer, Point, Section, Source, Speaker};
