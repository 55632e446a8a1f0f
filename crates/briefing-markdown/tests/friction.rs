//! Issue 18, part 4: what the conversion of eight real event summaries got wrong. Each case is a
//! file of `fixtures/friction/` (copied from the issue's `markdown-friction/`, with the `.err` the
//! CLI printed then), or a Markdown text of its own where the issue names no file.

use briefing_markdown::{convert, Conversion};
use serde_json::Value;

fn case(name: &str) -> String {
    let path = format!("{}/tests/fixtures/friction/{name}.md", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The JSON of a conversion that must succeed.
fn json(conversion: &Conversion) -> Value {
    let json = conversion.json.as_deref().unwrap_or_else(|| panic!("errors: {:?}", conversion.diagnostics));
    serde_json::from_str(json).expect("JSON")
}

/// The diagnostics as `LINE:COLUMN: message`.
fn messages(conversion: &Conversion) -> Vec<String> {
    conversion.diagnostics.iter().map(|d| format!("{}:{}: {}", d.place.line, d.place.column, d.message)).collect()
}

/// The ids of each point's speakers, section by section.
fn point_speakers(doc: &Value) -> Vec<Vec<String>> {
    let sections = doc["sections"].as_array().expect("sections");
    let points = sections.iter().flat_map(|s| s["points"].as_array().expect("points"));
    let ids = |p: &Value| {
        p["speakers"].as_array().map_or(Vec::new(), |a| a.iter().map(|v| v.as_str().unwrap_or("").to_owned()).collect())
    };
    points.map(ids).collect()
}

// A speakers heading in the briefing's language, `## Panelists`, `## Speakers:`.

#[test]
fn panelists_is_the_speakers_heading() {
    let doc = json(&convert(&case("panelists")));
    assert_eq!(doc["speakers"][0]["name"], "Robin Niblett");
    assert_eq!(doc["sections"].as_array().map(Vec::len), Some(1), "no section of speakers");
    assert_eq!(point_speakers(&doc), vec![vec!["robin-niblett"]]);
}

#[test]
fn speakers_with_a_colon_and_in_lowercase_are_the_speakers_heading() {
    for name in ["speakers-colon", "speakers-lower"] {
        let doc = json(&convert(&case(name)));
        assert_eq!(doc["speakers"][0]["affiliation"], "Chatham House", "{name}");
        assert_eq!(doc["sections"][0]["title"], "S", "{name}");
    }
}

#[test]
fn speakers_headings_in_chinese_and_arabic() {
    let zh = "---\nlang: zh-Hans\n---\n\n# 会议\n\n## 发言人：\n\n- 朱锋——北京大学（主持） {id=zhu}\n\n## 第一部分\n\n- 朱锋说，合作很重要。\n";
    let doc = json(&convert(zh));
    assert_eq!(doc["speakers"][0]["name"], "朱锋");
    assert_eq!(point_speakers(&doc), vec![vec!["zhu"]]);
    let ar = "---\nlang: ar\n---\n\n# ندوة\n\n## المتحدثون\n\n- تركي الفيصل {id=turki}\n\n## الجلسة\n\n- قال تركي الفيصل إن الأمر مهم.\n";
    let doc = json(&convert(ar));
    assert_eq!(doc["speakers"][0]["id"], "turki");
    assert_eq!(point_speakers(&doc), vec![vec!["turki"]]);
}

#[test]
fn a_first_section_of_speaker_lines_without_a_speakers_heading_is_an_error() {
    let markdown =
        "# T\n\n## Panel members\n\n- Robin Niblett — Chatham House (director)\n\n## S\n\n- Niblett spoke.\n";
    assert_eq!(
        messages(&convert(markdown)),
        vec!["3:1: `## Panel members` reads as a section, but its first item looks like a speaker (`Name — Affiliation`); the speakers' heading is `## Speakers`"]
    );
}

// Full-width punctuation works as its ASCII twin.

#[test]
fn full_width_dash_parentheses_and_colons() {
    let markdown = "# 会议\n\n## 发言人\n\n- 朱锋——北京大学（主持） {id=zhu aliases=\"朱，朱教授\"}\n- 金灿荣 — 中国人民大学 {id=jin}\n\n\
                    ## 第一部分\n\n- **政策变化：**朱锋认为……\n- **民意**：金灿荣说……\n- 双方同意。[speakers：zhu，jin]\n";
    let doc = json(&convert(markdown));
    assert_eq!(
        doc["speakers"][0],
        serde_json::json!({ "id": "zhu", "name": "朱锋", "aliases": ["朱", "朱教授"], "affiliation": "北京大学", "role": "主持" })
    );
    let points = &doc["sections"][0]["points"];
    assert_eq!((&points[0]["label"], &points[0]["text"]), (&"政策变化".into(), &"朱锋认为……".into()));
    assert_eq!((&points[1]["label"], &points[1]["text"]), (&"民意".into(), &"金灿荣说……".into()));
    assert_eq!(point_speakers(&doc), vec![vec!["zhu"], vec!["jin"], vec!["zhu", "jin"]]);
}

// Attribution is never inferred from a name the text merely mentions.

#[test]
fn a_name_merely_mentioned_gives_no_attribution() {
    let markdown = "# T\n\n## Speakers\n\n- Wopke Hoekstra {id=hoekstra aliases=\"Hoekstra\"}\n\
                    - Christel Schaldemose {id=schaldemose aliases=\"Schaldemose\"}\n\n## Hearing\n\n\
                    - Replying to questions from MEPs, Mr. Hoekstra said that Ms. Schaldemose's proposal went too far.\n\
                    - He added that he had read the report by Schaldemose.\n\
                    - Schaldemose and Hoekstra agreed on one thing. Asked again, Hoekstra declined.\n";
    let conversion = convert(markdown);
    let doc = json(&conversion);
    assert_eq!(point_speakers(&doc), vec![vec!["hoekstra"], vec![], vec!["schaldemose", "hoekstra"]]);
    // Every inferred attribution is listed, at the words that gave it.
    let listed: Vec<_> = conversion
        .attributions
        .iter()
        .map(|a| (a.point.as_str(), a.speaker.as_str(), a.place.line, a.place.column))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("sections[0].points[0]", "hoekstra", 10, 40),
            ("sections[0].points[2]", "schaldemose", 12, 3),
            ("sections[0].points[2]", "hoekstra", 12, 19)
        ]
    );
}

