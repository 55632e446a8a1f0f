//! `briefing from-markdown`: the shipped example becomes the shared fixture, and broken Markdown is
//! reported at its line and column.

mod common;

use common::{briefing, code, fixture, repo, scratch, stderr, stdout};
use serde_json::Value;

/// Converts Markdown text written to a scratch file; returns the file's path as printed, and the output.
fn convert(name: &str, markdown: &str) -> (String, std::process::Output) {
    let path = scratch(name, markdown);
    let output = briefing(["from-markdown".as_ref(), path.as_os_str()]);
    (path.display().to_string(), output)
}

/// The error lines for a Markdown text, with the file name replaced by `FILE`.
fn errors(name: &str, markdown: &str) -> Vec<String> {
    let (file, output) = convert(name, markdown);
    assert_eq!(code(&output), 1, "{name}: {}", stdout(&output));
    assert!(stdout(&output).is_empty(), "{name}");
    stderr(&output).lines().map(|line| line.replacen(&file, "FILE", 1)).collect()
}

const MINIMAL: &str = "# Title\n\n## Speakers\n\n- Ann Lee {id=ann}\n\n## Part\n\n- Ann Lee spoke.\n";

#[test]
fn the_example_converts_to_the_shared_fixture() {
    let output = briefing(["from-markdown".as_ref(), repo("examples/north-korea-2013.md").as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let converted: Value = serde_json::from_str(&stdout(&output)).expect("JSON on stdout");
    let expected: Value =
        serde_json::from_slice(&std::fs::read(fixture("north-korea-2013.json")).expect("fixture")).expect("JSON");
    assert_eq!(converted, expected);
}

#[test]
fn windows_line_endings_and_a_byte_order_mark_change_nothing() {
    let example = std::fs::read_to_string(repo("examples/north-korea-2013.md")).expect("example");
    let crlf = format!("\u{feff}{}", example.replace('\n', "\r\n"));
    let (_, output) = convert("crlf.md", &crlf);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let plain = briefing(["from-markdown".as_ref(), repo("examples/north-korea-2013.md").as_os_str()]);
    assert_eq!(stdout(&output), stdout(&plain));
}

#[test]
fn defaults_ids_from_titles_and_speakers_from_mentions() {
    let (_, output) = convert("minimal.md", MINIMAL);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(doc["id"], "title");
    assert_eq!(doc["sections"][0]["id"], "part");
    assert!(doc["sections"][0].get("open").is_none());
    assert_eq!(doc["sections"][0]["points"][0], serde_json::json!({ "text": "Ann Lee spoke.", "speakers": ["ann"] }));
}

#[test]
fn speaker_items_give_affiliation_role_aliases_url_and_bio() {
    let markdown = "---\ntitle: T\n---\n\n## Speakers\n\n\
                    - Zhu Feng — Peking University (panelist) {aliases=\"Zhu, Feng\" url=https://example.org/zhu}\n  \
                    Professor of international relations,\n  at Peking University.\n\n  \
                    Second paragraph.\n\n## S {#s open}\n\n- **Label**: Zhu said it. [speakers: zhu-feng]\n";
    let (_, output) = convert("speakers.md", markdown);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(
        doc["speakers"][0],
        serde_json::json!({
            "id": "zhu-feng",
            "name": "Zhu Feng",
            "aliases": ["Zhu", "Feng"],
            "affiliation": "Peking University",
            "role": "panelist",
            "bio": "Professor of international relations, at Peking University.\n\nSecond paragraph.",
            "url": "https://example.org/zhu"
        })
    );
    assert_eq!(doc["sections"][0]["open"], true);
    assert_eq!(doc["sections"][0]["points"][0]["label"], "Label");
}

#[test]
fn a_missing_title_is_reported_at_the_start() {
    let lines = errors("no-title.md", "Summary.\n\n## Speakers\n\n- Ann {id=ann}\n\n## Part\n\n- Ann spoke.\n");
    assert_eq!(lines, vec!["FILE:1:1: no title: start with a `# Title` heading, or add `title:` to the front matter"]);
}

#[test]
fn an_unknown_speaker_in_an_explicit_list_is_placed_at_its_id() {
    let markdown = "# T\n\n## Speakers\n\n- Ann Lee {id=ann}\n\n## Part\n\n- Hello. [speakers: ann, zhou]\n";
    assert_eq!(errors("unknown-speaker.md", markdown), vec!["FILE:9:26: unknown speaker \"zhou\""]);
}

#[test]
fn bad_heading_markers_are_placed_at_the_entry() {
    let unknown = MINIMAL.replace("## Part", "## Part {#part colour=red}");
    assert_eq!(
        errors("marker-unknown.md", &unknown),
        vec!["FILE:7:16: unknown marker entry \"colour\"; expected #id, theme=…, open, date=…, time=…, end-time=…, speakers=\"…\" or chair=…"]
    );
    let unclosed = MINIMAL.replace("## Part", "## Part {#part theme=x");
    assert_eq!(errors("marker-unclosed.md", &unclosed), vec!["FILE:7:9: a `{` starts a marker that no `}` closes"]);
    let bad_slug = MINIMAL.replace("## Part", "## Part {#Part}");
    assert_eq!(
        errors("marker-slug.md", &bad_slug),
        vec![
            "FILE:7:11: sections[0].id: \"Part\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)"
        ]
    );
}

#[test]
fn front_matter_and_structure_errors_are_all_listed_in_order() {
    let markdown = "---\nid: x\ncolour: red\ndate: 2013-02-30\n---\n\n# T\n\n- stray\n\n### Deep\n\n## Speakers\n\n- 𓀀𓀁\n\n## S\n\n- A point.\n\nStray text.\n";
    let keys = "id, title, date, end-date, time, end-time, time-zone, lang, status, source, source-label, organizer, \
                organizer-about, organizer-url, venue, venue-address, venue-url, attendance, series, series-edition, \
                series-url, event, recording, transcript, report, slides, write-up, link, byline, published, updated, \
                translation";
    assert_eq!(
        errors("structure.md", markdown),
        vec![
            format!("FILE:3:1: warning: unknown front matter key \"colour\", ignored; the keys are {keys}"),
            "FILE:9:1: a list before any `## Speakers` or section heading".to_owned(),
            "FILE:11:1: a level-3 heading; a briefing uses `#` for its title and `##` for speakers and sections"
                .to_owned(),
            "FILE:15:3: cannot derive an id from \"𓀀𓀁\"; give one in a marker, such as {id=name} or {#name}".to_owned(),
            "FILE:21:1: a paragraph after the points of `## S`: a section's summary comes before its points, and a \
             point's own paragraphs are indented under its item"
                .to_owned(),
        ]
    );
}

#[test]
fn format_rules_are_placed_at_the_markdown_that_broke_them() {
    let markdown = "---\ndate: 2013-02-30\nsource: javascript:alert(1)\n---\n\n# T\n\n## Speakers\n\n- Ann {id=ann}\n- Bob {id=ann}\n\n## S\n";
    assert_eq!(
        errors("rules.md", markdown),
        vec![
            "FILE:2:7: date: \"2013-02-30\" is not a real calendar date",
            "FILE:3:9: source.url: only http and https URLs are allowed",
            "FILE:11:11: speakers[1].id: duplicate id \"ann\"",
            "FILE:13:1: sections[0].points: must not be empty",
        ]
    );
}

#[test]
fn an_unreadable_file_is_exit_code_2() {
    let output = briefing(["from-markdown", "/no/such/briefing.md"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("cannot read /no/such/briefing.md"), "{}", stderr(&output));
}

#[test]
fn the_convention_is_in_the_help_and_the_readme() {
    let convention = include_str!("../../briefing-markdown/convention.md");
    let help = stdout(&briefing(["from-markdown", "--help"]));
    assert!(help.contains("[speakers: id, id]") && help.contains("## Speakers"), "{help}");
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    assert!(readme.contains(convention.trim()), "README.md must quote crates/briefing-markdown/convention.md verbatim");
}

/// Ids made from titles and names keep their letters, transliterated to a-z: "Café" is `cafe`,
/// "Zhū Fēng" and "朱锋" are `zhu-feng`.
#[test]
fn ids_made_from_non_ascii_titles_and_names_are_transliterated() {
    let markdown = "# Café Policy\n\n## Speakers\n\n- Zhū Fēng\n- 朱锋 {aliases=\"Zhu\"}\n- Ann Lee {id=ann}\n\n\
                    ## Über Wasser\n\n- Ann Lee spoke. [speakers: ann]\n\n## الأمن المائي\n\n- Ann Lee spoke.\n";
    let (_, output) = convert("accents.md", markdown);
    // Two speakers with the same id are an error of the format: the Chinese one is named apart.
    let markdown_distinct = markdown.replace("- 朱锋 {aliases=\"Zhu\"}", "- 朱锋先生 {aliases=\"Zhu\"}");
    let (_, distinct) = convert("accents-distinct.md", &markdown_distinct);
    assert_eq!(code(&distinct), 0, "{}", stderr(&distinct));
    let doc: Value = serde_json::from_str(&stdout(&distinct)).expect("JSON");
    assert_eq!(doc["id"], "cafe-policy");
    assert_eq!(doc["speakers"][0]["id"], "zhu-feng");
    assert_eq!(doc["speakers"][1]["id"], "zhu-feng-xian-sheng");
    assert_eq!(doc["sections"][0]["id"], "uber-wasser");
    // Arabic is written without short vowels, and so is its transliteration.
    assert_eq!(doc["sections"][1]["id"], "l-mn-lmy-y");
    // The same transliteration twice is the format's duplicate-id error, at the second name.
    assert_eq!(code(&output), 1, "{}", stdout(&output));
    assert!(
        stderr(&output).contains(
            ":6:3: the id \"zhu-feng\", made from this name, is taken by speaker \"zhu-feng\" (Zhū Fēng): give this one its own with {id=…}"
        ),
        "{}",
        stderr(&output)
    );
}

/// Text with nothing to transliterate (punctuation, Egyptian hieroglyphs, private-use
/// characters) gives no id: an error at the heading that asks for one.
#[test]
fn a_title_with_nothing_to_transliterate_asks_for_an_id() {
    let markdown = MINIMAL.replace("## Part", "## 𓀀𓀁 — …");
    assert_eq!(
        errors("no-letters.md", &markdown),
        vec!["FILE:7:4: cannot derive an id from \"𓀀𓀁 — …\"; give one in a marker, such as {id=name} or {#name}"]
    );
}
