//! `briefing schema`: the JSON Schema (draft 2020-12) of format version 1, generated from the model's types.

use std::io::Write;

use briefing_widget::model::Briefing;
use schemars::generate::SchemaSettings;
use schemars::transform::RestrictFormats;
use schemars::Schema;

use crate::error::{CliError, Outcome};

/// The schema, as generated from [`Briefing`] and its parts.
pub fn schema() -> Schema {
    // Drop Rust-only formats such as "uint32", which strict validators refuse as unknown.
    let settings = SchemaSettings::draft2020_12().with_transform(RestrictFormats::default());
    settings.into_generator().into_root_schema_for::<Briefing>()
}

/// The schema as pretty JSON with a final newline, exactly as committed in `static/schema/`.
pub fn schema_text() -> Result<String, CliError> {
    Ok(serde_json::to_string_pretty(&schema())? + "\n")
}

pub fn run() -> Result<Outcome, CliError> {
    std::io::stdout().lock().write_all(schema_text()?.as_bytes())?;
    Ok(Outcome::Success)
}