#[test]
fn the_example_s_points_keep_their_speakers() {
    let markdown = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/north-korea-2013.md"))
        .expect("example");
    let fixture =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/north-korea-2013.json"))
            .expect("fixture");
    let expected: Value = serde_json::from_str(&fixture).expect("JSON");
    assert_eq!(json(&convert(&markdown)), expected);
}

// Arabic names with a prefix attached are found.

#[test]
fn arabic_names_with_a_proclitic_are_found() {
    let conversion = convert(&case("ar-clitic"));
    let doc = json(&conversion);
    // "Turki al-Faisal and Abdullah Mahmoud took part"; "he said to Turki al-Faisal that…".
    assert_eq!(point_speakers(&doc), vec![vec!["turki", "mahmoud"], vec![]]);
    let named: Vec<_> = conversion.attributions.iter().map(|a| a.named.as_str()).collect();
    assert_eq!(named, vec!["تركي الفيصل", "عبدالله محمود"]);
}

// A table, footnote, raw HTML or nested list: what it is, and what to write instead.

#[test]
fn a_table_says_what_to_write_instead() {
    assert_eq!(
        messages(&convert(&case("table"))),
        vec!["9:1: a table has no place in a briefing: write each row as a point (`- **Label:** text`)"]
    );
}

#[test]
fn a_footnote_says_what_to_write_instead() {
    let expected = "a footnote has no place in a briefing: write the note into the point's text";
    assert_eq!(messages(&convert(&case("footnote"))), vec![format!("9:17: {expected}"), format!("11:1: {expected}")]);
}

#[test]
fn raw_html_says_what_to_write_instead() {
    let advice = "has no place in a briefing: text is plain, so write the words without tags, and a blank line between paragraphs";
    assert_eq!(
        messages(&convert(&case("html"))),
        vec![
            format!("9:17: raw HTML (<br>) {advice}"),
            format!("9:26: raw HTML (<b>) {advice}"),
            format!("9:31: raw HTML (</b>) {advice}")
        ]
    );
}

#[test]
fn a_nested_list_says_what_to_write_instead() {
    assert_eq!(
        messages(&convert(&case("nested"))),
        vec!["10:3: a nested list has no place in a briefing: make each entry a point of its own, or write them as sentences of the point"]
    );
}

// Messages name things the author wrote.

