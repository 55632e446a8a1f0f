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

#[test]
fn the_cli_lists_every_inferred_attribution_on_stderr() {
    let markdown = "# T\n\n## Speakers\n\n- Ann Lee {id=ann aliases=\"Lee\"}\n- Bo Chen {id=bo}\n\n## Part\n\n\
                    - Lee said so, as Bo Chen knew.\n- Bo Chen and Ann Lee agreed.\n- Named. [speakers: bo]\n";
    let path = scratch("attributions.md", markdown);
    let output = briefing(["from-markdown".as_ref(), path.as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let file = path.display().to_string();
    assert_eq!(
        stderr(&output),
        format!(
            "{file}:10:3: note: sections[0].points[0] is attributed to \"ann\" (Ann Lee), named here as \"Lee\"\n\
             {file}:11:3: note: sections[0].points[1] is attributed to \"bo\" (Bo Chen), named here as \"Bo Chen\"\n\
             {file}:11:15: note: sections[0].points[1] is attributed to \"ann\" (Ann Lee), named here as \"Ann Lee\"\n"
        )
    );
}

#[test]
fn the_cli_prints_warnings_and_still_converts() {
    let markdown =
        "---\nvenu: Hall\n---\n\n# T\n\n## Speakers\n\n- Ann Lee {id=ann}\n\n## Part\n\n- A point. [speakers: ann]\n";
    let path = scratch("warning.md", markdown);
    let output = briefing(["from-markdown".as_ref(), path.as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(Some(stdout(&output)), briefing_markdown::convert(markdown).json);
    let file = path.display().to_string();
    assert!(
        stderr(&output).starts_with(&format!(
            "{file}:2:1: warning: unknown front matter key \"venu\", ignored (did you mean \"venue\"?)"
        )),
        "{}",
        stderr(&output)
    );
}
