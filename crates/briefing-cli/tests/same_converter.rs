//! `briefing from-markdown` prints exactly what the `briefing_markdown` library returns (the bytes
//! the studio offers for download), and its errors with the library's places and messages.

mod common;

use common::{briefing, code, repo, scratch, stderr, stdout};

#[test]
fn the_cli_prints_the_library_s_json_byte_for_byte() {
    let path = repo("examples/north-korea-2013.md");
    let markdown = std::fs::read_to_string(&path).expect("example");
    let output = briefing(["from-markdown".as_ref(), path.as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(Some(stdout(&output)), briefing_markdown::convert(&markdown).json);
}

#[test]
fn the_cli_prints_the_library_s_diagnostics_at_their_places() {
    let markdown = "\u{feff}# 朱锋\n\n## S {#s colour=red}\n\n- A point.\n\n### Deep\n";
    let path = scratch("same-converter-errors.md", markdown);
    let output = briefing(["from-markdown".as_ref(), path.as_os_str()]);
    assert_eq!(code(&output), 1);
    let file = path.display().to_string();
    let expected: String = briefing_markdown::convert(markdown)
        .diagnostics
        .iter()
        .map(|d| format!("{file}:{}:{}: {}\n", d.place.line, d.place.column, d.message))
        .collect();
    assert_eq!(expected.lines().count(), 2, "{expected}");
    assert_eq!(stderr(&output), expected);
}
