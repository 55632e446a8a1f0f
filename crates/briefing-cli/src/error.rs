//! How a subcommand ends: its outcome (the exit code) and the errors that stop it.

use std::io::Read;
use std::path::PathBuf;

use briefing_widget::model::{BriefingError, MAX_DOCUMENT_BYTES};

use thiserror::Error;

/// A subcommand's result, as the exit code a script sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was valid and written.
    Success = 0,
    /// An input was read but is not a valid briefing.
    Invalid = 1,
    /// Bad arguments, or a file could not be read or output not written.
    Failure = 2,
}

impl Outcome {
    /// The worse of two outcomes.
    pub fn max(self, other: Self) -> Self {
        if (other as u8) > (self as u8) {
            other
        } else {
            self
        }
    }
}

impl From<Outcome> for std::process::ExitCode {
    fn from(outcome: Outcome) -> Self {
        Self::from(outcome as u8)
    }
}

/// Why a subcommand stopped before finishing.
#[derive(Debug, Error)]
pub enum CliError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {}: {source}", path.display())]
    WriteFile { path: PathBuf, source: std::io::Error },
    #[error("cannot write the output: {0}")]
    Write(#[from] std::io::Error),
    #[error("cannot produce JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A briefing file that the model rejects.
    #[error("{} is not a valid briefing:{}", path.display(), messages.iter().map(|m| format!("\n  {m}")).collect::<String>())]
    NotBriefing { path: PathBuf, messages: Vec<String> },
    #[error("cannot start the renderer: {0}")]
    Runtime(std::io::Error),
    /// Arguments that cannot work together, such as `--loader` with a moving version.
    #[error("{0}")]
    Arguments(String),
    /// The input was read but cannot be a briefing, such as Markdown that is not UTF-8.
    #[error("{0}")]
    Invalid(String),
    /// An input over the 2 MiB limit, read no further than the limit: its size if the file
    /// has one (a pipe or a device has none).
    #[error("{}: {}", path.display(), too_large(*bytes))]
    TooLarge { path: PathBuf, bytes: Option<u64> },
}

/// What a document over the limit is told, with its size if it is known.
pub fn too_large(bytes: Option<u64>) -> String {
    match bytes.and_then(|b| usize::try_from(b).ok()) {
        Some(bytes) => BriefingError::TooLarge { bytes }.to_string(),
        None => "document is larger than the 2 MiB limit; reading stopped there".to_owned(),
    }
}

impl CliError {
    /// The exit code this error ends the command with.
    pub fn outcome(&self) -> Outcome {
        match self {
            Self::Invalid(_) | Self::NotBriefing { .. } | Self::TooLarge { .. } => Outcome::Invalid,
            _ => Outcome::Failure,
        }
    }
}

/// Reads a file of at most 2 MiB (the format's limit, which every input of the CLI has), naming
/// it in the error. A larger input is read no further than the limit, so `/dev/zero` or a huge
/// file costs 2 MiB of memory, not all of it.
pub fn read(path: &std::path::Path) -> Result<Vec<u8>, CliError> {
    let failed = |source| CliError::Read { path: path.to_owned(), source };
    let file = std::fs::File::open(path).map_err(failed)?;
    let limit = u64::try_from(MAX_DOCUMENT_BYTES).unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    (&file).take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(failed)?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let size = file.metadata().ok().filter(std::fs::Metadata::is_file).map(|m| m.len());
        return Err(CliError::TooLarge { path: path.to_owned(), bytes: size });
    }
    Ok(bytes)
}
