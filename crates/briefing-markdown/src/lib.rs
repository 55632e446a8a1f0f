//! briefing-markdown: a Markdown briefing (the convention in `convention.md`) to briefing JSON,
//! validated by the widget's own model.
//!
//! The one converter: `briefing from-markdown` prints what [`convert`] returns, and the studio runs
//! the same code compiled to WebAssembly, so both give the same bytes for the same Markdown. It
//! reads no file and writes nothing: text in, [`Conversion`] out.
//!
//! ```
//! let conversion = briefing_markdown::convert("# T\n\n## Speakers\n\n- Ann Lee {id=ann}\n\n## Part\n\n- Ann Lee spoke.\n");
//! assert!(conversion.json.as_deref().is_some_and(|json| json.contains("\"ann\"")));
//! assert!(conversion.diagnostics.is_empty());
//! assert_eq!(conversion.attributions[0].speaker, "ann");
//! ```

// The studio runs this in the browser, on whatever the author types: no input may panic.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::unreachable)
)]

mod attribution;
mod blocks;
mod document;
mod error;
mod front_matter;
mod marker;
mod messages;
mod output;
mod points;
mod position;
mod slug;
mod spanned;
mod speakers;

use attribution::{Attributor, Inferred};
use briefing_widget::model::{parse_briefing, Briefing, BriefingError, JsonPath};
use serde::Serialize;

use error::{ErrorKind, MarkdownError};
use output::{Document, Positions};
use position::LineIndex;

/// The convention: what a Markdown briefing looks like (the CLI's `--help`, the studio's help).
pub const CONVENTION: &str = include_str!("../convention.md");

/// What a Markdown briefing converts to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conversion {
    /// The validated briefing JSON, pretty-printed with a final newline: exactly what
    /// `briefing from-markdown` prints. `None` when any diagnostic is an error.
    pub json: Option<String>,
    /// Every error and warning, in the order of their place in the Markdown.
    pub diagnostics: Vec<Diagnostic>,
    /// Each speaker the converter gave a point from the point's words (points without a
    /// `[speakers: …]` list), for the author to check; empty when there is no JSON.
    pub attributions: Vec<Attribution>,
}

impl Conversion {
    /// The diagnostics that are errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error)
    }

    /// The diagnostics that are warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning)
    }
}

/// Whether a diagnostic stops the conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// No JSON is produced.
    Error,
    /// The JSON is produced; something is probably not what the author meant.
    Warning,
}

/// A place in the Markdown: the 1-based line and column (in characters, as editors count
/// them) and the byte offset. Positions count from after a leading byte order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

/// One error or warning, at its place in the Markdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    #[serde(flatten)]
    pub place: Place,
    /// The message, as `briefing from-markdown` prints it after `FILE:LINE:COLUMN: `.
    pub message: String,
}

/// A speaker given to a point because the point's words name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// Where the name stands in the Markdown.
    #[serde(flatten)]
    pub place: Place,
    /// The point's JSON path, such as `sections[0].points[1]`.
    pub point: String,
    /// The speaker's id.
    pub speaker: String,
    /// The speaker's name.
    pub name: String,
    /// The words of the point that named the speaker (the name or an alias).
    pub named: String,
}

/// Converts a Markdown briefing to briefing JSON that the widget accepts, or says why it cannot.
pub fn convert(markdown: &str) -> Conversion {
    let source = markdown.strip_prefix('\u{feff}').unwrap_or(markdown);
    let lines = LineIndex::new(source);
    let (result, warnings) = convert_source(source);
    let diagnostic = |severity, error: MarkdownError| Diagnostic {
        severity,
        place: lines.place(error.offset),
        message: error.kind.to_string(),
    };
    let mut diagnostics: Vec<Diagnostic> =
        warnings.into_iter().map(|warning| diagnostic(Severity::Warning, warning)).collect();
    match result {
        Ok((json, attributions)) => Conversion {
            json: Some(json),
            diagnostics,
            attributions: attributions
                .into_iter()
                .map(|found| Attribution {
                    place: lines.place(found.offset),
                    point: found.point,
                    speaker: found.speaker,
                    name: found.name,
                    named: found.named,
                })
                .collect(),
        },
        Err(errors) => {
            diagnostics.extend(errors.into_iter().map(|error| diagnostic(Severity::Error, error)));
            diagnostics.sort_by_key(|d| d.place.offset);
            Conversion { json: None, diagnostics, attributions: Vec::new() }
        }
    }
}

