//! How a subcommand ends: its outcome (the exit code) and the errors that stop it.

use std::path::PathBuf;

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
}

impl CliError {
    /// The exit code this error ends the command with.
    pub fn outcome(&self) -> Outcome {
        match self {
            Self::Invalid(_) | Self::NotBriefing { .. } => Outcome::Invalid,
            _ => Outcome::Failure,
        }
    }
}

/// Reads a whole file, naming it in the error.
pub fn read(path: &std::path::Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|source| CliError::Read { path: path.to_owned(), source })
}
