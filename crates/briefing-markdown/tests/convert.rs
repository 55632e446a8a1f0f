//! The library's API: what the CLI prints and the studio shows, from one call.

use briefing_markdown::{convert, Place, Severity};

const MINIMAL: &str = "# Title\n\n## Speakers\n\n- Ann Lee {id=ann}\n\n## Part\n\n- Ann Lee spoke.\n";

#[test]
fn valid_markdown_gives_the_pretty_json_with_a_final_newline_and_no_diagnostics() {
    let conversion = convert(MINIMAL);
    assert!(conversion.diagnostics.is_empty(), "{:?}", conversion.diagnostics);
    let json = conversion.json.expect("JSON");
    assert!(json.starts_with("{\n  \"version\": 1,\n  \"id\": \"title\",\n"), "{json}");
    assert!(json.ends_with("}\n"));
}

#[test]
fn every_error_has_its_line_column_and_offset_and_no_json_is_given() {
    let markdown = "# T\n\n## Speakers\n\n- Ann Lee {id=ann}\n\n## Part {colour=red}\n\n- Hello.\n\n### Deep\n";
    let conversion = convert(markdown);
    assert_eq!(conversion.json, None);
    let found: Vec<_> = conversion.diagnostics.iter().map(|d| (d.severity, d.place, d.message.as_str())).collect();
    assert_eq!(
        found,
        vec![
            (
                Severity::Error,
                Place { line: 7, column: 10, offset: markdown.find("colour").unwrap() },
                "unknown marker entry \"colour\"; expected #id, theme=…, open, date=…, time=…, end-time=…, speakers=\"…\" or chair=…"
            ),
            (
                Severity::Error,
                Place { line: 11, column: 1, offset: markdown.find("###").unwrap() },
                "a level-3 heading; a briefing uses `#` for its title and `##` for speakers and sections"
            ),
        ]
    );
    assert_eq!(conversion.errors().count(), 2);
    assert_eq!(conversion.warnings().count(), 0);
}

#[test]
fn columns_count_characters_and_a_byte_order_mark_is_not_counted() {
    let markdown = "# 朱锋\n\n## Speakers\n\n- 朱锋 {id=zhu}\n\n## 部分 {#bu colour=red}\n\n- 朱锋说。\n";
    let plain = convert(markdown);
    let with_bom = convert(&format!("\u{feff}{markdown}"));
    assert_eq!(plain, with_bom);
    assert_eq!(plain.diagnostics[0].place.line, 7);
    assert_eq!(plain.diagnostics[0].place.column, 12, "`## 部分 {{#bu ` is 11 characters, 15 bytes");
}

#[test]
fn the_speakers_inferred_from_the_words_are_listed_at_the_names() {
    let markdown = "# T\n\n## Speakers\n\n- Ann Lee {id=ann aliases=\"Lee\"}\n- Bo Chen {id=bo}\n\n## Part\n\n\
                    - First.\n- **On it:** Lee said it holds, as Bo Chen noted.\n- Named. [speakers: bo]\n";
    let conversion = convert(markdown);
    assert!(conversion.json.is_some(), "{:?}", conversion.diagnostics);
    let found: Vec<_> = conversion
        .attributions
        .iter()
        .map(|a| {
            (a.point.as_str(), a.speaker.as_str(), a.name.as_str(), a.named.as_str(), a.place.line, a.place.column)
        })
        .collect();
    assert_eq!(found, vec![("sections[0].points[1]", "ann", "Ann Lee", "Lee", 11, 14)]);
}

#[test]
fn the_conversion_serializes_for_javascript() {
    let conversion = convert("# T\n\n## S {x}\n\n- A point.\n");
    let value = serde_json::to_value(&conversion).expect("serializes");
    assert_eq!(value["json"], serde_json::Value::Null);
    assert_eq!(
        value["diagnostics"][0],
        serde_json::json!({
            "severity": "error", "line": 3, "column": 7, "offset": 11,
            "message": "unknown marker entry \"x\"; expected #id, theme=…, open, date=…, time=…, end-time=…, speakers=\"…\" or chair=…"
        })
    );
}

#[test]
fn the_convention_is_the_crate_s_markdown_file() {
    assert!(briefing_markdown::CONVENTION.contains("[speakers: id, id]"));
    assert_eq!(briefing_markdown::CONVENTION, include_str!("../convention.md"));
}
