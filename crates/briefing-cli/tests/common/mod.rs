//! Helpers shared by the integration tests: running the built `briefing` binary and finding fixtures.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Output;

/// A path under the repository's `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name)
}

/// A path under the repository root.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

/// Runs `briefing` with `args`.
pub fn briefing<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    std::process::Command::new(env!("CARGO_BIN_EXE_briefing")).args(args).output().expect("briefing runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// The exit code; a test fails if the process was killed instead.
pub fn code(output: &Output) -> i32 {
    output.status.code().expect("briefing exited")
}

/// Writes `text` to a file of its own in Cargo's scratch directory for integration tests.
pub fn scratch(name: &str, text: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).expect("scratch file written");
    path
}

/// Each shared invalid example with the first message it must get, from
/// `tests/fixtures/invalid-messages.tsv` (one table for the model's tests and the CLI's).
pub fn invalid_examples() -> Vec<(String, String)> {
    let table = std::fs::read_to_string(fixture("invalid-messages.tsv")).expect("the table of invalid examples");
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once('\t'))
        .map(|(file, message)| (file.to_owned(), message.to_owned()))
        .collect()
}
