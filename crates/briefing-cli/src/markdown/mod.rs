//! `briefing from-markdown`: converts a Markdown briefing to briefing JSON, then validates it with the model.

mod blocks;
mod document;
mod error;
mod front_matter;
mod marker;
mod output;
mod points;
mod position;
mod slug;
mod spanned;
mod speakers;

use std::io::Write;

use briefing_widget::model::{parse_briefing, Briefing, BriefingError, JsonPath, MentionFinder};

use crate::cli::FromMarkdownArgs;
use crate::error::{read, CliError, Outcome};
use error::{ErrorKind, MarkdownError};
use output::{Document, Positions};
use position::LineIndex;

/// The convention, as `--help` and the README give it.
pub const CONVENTION: &str = include_str!("convention.md");

/// Converts a Markdown briefing to pretty briefing JSON that the widget accepts.
pub fn convert(source: &str) -> Result<String, Vec<MarkdownError>> {
    let assembled = document::assemble(source)?;
    let (mut document, positions) = (assembled.document, assembled.positions);
    let briefing = check(&document, &positions)?;
    infer_speakers(&mut document, &briefing);
    // Mentions only name known speakers, so this holds; checking again keeps the promise exact.
    // The JSON printed is the model's own briefing, as the widget will hold it.
    let briefing = check(&document, &positions)?;
    to_json(&briefing).map_err(|error| vec![MarkdownError { offset: 0, kind: error }])
}

fn to_json(document: &impl serde::Serialize) -> Result<String, ErrorKind> {
    serde_json::to_string_pretty(document).map(|json| json + "\n").map_err(|e| ErrorKind::Json(e.to_string()))
}

/// The widget's verdict on the document's exact JSON, with problems placed in the Markdown.
fn check(document: &Document, positions: &Positions) -> Result<Briefing, Vec<MarkdownError>> {
    let json = to_json(document).map_err(|kind| vec![MarkdownError { offset: 0, kind }])?;
    parse_briefing(json.as_bytes()).map_err(|error| match error {
        BriefingError::Invalid(problems) => problems
            .into_iter()
            .map(|problem| MarkdownError { offset: positions.locate(&problem.path), kind: ErrorKind::Format(problem) })
            .collect(),
        other => vec![MarkdownError {
            offset: positions.locate(&JsonPath::root()),
            kind: ErrorKind::Json(other.to_string()),
        }],
    })
}

/// Gives each point without an explicit speaker list the speakers its label and text mention.
fn infer_speakers(document: &mut Document, briefing: &Briefing) {
    let finder = MentionFinder::new(briefing);
    for point in document.sections.iter_mut().flat_map(|s| s.points.iter_mut()) {
        if point.explicit_speakers {
            continue;
        }
        let texts = point.label.iter().chain(std::iter::once(&point.text));
        for run in texts.flat_map(|text| finder.split(text)) {
            if let briefing_widget::model::Run::Mention(mention) = run {
                let id = briefing.speakers.get(mention.speaker).map(|s| s.id.clone());
                if let Some(id) = id.filter(|id| !point.speakers.contains(id)) {
                    point.speakers.push(id);
                }
            }
        }
    }
}

pub fn run(args: &FromMarkdownArgs) -> Result<Outcome, CliError> {
    let bytes = read(&args.file)?;
    let source = std::str::from_utf8(&bytes)
        .map_err(|error| CliError::Invalid(format!("{}: not UTF-8 text ({error})", args.file.display())))?;
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    match convert(source) {
        Ok(json) => {
            std::io::stdout().lock().write_all(json.as_bytes())?;
            Ok(Outcome::Success)
        }
        Err(errors) => {
            let lines = LineIndex::new(source);
            let file = args.file.display();
            let mut stderr = std::io::stderr().lock();
            for error in &errors {
                let (line, column) = lines.position(error.offset);
                writeln!(stderr, "{file}:{line}:{column}: {}", error.kind)?;
            }
            Ok(Outcome::Invalid)
        }
    }
}

/// The Markdown briefing at `path` as briefing JSON, for `publish`; its problems as
/// `FILE:LINE:COL: message` lines, as `from-markdown` prints them.
pub fn convert_file(path: &std::path::Path) -> Result<String, CliError> {
    let bytes = read(path)?;
    let source = std::str::from_utf8(&bytes)
        .map_err(|error| CliError::Invalid(format!("{}: not UTF-8 text ({error})", path.display())))?;
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    convert(source).map_err(|errors| {
        let lines = LineIndex::new(source);
        let messages = errors.iter().map(|error| {
            let (line, column) = lines.position(error.offset);
            format!("{}:{line}:{column}: {}", path.display(), error.kind)
        });
        CliError::Invalid(messages.collect::<Vec<_>>().join("\n"))
    })
}
