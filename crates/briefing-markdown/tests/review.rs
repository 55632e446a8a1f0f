//! Issue 19, items 13 and 14 (the December review): braces in titles, and front matter that
//! starts with a blank line.

use briefing_markdown::convert;
use serde_json::Value;

/// The JSON of a Markdown text that must convert, as a value.
fn json(markdown: &str) -> Value {
    let conversion = convert(markdown);
    let messages: Vec<_> = conversion.diagnostics.iter().map(|d| (d.place.line, d.message.clone())).collect();
    let json = conversion.json.unwrap_or_else(|| panic!("errors: {messages:?}"));
    serde_json::from_str(&json).expect("JSON")
}

/// The diagnostics of a Markdown text as `LINE:COLUMN: message`.
fn messages(markdown: &str) -> Vec<String> {
    convert(markdown)
        .diagnostics
        .iter()
        .map(|d| format!("{}:{}: {}", d.place.line, d.place.column, d.message))
        .collect()
}

#[test]
fn braces_in_a_title_are_text_unless_they_end_it_as_a_marker() {
    let doc = json("# Sets {A, B}\n\n## Choosing {A, B}\n\n- A point.\n\n## The {x} factor\n\n- Another.\n");
    assert_eq!(doc["title"], "Sets {A, B}");
    assert_eq!(doc["sections"][0]["title"], "Choosing {A, B}");
    assert_eq!(doc["sections"][0]["id"], "choosing-a-b");
    assert_eq!(doc["sections"][1]["title"], "The {x} factor");
    // A marker after braced text is still a marker.
    let doc = json("# Sets\n\n## The {x} factor {#x-factor open}\n\n- A point.\n");
    assert_eq!(
        (&doc["sections"][0]["title"], &doc["sections"][0]["id"]),
        (&"The {x} factor".into(), &"x-factor".into())
    );
    assert_eq!(doc["sections"][0]["open"], true);
}

#[test]
fn a_backslash_escapes_a_brace_that_would_be_a_marker() {
    let doc = json("# Sets\n\n## The \\{x\\} factor\n\n- A point.\n\n## Keys \\{open}\n\n- Another.\n");
    assert_eq!(doc["sections"][0]["title"], "The {x} factor");
    assert_eq!(doc["sections"][1]["title"], "Keys {open}");
    assert!(doc["sections"][1].get("open").is_none(), "an escaped marker sets nothing");
    // Speakers too: an escaped brace is part of the name line.
    let doc =
        json("# T\n\n## Speakers\n\n- Ann Lee — The \\{Brace\\} Institute {id=ann}\n\n## S\n\n- Ann Lee spoke.\n");
    assert_eq!(doc["speakers"][0]["affiliation"], "The {Brace} Institute");
}

#[test]
fn a_trailing_marker_with_a_typo_is_still_reported() {
    assert_eq!(
        messages("# T\n\n## S {#s opne}\n\n- A point.\n"),
        vec!["3:10: unknown marker entry \"opne\" (did you mean \"open\"?); expected #id, theme=…, open, date=…, time=…, end-time=…, speakers=\"…\" or chair=…"]
    );
    assert_eq!(
        messages("# T\n\n## S {#s theme=x\n\n- A point.\n"),
        vec!["3:6: a `{` starts a marker that no `}` closes"]
    );
}

#[test]
fn front_matter_may_start_with_a_blank_line() {
    let doc = json("---\n\nid: spaced\n---\n\n# T\n\n## S {#s}\n\n- A point.\n");
    assert_eq!(doc["id"], "spaced");
    assert_eq!(doc["title"], "T");
    // Its errors are placed on their own lines.
    assert_eq!(
        messages("---\n\n\nid: Spaced\n---\n\n# T\n\n## S {#s}\n\n- A point.\n"),
        vec!["4:5: id: \"Spaced\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)"]
    );
}

#[test]
fn front_matter_without_its_closing_line_is_one_clear_error() {
    assert_eq!(
        messages("---\nid: open\n\n# T\n\n## S\n\n- A point.\n"),
        vec!["1:1: the front matter has no closing `---` line"]
    );
}
