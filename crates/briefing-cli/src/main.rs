//! The `briefing` command: parses the arguments, runs one subcommand, and turns its outcome into an exit code.

mod check;
mod cli;
mod date_label;
mod embed;
mod error;
mod from_markdown;
mod render;
mod schema;
mod url;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};
use error::CliError;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Schema => schema::run(),
        Command::FromMarkdown(args) => from_markdown::run(&args),
        Command::Embed(args) => embed::run(&args),
        Command::Render(args) => render::run(&args),
    };
    match result {
        Ok(outcome) => outcome.into(),
        // The reader of the output went away (`briefing render … | head`): as other Unix tools
        // do, stop quietly; what they read was written whole.
        Err(CliError::Write(error)) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            // Nothing more can be done if stderr itself is gone.
            let _ = writeln!(std::io::stderr(), "briefing: {error}");
            error.outcome().into()
        }
    }
}
