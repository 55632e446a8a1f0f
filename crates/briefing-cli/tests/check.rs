//! `briefing check`: verdicts, messages and exit codes on the shared fixtures.

mod common;

use common::{briefing, code, fixture, stderr, stdout};
use serde_json::Value;

#[test]
fn a_valid_briefing_is_ok() {
    let file = fixture("north-korea-2013.json");
    let output = briefing(["check".as_ref(), file.as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("{}: ok\n", file.display()));
}

#[test]
fn each_invalid_fixture_is_reported_as_file_path_message() {
    let cases = common::invalid_examples();
    assert_eq!(cases.len(), 6);
    for (name, message) in &cases {
        let file = fixture(&format!("invalid/{name}"));
        let output = briefing(["check".as_ref(), file.as_os_str()]);
        assert_eq!(code(&output), 1, "{name}");
        let first = stdout(&output).lines().next().map(str::to_owned);
        assert_eq!(first, Some(format!("{}: {message}", file.display())), "{name}");
    }
}

#[test]
fn every_problem_gets_its_own_line() {
    // The duplicate id also leaves "zhang" unknown: both are listed.
    let output = briefing(["check".as_ref(), fixture("invalid/duplicate-speaker-id.json").as_os_str()]);
    let lines = stdout(&output);
    assert!(lines.lines().count() > 1, "{lines}");
    assert!(lines.contains("unknown speaker \"zhang\""), "{lines}");
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let file = fixture("invalid/truncated.json");
    let output = briefing(["check".as_ref(), file.as_os_str()]);
    assert_eq!(code(&output), 1);
    let text = stdout(&output);
    let prefix = format!("{}: line ", file.display());
    assert!(text.starts_with(&prefix) && text.contains(", column ") && text.contains("cut short"), "{text}");
}

#[test]
fn several_files_report_each_and_fail_if_any_is_invalid() {
    let (good, bad) = (fixture("north-korea-2013.json"), fixture("invalid/missing-title.json"));
    let output = briefing(["check".as_ref(), good.as_os_str(), bad.as_os_str()]);
    assert_eq!(code(&output), 1);
    let expected = format!("{}: ok\n{}: title: required field is missing\n", good.display(), bad.display());
    assert_eq!(stdout(&output), expected);
}

#[test]
fn an_unreadable_file_is_exit_code_2_and_the_rest_are_still_checked() {
    let (missing, good) = (fixture("no-such-file.json"), fixture("north-korea-2013.json"));
    let output = briefing(["check".as_ref(), missing.as_os_str(), good.as_os_str()]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains(&format!("cannot read {}", missing.display())), "{}", stderr(&output));
    assert_eq!(stdout(&output), format!("{}: ok\n", good.display()));
}

#[test]
fn usage_errors_are_exit_code_2() {
    assert_eq!(code(&briefing(["check"])), 2);
    assert_eq!(code(&briefing(["check", "--format", "xml", "a.json"])), 2);
    assert_eq!(code(&briefing(["no-such-command"])), 2);
}

#[test]
fn json_output_lists_each_file_with_structured_errors() {
    let files =
        [fixture("north-korea-2013.json"), fixture("invalid/unknown-speaker.json"), fixture("invalid/truncated.json")];
    let output =
        briefing(["check", "--format", "json"].iter().map(AsRef::as_ref).chain(files.iter().map(|f| f.as_os_str())));
    assert_eq!(code(&output), 1);
    let reports: Value = serde_json::from_str(&stdout(&output)).expect("JSON on stdout");
    let reports = reports.as_array().expect("an array");
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0], serde_json::json!({ "file": files[0].display().to_string(), "valid": true, "errors": [] }));
    assert_eq!(reports[1]["valid"], false);
    assert_eq!(
        reports[1]["errors"][0],
        serde_json::json!({ "path": "sections[1].points[0].speakers[2]", "message": "unknown speaker \"zhou\"" })
    );
    let syntax = &reports[2]["errors"][0];
    assert_eq!(syntax["path"], "document");
    assert!(syntax["line"].as_u64().is_some_and(|l| l > 1) && syntax["column"].as_u64().is_some(), "{syntax}");
    assert!(syntax["message"].as_str().is_some_and(|m| m.contains("cut short")), "{syntax}");
}

#[test]
fn unknown_fields_are_warnings_with_exit_code_0() {
    let mut doc: Value = serde_json::from_slice(&std::fs::read(fixture("north-korea-2013.json")).unwrap()).unwrap();
    doc["sections"][1]["moderator"] = serde_json::json!("flake");
    doc["speakers"][0]["titel"] = serde_json::json!("Director");
    let file = common::scratch("warnings.json", &doc.to_string());
    let output = briefing(["check".as_ref(), file.as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let name = file.display();
    assert_eq!(
        stdout(&output),
        format!(
            "{name}: speakers[0].titel: warning: unknown field, ignored (did you mean \"title\"?)\n\
             {name}: sections[1].moderator: warning: unknown field, ignored (did you mean \"chair\"?)\n\
             {name}: ok\n"
        )
    );
    let output = briefing(["check", "--format", "json", &file.display().to_string()]);
    let reports: Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(reports[0]["valid"], true);
    assert_eq!(reports[0]["warnings"][1]["path"], "sections[1].moderator");
    assert_eq!(reports[0]["warnings"][1]["suggestion"], "chair");
}