/// An attribution found, at a byte offset.
struct Found {
    offset: usize,
    point: String,
    speaker: String,
    name: String,
    named: String,
}

/// The JSON and the attributions found, or every error.
type Converted = Result<(String, Vec<Found>), Vec<MarkdownError>>;

/// The conversion, and the warnings in either case.
fn convert_source(source: &str) -> (Converted, Vec<MarkdownError>) {
    let (assembled, warnings) = document::assemble(source);
    (assembled.and_then(|assembled| validate(assembled, source)), warnings)
}

fn validate(assembled: document::Assembled, source: &str) -> Converted {
    let (mut document, positions) = (assembled.document, assembled.positions);
    let briefing = check(&document, &positions)?;
    let found = infer_speakers(&mut document, &briefing, source);
    // Mentions only name known speakers, so this holds; checking again keeps the promise exact.
    // The JSON printed is the model's own briefing, as the widget will hold it.
    let briefing = check(&document, &positions)?;
    let json = to_json(&briefing).map_err(|error| vec![MarkdownError { offset: 0, kind: error }])?;
    Ok((json, found))
}

fn to_json(document: &impl Serialize) -> Result<String, ErrorKind> {
    serde_json::to_string_pretty(document).map(|json| json + "\n").map_err(|e| ErrorKind::Json(e.to_string()))
}

/// The widget's verdict on the document's exact JSON, with problems placed in the Markdown.
fn check(document: &Document, positions: &Positions) -> Result<Briefing, Vec<MarkdownError>> {
    let json = to_json(document).map_err(|kind| vec![MarkdownError { offset: 0, kind }])?;
    parse_briefing(json.as_bytes()).map_err(|error| match error {
        BriefingError::Invalid(problems) => problems
            .into_iter()
            .map(|problem| MarkdownError {
                offset: positions.locate(&problem.path),
                kind: messages::explain(problem, document),
            })
            .collect(),
        other => vec![MarkdownError {
            offset: positions.locate(&JsonPath::root()),
            kind: ErrorKind::Json(other.to_string()),
        }],
    })
}

/// Gives each point without an explicit speaker list the speakers its label and text name as
/// theirs (the rule in `attribution.rs` and `convention.md`); returns what it inferred.
fn infer_speakers(document: &mut Document, briefing: &Briefing, source: &str) -> Vec<Found> {
    let attributor = Attributor::new(briefing);
    let mut found = Vec::new();
    for (s, section) in document.sections.iter_mut().enumerate() {
        for (p, point) in section.points.iter_mut().enumerate() {
            if point.explicit_speakers {
                continue;
            }
            let texts = point.label.iter().chain(std::iter::once(&point.text));
            let inferred: Vec<_> = texts.flat_map(|text| attributor.infer(text)).collect();
            for Inferred { speaker, words } in inferred {
                let Some(speaker) = briefing.speakers.get(speaker) else { continue };
                if point.speakers.contains(&speaker.id) {
                    continue;
                }
                point.speakers.push(speaker.id.clone());
                found.push(Found {
                    offset: locate_words(source, point.source.clone(), words),
                    point: format!("sections[{s}].points[{p}]"),
                    speaker: speaker.id.clone(),
                    name: speaker.name.clone(),
                    named: words.to_owned(),
                });
            }
        }
    }
    found
}

/// Where `words` first stand in the Markdown's `range`, or the range's start when markup
/// or a line break splits them there.
fn locate_words(source: &str, range: std::ops::Range<usize>, words: &str) -> usize {
    let start = range.start;
    source.get(range).and_then(|item| item.find(words)).map_or(start, |at| start + at)
}
