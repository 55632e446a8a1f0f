//! `briefing from-markdown`: reads the file, converts it with `briefing_markdown`, and prints the
//! JSON on stdout, or every error as `FILE:LINE:COLUMN: message` on stderr; on stderr too, each
//! speaker it gave a point from the point's words, as `FILE:LINE:COLUMN: note: …`.

use std::io::Write;

use crate::cli::FromMarkdownArgs;
use crate::error::{read, CliError, Outcome};

pub fn run(args: &FromMarkdownArgs) -> Result<Outcome, CliError> {
    let bytes = read(&args.file)?;
    let source = std::str::from_utf8(&bytes)
        .map_err(|error| CliError::Invalid(format!("{}: not UTF-8 text ({error})", args.file.display())))?;
    let conversion = briefing_markdown::convert(source);
    let file = args.file.display();
    let mut stderr = std::io::stderr().lock();
    for diagnostic in &conversion.diagnostics {
        let place = diagnostic.place;
        let warning = if diagnostic.severity == briefing_markdown::Severity::Warning { "warning: " } else { "" };
        writeln!(stderr, "{file}:{}:{}: {warning}{}", place.line, place.column, diagnostic.message)?;
    }
    // Every speaker the words gave a point, for the author to check.
    for found in &conversion.attributions {
        let place = found.place;
        writeln!(
            stderr,
            "{file}:{}:{}: note: {} is attributed to \"{}\" ({}), named here as \"{}\"",
            place.line, place.column, found.point, found.speaker, found.name, found.named
        )?;
    }
    match conversion.json {
        Some(json) => {
            std::io::stdout().lock().write_all(json.as_bytes())?;
            Ok(Outcome::Success)
        }
        None => Ok(Outcome::Invalid),
    }
}