#[test]
fn a_name_where_an_id_belongs_says_so() {
    assert_eq!(
        messages(&convert(&case("name-not-id"))),
        vec!["9:23: \"Robin Niblett\" is a name; points name speakers by id (\"niblett\")"]
    );
}

#[test]
fn an_unknown_speaker_suggests_the_near_id() {
    assert_eq!(
        messages(&convert(&case("unknown-speaker"))),
        vec!["9:23: unknown speaker \"niblet\" (did you mean \"niblett\"?)"]
    );
}

#[test]
fn a_shared_alias_names_the_speaker_who_has_it() {
    let markdown = "# T\n\n## Speakers\n\n- Angela Kane {id=kane aliases=\"Kane\"}\n- Tim Kane {id=tim aliases=\"Kane\"}\n\n## S\n\n- Kane spoke. [speakers: kane]\n";
    assert_eq!(
        messages(&convert(markdown)),
        vec!["6:29: speaker \"kane\" (Angela Kane) already has the alias \"Kane\""]
    );
}

#[test]
fn a_misspelt_marker_entry_suggests_the_key() {
    assert_eq!(
        messages(&convert(&case("marker-typo"))),
        vec!["5:56: unknown marker entry \"alias\" (did you mean \"aliases\"?); expected id=…, aliases=\"…, …\", title=\"…\", group=\"…\", role=…, or url=…"]
    );
}

// A trailing parenthesis in an affiliation is no longer silently a role.

#[test]
fn a_parenthesis_with_digits_stays_in_the_affiliation() {
    let doc = json(&convert(&case("trailing-paren")));
    assert_eq!(doc["speakers"][1]["affiliation"], "U.S. House of Representatives (R-TX-23)");
    assert!(doc["speakers"][1].get("role").is_none());
    assert_eq!(doc["speakers"][0]["role"], "director");
}

#[test]
fn a_role_may_be_given_in_the_marker() {
    let doc = json(&convert(&case("marker-role")));
    assert_eq!(doc["speakers"][0]["role"], "moderator");
    let markdown =
        "# T\n\n## Speakers\n\n- Ann Lee — Institute (Europe) {id=ann role=chair}\n\n## S\n\n- Ann Lee spoke.\n";
    let doc = json(&convert(markdown));
    assert_eq!(
        (&doc["speakers"][0]["affiliation"], &doc["speakers"][0]["role"]),
        (&"Institute (Europe)".into(), &"chair".into())
    );
}

// Friction cases beside the bullets.

#[test]
fn a_speaker_line_with_commas_and_no_dash_is_an_error() {
    assert_eq!(
        messages(&convert(&case("comma-speaker"))),
        vec!["5:3: the speaker line \"Robin Niblett, Director, Chatham House\" has commas but no ` — ` after the name; write `Name — Affiliation (role)`"]
    );
}

#[test]
fn two_speakers_of_the_same_name_are_told_apart_in_the_author_s_words() {
    assert_eq!(
        messages(&convert(&case("same-name"))),
        vec![
            "6:3: the id \"zhang-wei\", made from this name, is taken by speaker \"zhang-wei\" (Zhang Wei): give this one its own with {id=…}",
            "6:3: speaker \"zhang-wei\" (Zhang Wei) already has the name \"Zhang Wei\"",
        ]
    );
}

#[test]
fn the_structure_errors_of_the_other_cases_stay_as_they_were() {
    for (name, expected) in [
        ("title-and-fm", "5:1: the title is given twice: by the front matter and by this heading"),
        ("two-speaker-lists", "7:1: a second `## Speakers` section"),
        ("no-title", "1:1: no title: start with a `# Title` heading, or add `title:` to the front matter"),
        ("image-inline", "9:18: an image has no place in a briefing: describe what it shows in the text"),
        ("fm-date-invalid", "2:7: date: \"2023-02-30\" is not a real calendar date"),
        ("fm-date-text", "2:7: date: \"23 October 2017\" is not a date of the form YYYY-MM-DD"),
        ("fm-date-year", "2:7: date: \"2019\" is not a date of the form YYYY-MM-DD"),
    ] {
        assert_eq!(messages(&convert(&case(name))), vec![expected], "{name}");
    }
    let image = messages(&convert(&case("image")));
    assert_eq!(
        image.first().map(String::as_str),
        Some("11:1: an image has no place in a briefing: describe what it shows in the text")
    );
    let doc = json(&convert(&case("numbered")));
    assert_eq!(point_speakers(&doc), vec![vec!["niblett"], vec!["niblett"]]);
}
