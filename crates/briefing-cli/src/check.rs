//! `briefing check`: validates briefing JSON files with the widget's own model and reports as text or JSON.

use std::io::Write;

use briefing_widget::model::{check_briefing, parse_briefing, Briefing, BriefingError};
use serde::Serialize;

use crate::cli::{CheckArgs, Format};
use crate::error::{read, CliError, Outcome};

/// One file's verdict, as `--format json` prints it.
#[derive(Debug, Serialize)]
struct Report {
    file: String,
    valid: bool,
    errors: Vec<Finding>,
    /// Unknown fields: ignored, often misspelt (`path`, `message`, and `suggestion` if any).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    warnings: Vec<WarningFinding>,
}

/// One unknown field in a file.
#[derive(Debug, Serialize)]
struct WarningFinding {
    path: String,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<&'static str>,
}

/// One problem in a file.
#[derive(Debug, Serialize)]
struct Finding {
    path: String,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

/// The problems of a document that is not a valid briefing, one per broken rule.
fn findings(error: &BriefingError) -> Vec<Finding> {
    let whole = |message: String, line, column| Finding { path: "document".to_owned(), message, line, column };
    match error {
        BriefingError::Invalid(problems) => problems
            .iter()
            .map(|p| Finding { path: p.path.to_string(), message: p.kind.to_string(), line: None, column: None })
            .collect(),
        BriefingError::Syntax { line, column, message } => vec![whole(message.clone(), Some(*line), Some(*column))],
        other @ BriefingError::TooLarge { .. } => vec![whole(other.to_string(), None, None)],
    }
}

/// A warning's message without its path: "unknown field, ignored (did you mean "chair"?)".
fn warning_message(warning: &briefing_widget::model::Warning) -> String {
    let whole = warning.to_string();
    let path = format!("{}: ", warning.path);
    whole.strip_prefix(&path).map(str::to_owned).unwrap_or(whole)
}

/// Reads and validates one briefing file, for the subcommands that need a valid one.
pub fn load(path: &std::path::Path) -> Result<Briefing, CliError> {
    parse_briefing(&read(path)?)
        .map_err(|error| CliError::NotBriefing { path: path.to_owned(), messages: error.messages() })
}

pub fn run(args: &CheckArgs) -> Result<Outcome, CliError> {
    let mut outcome = Outcome::Success;
    let mut stdout = std::io::stdout().lock();
    let mut reports = Vec::new();
    for path in &args.files {
        let bytes = match read(path) {
            Ok(bytes) => bytes,
            Err(error) => {
                // The exit code carries the failure even if stderr is gone.
                let _ = writeln!(std::io::stderr(), "briefing: {error}");
                outcome = outcome.max(Outcome::Failure);
                continue;
            }
        };
        let checked = check_briefing(&bytes);
        let result = checked.result.map(drop);
        if result.is_err() {
            outcome = outcome.max(Outcome::Invalid);
        }
        let file = path.display().to_string();
        if args.format == Format::Text {
            // Warnings never change the exit code: the document is valid without those fields.
            for warning in &checked.warnings {
                writeln!(stdout, "{file}: {}: warning: {}", warning.path, warning_message(warning))?;
            }
        }
        match (args.format, result) {
            (Format::Text, Ok(())) => writeln!(stdout, "{file}: ok")?,
            (Format::Text, Err(error)) => {
                for message in error.messages() {
                    writeln!(stdout, "{file}: {message}")?;
                }
            }
            (Format::Json, result) => {
                let errors = result.as_ref().err().map(findings).unwrap_or_default();
                let warnings = checked
                    .warnings
                    .iter()
                    .map(|w| WarningFinding {
                        path: w.path.to_string(),
                        message: warning_message(w),
                        suggestion: w.suggestion,
                    })
                    .collect();
                reports.push(Report { file, valid: result.is_ok(), errors, warnings });
            }
        }
    }
    if args.format == Format::Json {
        serde_json::to_writer_pretty(&mut stdout, &reports)?;
        writeln!(stdout)?;
    }
    Ok(outcome)
}
