//! Native tests of the model: every rule of `briefing-format.md`, the shared examples, and mentions.
#![cfg(not(target_arch = "wasm32"))]

use briefing_widget::model::{parse_briefing, BriefingError, MentionFinder, Run, MAX_DOCUMENT_BYTES};
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("fixtures/north-korea-2013.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).expect("the example is JSON")
}

/// The messages a partner sees for the example after `edit`.
fn errors_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut doc = example();
    edit(&mut doc);
    match parse_briefing(doc.to_string().as_bytes()) {
        Ok(_) => Vec::new(),
        Err(error) => error.messages(),
    }
}

fn assert_rejected(edit: impl FnOnce(&mut Value), expected: &str) {
    let errors = errors_after(edit);
    assert!(errors.iter().any(|e| e == expected), "expected {expected:?} among {errors:?}");
}

fn assert_accepted(edit: impl FnOnce(&mut Value)) {
    let errors = errors_after(edit);
    assert!(errors.is_empty(), "expected no errors, got {errors:?}");
}

#[test]
fn the_example_parses_with_everything_in_place() {
    let briefing = parse_briefing(EXAMPLE.as_bytes()).expect("valid");
    assert_eq!(briefing.id, "dealing-with-north-korea-2013");
    assert_eq!(briefing.date.map(|d| d.to_string()).as_deref(), Some("2013-04-29"));
    assert_eq!(briefing.speakers.len(), 6);
    assert_eq!(briefing.sections.len(), 4);
    assert!(briefing.sections[0].open && !briefing.sections[1].open);
    assert_eq!(briefing.sections[0].points[0].speakers, vec![0, 3, 4]);
    assert_eq!(briefing.summary_paragraphs().len(), 2);
    assert_eq!(briefing.source.as_ref().map(|s| s.url.starts_with("https://")), Some(true));
}

const EXAMPLE_1_1: &str = include_str!("fixtures/arctic-futures-2026.json");

#[test]
fn the_version_1_1_example_parses_with_every_new_field() {
    use briefing_widget::model::{check_briefing, Attendance, LinkKind};
    let checked = check_briefing(EXAMPLE_1_1.as_bytes());
    assert!(checked.warnings.is_empty(), "{:?}", checked.warnings);
    let briefing = checked.result.expect("valid");
    assert!(briefing.end_date.is_some() && briefing.time.is_some() && briefing.end_time.is_some());
    assert_eq!(briefing.time_zone.as_deref(), Some("Europe/London"));
    assert!(briefing.venue.as_ref().is_some_and(|v| v.address.is_some() && v.url.is_some()));
    assert_eq!(briefing.attendance, Some(Attendance::Hybrid));
    assert_eq!(briefing.organizers.len(), 2);
    assert!(briefing.series.as_ref().is_some_and(|s| s.edition.is_some()));
    assert_eq!(briefing.recording().map(|l| l.kind), Some(LinkKind::Recording));
    assert!(briefing.links.len() >= 5 && briefing.byline.is_some() && briefing.published.is_some());
    assert!(briefing.updated.is_some() && briefing.status.is_some() && !briefing.translations.is_empty());
    assert!(briefing.speakers.iter().any(|s| s.title.is_some()) && briefing.speakers.iter().any(|s| s.group.is_some()));
    let sections = &briefing.sections;
    assert!(sections[0].points.is_empty() && sections[0].summary.is_some() && sections[0].chair.is_some());
    assert!(sections
        .iter()
        .any(|s| s.date.is_some() && s.time.is_some() && s.end_time.is_some() && !s.speakers.is_empty()));
    let points: Vec<_> = sections.iter().flat_map(|s| &s.points).collect();
    assert!(points.iter().any(|p| p.quote) && points.iter().any(|p| p.attribution.is_some()));
    assert!(points.iter().any(|p| p.question.as_ref().is_some_and(|q| q.by.is_some())));
    assert!(points.iter().any(|p| p.question.as_ref().is_some_and(|q| q.by_name.is_some())));
    assert!(points.iter().any(|p| p.at.is_some()) && points.iter().any(|p| !p.links.is_empty()));
    assert!(points.iter().any(|p| p.id.is_some()) && points.iter().any(|p| p.text.contains("\n\n")));
}

#[test]
fn each_shared_invalid_example_is_rejected_naming_the_field() {
    let table =
        std::fs::read_to_string(format!("{}/tests/fixtures/invalid-messages.tsv", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let cases: Vec<(&str, &str)> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect();
    assert_eq!(cases.len(), 6, "one line per shared invalid example but truncated.json");
    for (file, expected) in cases {
        let bytes = std::fs::read(format!("{}/tests/fixtures/invalid/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let messages = parse_briefing(&bytes).expect_err(file).messages();
        // Other problems may follow (the duplicate leaves "zhang" unknown), but this one leads.
        assert_eq!(messages.first().map(String::as_str), Some(expected), "{file}: {messages:?}");
    }
}

#[test]
fn a_truncated_document_is_a_syntax_error_with_line_and_column() {
    let bytes = std::fs::read(format!("{}/tests/fixtures/invalid/truncated.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let error = parse_briefing(&bytes).expect_err("truncated");
    assert!(matches!(error, BriefingError::Syntax { line, .. } if line > 1), "{error:?}");
    assert!(error.to_string().starts_with("line "), "{error}");
    assert!(error.to_string().contains("cut short"), "{error}");
}

#[test]
fn syntax_errors_name_line_and_column() {
    let error = parse_briefing(b"{\n  \"version\": 1\n  \"id\": \"x\"\n}").expect_err("bad");
    assert_eq!(error.to_string(), "line 3, column 3: expected ',' or '}'");
}

#[test]
fn the_two_mebibyte_limit() {
    let mut doc = example();
    doc["summary"] = json!("x".repeat(3 * 1024 * 1024));
    let error = parse_briefing(doc.to_string().as_bytes()).expect_err("too large");
    assert_eq!(error.to_string(), "document is 3.0 MiB; the limit is 2 MiB");
    // Exactly at the limit is allowed (padding with whitespace keeps it valid).
    let mut bytes = EXAMPLE.as_bytes().to_vec();
    bytes.resize(MAX_DOCUMENT_BYTES, b' ');
    assert!(parse_briefing(&bytes).is_ok());
    bytes.push(b' ');
    assert!(matches!(parse_briefing(&bytes), Err(BriefingError::TooLarge { .. })));
}

#[test]
fn the_document_must_be_an_object() {
    assert_eq!(parse_briefing(b"[]").unwrap_err().messages(), vec!["document: expected an object, found an array"]);
}

#[test]
fn version_must_be_the_integer_one() {
    assert_rejected(|d| d["version"] = json!("1"), "version: expected an integer, found text");
    assert_rejected(|d| d["version"] = json!(1.0), "version: expected an integer, found a number");
    assert_rejected(|d| d["version"] = json!(0), "version: unsupported version 0 (this widget reads version 1)");
    assert_rejected(
        |d| d.as_object_mut().unwrap().remove("version").map(drop).unwrap(),
        "version: required field is missing",
    );
}

#[test]
fn ids_are_slugs() {
    assert_rejected(
        |d| d["id"] = json!("North Korea"),
        "id: \"North Korea\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)",
    );
    assert_rejected(
        |d| d["id"] = json!("-x"),
        "id: \"-x\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)",
    );
    assert_rejected(
        |d| d["speakers"][0]["id"] = json!("Flake"),
        "speakers[0].id: \"Flake\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)",
    );
    assert_rejected(
        |d| d["sections"][1]["id"] = json!("a".repeat(65)),
        &format!(
            "sections[1].id: \"{}\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)",
            "a".repeat(65)
        ),
    );
    assert_rejected(
        |d| d["sections"][1]["theme"] = json!("Red"),
        "sections[1].theme: \"Red\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)",
    );
    assert_accepted(|d| d["id"] = json!("a".repeat(64)));
}

#[test]
fn titles_and_names_have_lengths_in_code_points() {
    assert_accepted(|d| d["title"] = json!("朝".repeat(300)));
    assert_rejected(|d| d["title"] = json!("朝".repeat(301)), "title: is 301 characters; at most 300 are allowed");
    assert_rejected(|d| d["title"] = json!(""), "title: must not be empty");
    assert_rejected(|d| d["sections"][0]["title"] = json!(""), "sections[0].title: must not be empty");
    assert_rejected(
        |d| d["sections"][0]["title"] = json!("x".repeat(301)),
        "sections[0].title: is 301 characters; at most 300 are allowed",
    );
    assert_accepted(|d| d["speakers"][0]["name"] = json!("é".repeat(200)));
    assert_rejected(
        |d| d["speakers"][0]["name"] = json!("é".repeat(201)),
        "speakers[0].name: is 201 characters; at most 200 are allowed",
    );
    assert_rejected(|d| d["speakers"][0]["name"] = json!(""), "speakers[0].name: must not be empty");
    assert_accepted(|d| d["sections"][0]["points"][0]["text"] = json!("ü".repeat(10_000)));
    assert_rejected(
        |d| d["sections"][0]["points"][0]["text"] = json!("ü".repeat(10_001)),
        "sections[0].points[0].text: is 10001 characters; at most 10000 are allowed",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["text"] = json!(""),
        "sections[0].points[0].text: must not be empty",
    );
}

#[test]
fn required_fields_are_reported_missing() {
    for (edit_path, field, expected) in [
        ("", "id", "id: required field is missing"),
        ("", "speakers", "speakers: required field is missing"),
        ("/speakers/1", "name", "speakers[1].name: required field is missing"),
        ("/speakers/1", "id", "speakers[1].id: required field is missing"),
        ("/sections/2", "title", "sections[2].title: required field is missing"),
        ("/sections/2", "points", "sections[2].points: required field is missing"),
        ("/sections/2/points/1", "text", "sections[2].points[1].text: required field is missing"),
        ("/source", "url", "source.url: required field is missing"),
        ("/organizer", "name", "organizer.name: required field is missing"),
    ] {
        assert_rejected(|d| drop(d.pointer_mut(edit_path).unwrap().as_object_mut().unwrap().remove(field)), expected);
    }
}

#[test]
fn a_misspelt_required_field_is_missing_and_unknown_fields_are_ignored() {
    assert_rejected(
        |d| {
            let title = d.as_object_mut().unwrap().remove("title").unwrap();
            d["titel"] = title;
        },
        "title: required field is missing",
    );
    assert_accepted(|d| {
        d["future"] = json!({"anything": [1, 2]});
        d["speakers"][0]["pronouns"] = json!("he/him");
        d["sections"][0]["points"][0]["quote"] = json!(true);
    });
}

#[test]
fn null_is_the_same_as_absent_for_optional_fields() {
    assert_accepted(|d| {
        for field in ["date", "lang", "summary", "source", "organizer"] {
            d[field] = Value::Null;
        }
        d["speakers"][0]["aliases"] = Value::Null;
        d["speakers"][0]["bio"] = Value::Null;
        d["speakers"][0]["url"] = Value::Null;
        d["sections"][0]["theme"] = Value::Null;
        d["sections"][0]["open"] = Value::Null;
        d["sections"][0]["points"][0]["label"] = Value::Null;
        d["sections"][0]["points"][0]["speakers"] = Value::Null;
    });
    assert_rejected(|d| d["title"] = Value::Null, "title: required field is missing");
}

#[test]
fn fields_have_types() {
    assert_rejected(|d| d["title"] = json!(42), "title: expected text, found an integer");
    assert_rejected(|d| d["summary"] = json!(["a"]), "summary: expected text, found an array");
    assert_rejected(|d| d["source"] = json!("https://example.org"), "source: expected an object, found text");
    assert_rejected(|d| d["speakers"] = json!({}), "speakers: expected an array, found an object");
    assert_rejected(
        |d| d["speakers"][0]["aliases"][0] = json!(7),
        "speakers[0].aliases[0]: expected text, found an integer",
    );
    assert_rejected(|d| d["sections"][0]["open"] = json!("yes"), "sections[0].open: expected a boolean, found text");
    assert_rejected(
        |d| d["sections"][0]["points"][0] = json!("text"),
        "sections[0].points[0]: expected an object, found text",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["speakers"][0] = json!(1.5),
        "sections[0].points[0].speakers[0]: expected text, found a number",
    );
}

#[test]
fn dates_are_real_calendar_dates() {
    assert_accepted(|d| d["date"] = json!("2024-02-29"));
    assert_rejected(|d| d["date"] = json!("2013-02-29"), "date: \"2013-02-29\" is not a real calendar date");
    assert_rejected(
        |d| d["date"] = json!("29 April 2013"),
        "date: \"29 April 2013\" is not a date of the form YYYY-MM-DD",
    );
}

#[test]
fn lang_is_a_language_tag() {
    assert_accepted(|d| d["lang"] = json!("zh-Hans"));
    assert_rejected(
        |d| d["lang"] = json!("Chinese (simplified)"),
        "lang: \"Chinese (simplified)\" is not a BCP 47 language tag (such as en, zh-Hans or ar)",
    );
}

#[test]
fn urls_are_http_or_https_only() {
    assert_rejected(
        |d| d["source"]["url"] = json!("javascript:alert(1)"),
        "source.url: only http and https URLs are allowed",
    );
    assert_rejected(
        |d| d["organizer"]["url"] = json!("data:text/html,hi"),
        "organizer.url: only http and https URLs are allowed",
    );
    assert_rejected(
        |d| d["speakers"][2]["url"] = json!("ftp://example.org/zhu"),
        "speakers[2].url: only http and https URLs are allowed",
    );
    // An http(s) URL that is cut short or has spaces is named as such, with its value.
    assert_rejected(
        |d| d["source"]["url"] = json!("https://"),
        "source.url: \"https://\" is not a complete URL: it needs a host after the scheme, and no spaces or control characters",
    );
    assert_rejected(
        |d| d["speakers"][0]["url"] = json!("https://example.org/a page"),
        "speakers[0].url: \"https://example.org/a page\" is not a complete URL: it needs a host after the scheme, and no spaces or control characters",
    );
    assert_accepted(|d| {
        d["organizer"]["url"] = json!("http://example.org/asia");
        d["speakers"][2]["url"] = json!("https://example.org/zhu");
    });
}

#[test]
fn counts_have_limits() {
    let speakers = |n: usize| {
        let list: Vec<Value> = (0..n).map(|i| json!({"id": format!("s{i}"), "name": format!("Speaker {i}")})).collect();
        move |d: &mut Value| {
            d["speakers"] = Value::Array(list);
            d["sections"] = json!([{"id": "s", "title": "S", "points": [{"text": "Nobody is named."}]}]);
        }
    };
    assert_accepted(speakers(0));
    assert_accepted(speakers(200));
    assert_rejected(speakers(201), "speakers: has 201 entries; at most 200 are allowed");
    let section = |i: usize| json!({"id": format!("s{i}"), "title": "T", "points": [{"text": "x"}]});
    assert_accepted(|d| d["sections"] = Value::Array((0..500).map(section).collect()));
    assert_rejected(
        |d| d["sections"] = Value::Array((0..501).map(section).collect()),
        "sections: has 501 entries; at most 500 are allowed",
    );
    assert_rejected(|d| d["sections"] = json!([]), "sections: must not be empty");
    let point = json!({"text": "x"});
    assert_accepted(|d| d["sections"][0]["points"] = Value::Array(vec![point.clone(); 500]));
    assert_rejected(
        |d| d["sections"][0]["points"] = Value::Array(vec![point.clone(); 501]),
        "sections[0].points: has 501 entries; at most 500 are allowed",
    );
    assert_rejected(|d| d["sections"][3]["points"] = json!([]), "sections[3].points: must not be empty");
}

#[test]
fn ids_are_unique() {
    assert_rejected(|d| d["speakers"][4]["id"] = json!("jin"), "speakers[4].id: duplicate id \"jin\"");
    assert_rejected(|d| d["sections"][2]["id"] = json!("drivers"), "sections[2].id: duplicate id \"drivers\"");
}

#[test]
fn a_name_or_alias_shared_by_two_speakers_is_an_error() {
    assert_rejected(
        |d| d["speakers"][4]["aliases"][0] = json!("Jin"),
        "speakers[4].aliases[0]: \"Jin\" already names speakers[1]",
    );
    assert_rejected(
        |d| d["speakers"][3]["name"] = json!("Flake"),
        "speakers[3].name: \"Flake\" already names speakers[0]",
    );
    // One speaker may repeat its own name.
    assert_accepted(|d| d["speakers"][0]["aliases"] = json!(["Flake", "L. Gordon Flake"]));
}

#[test]
fn point_speakers_must_exist() {
    assert_rejected(
        |d| d["sections"][2]["points"][0]["speakers"][1] = json!("zhou"),
        "sections[2].points[0].speakers[1]: unknown speaker \"zhou\"",
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let errors = errors_after(|d| {
        d["title"] = json!("");
        d["date"] = json!("2013-13-13");
        d["source"]["url"] = json!("javascript:void(0)");
        d["sections"][3]["points"][0]["speakers"][0] = json!("nobody");
    });
    assert_eq!(
        errors,
        vec![
            "title: must not be empty",
            "date: \"2013-13-13\" is not a real calendar date",
            "source.url: only http and https URLs are allowed",
            "sections[3].points[0].speakers[0]: unknown speaker \"nobody\"",
        ]
    );
}

fn finder_for(speakers: Value) -> MentionFinder {
    let mut doc = example();
    doc["speakers"] = speakers;
    doc["sections"] = json!([{"id": "s", "title": "S", "points": [{"text": "x"}]}]);
    MentionFinder::new(&parse_briefing(doc.to_string().as_bytes()).expect("valid"))
}

/// The runs of `text` as (words, Some(speaker)) pairs, mentions only.
fn mentions(finder: &MentionFinder, text: &str) -> Vec<(String, usize)> {
    let runs = finder.split(text);
    assert_eq!(runs.iter().map(Run::as_str).collect::<String>(), text, "runs concatenate back");
    runs.into_iter()
        .filter_map(|run| match run {
            Run::Mention(m) => Some((m.text.to_owned(), m.speaker)),
            Run::Plain(_) => None,
        })
        .collect()
}

#[test]
fn mentions_are_leftmost_longest_whole_words() {
    let finder = MentionFinder::new(&parse_briefing(EXAMPLE.as_bytes()).unwrap());
    let found = mentions(&finder, "Zhu Feng and Zhu spoke; Zhuang did not. Jin's view, JIN, Flake.");
    assert_eq!(found, vec![("Zhu Feng".into(), 2), ("Zhu".into(), 2), ("Jin".into(), 1), ("Flake".into(), 0)]);
}

#[test]
fn a_longer_name_that_is_not_a_whole_word_does_not_hide_a_shorter_one() {
    let finder = finder_for(json!([
        {"id": "a", "name": "Zhu Feng"},
        {"id": "b", "name": "Zhu"},
    ]));
    assert_eq!(mentions(&finder, "Zhu Fengxi met Zhu."), vec![("Zhu".into(), 1), ("Zhu".into(), 1)]);
}

#[test]
fn mentions_are_found_in_text_written_without_spaces() {
    let finder = finder_for(json!([
        {"id": "zhu", "name": "朱锋", "aliases": ["Zhu"]},
        {"id": "yamada", "name": "山田"},
        {"id": "somchai", "name": "สมชาย"},
    ]));
    assert_eq!(mentions(&finder, "朱锋说，中国的政策正在改变。"), vec![("朱锋".into(), 0)]);
    assert_eq!(mentions(&finder, "山田さんによると"), vec![("山田".into(), 1)]);
    assert_eq!(mentions(&finder, "คุณสมชายกล่าว"), vec![("สมชาย".into(), 2)]);
    assert_eq!(mentions(&finder, "Zhu说"), vec![("Zhu".into(), 0)]);
    assert!(mentions(&finder, "Zhuhai").is_empty());
}

#[test]
fn text_without_speakers_is_one_plain_run() {
    let finder = finder_for(json!([]));
    assert_eq!(finder.split("Nobody here."), vec![Run::Plain("Nobody here.")]);
    assert!(finder.split("").is_empty());
}

#[test]
fn every_optional_field_has_a_type() {
    for (edit_path, field, value, expected) in [
        ("/source", "label", json!(1), "source.label: expected text, found an integer"),
        ("/organizer", "about", json!(["x"]), "organizer.about: expected text, found an array"),
        ("/organizer", "name", json!(false), "organizer.name: expected text, found a boolean"),
        ("/speakers/0", "aliases", json!("Flake"), "speakers[0].aliases: expected an array, found text"),
        ("/speakers/0", "affiliation", json!({}), "speakers[0].affiliation: expected text, found an object"),
        ("/speakers/0", "role", json!(2.5), "speakers[0].role: expected text, found a number"),
        ("/speakers/0", "bio", json!(true), "speakers[0].bio: expected text, found a boolean"),
        ("/speakers/0", "url", json!(7), "speakers[0].url: expected text, found an integer"),
        ("/sections/0", "theme", json!(1), "sections[0].theme: expected text, found an integer"),
        ("/sections/0", "points", json!("x"), "sections[0].points: expected an array, found text"),
        ("/sections/0/points/0", "label", json!([]), "sections[0].points[0].label: expected text, found an array"),
        (
            "/sections/0/points/0",
            "speakers",
            json!("flake"),
            "sections[0].points[0].speakers: expected an array, found text",
        ),
        ("", "date", json!(20130429), "date: expected text, found an integer"),
        ("", "lang", json!(null), ""),
        ("", "organizer", json!([]), "organizer: expected an object, found an array"),
        ("", "sections", json!({}), "sections: expected an array, found an object"),
        ("", "id", json!(1), "id: expected text, found an integer"),
    ] {
        let errors = errors_after(|d| d.pointer_mut(edit_path).unwrap()[field] = value);
        if expected.is_empty() {
            assert!(errors.is_empty(), "{edit_path}/{field}: {errors:?}");
        } else {
            assert!(errors.iter().any(|e| e == expected), "expected {expected:?} among {errors:?}");
        }
    }
}

#[test]
fn array_entries_must_be_objects() {
    assert_rejected(|d| d["speakers"][1] = json!("Jin"), "speakers[1]: expected an object, found text");
    assert_rejected(|d| d["sections"][2] = json!(null), "sections[2]: expected an object, found null");
    assert_rejected(|d| d["sections"][2] = json!([1]), "sections[2]: expected an object, found an array");
}

#[test]
fn versions_other_than_one_are_named() {
    assert_rejected(|d| d["version"] = json!(-1), "version: unsupported version -1 (this widget reads version 1)");
    assert_rejected(
        |d| d["version"] = json!(u64::MAX),
        "version: unsupported version 18446744073709551615 (this widget reads version 1)",
    );
    assert_rejected(|d| d["version"] = json!(true), "version: expected an integer, found a boolean");
    // Another version's rules are not this one's: nothing else is reported.
    assert_eq!(
        errors_after(|d| {
            d["version"] = json!(2);
            d["title"] = json!(7);
        }),
        vec!["version: unsupported version 2 (this widget reads version 1)"]
    );
}

#[test]
fn a_required_field_set_to_null_is_missing_at_any_depth() {
    assert_rejected(|d| d["speakers"][0]["name"] = Value::Null, "speakers[0].name: required field is missing");
    assert_rejected(|d| d["sections"][1]["id"] = Value::Null, "sections[1].id: required field is missing");
    assert_rejected(
        |d| d["sections"][1]["points"][0]["text"] = Value::Null,
        "sections[1].points[0].text: required field is missing",
    );
}

#[test]
fn a_point_naming_an_invalid_speaker_is_not_also_an_unknown_speaker() {
    // Jin's name is broken; the points that name "jin" are not the problem.
    assert_eq!(errors_after(|d| d["speakers"][1]["name"] = json!("")), vec!["speakers[1].name: must not be empty"]);
    assert_eq!(
        errors_after(|d| d["speakers"][0]["url"] = json!("ftp://example.org/flake")),
        vec!["speakers[0].url: only http and https URLs are allowed"]
    );
}

#[test]
fn documents_that_are_not_json_text_are_syntax_errors() {
    let message = |bytes: &[u8]| parse_briefing(bytes).expect_err("rejected").to_string();
    assert_eq!(message(b""), "line 1, column 0: the document ends too early; it may have been cut short");
    assert_eq!(message(b"<!doctype html>"), "line 1, column 1: expected value");
    assert!(message(b"{\"title\": \"\xFF\"}").starts_with("line 1, column "), "invalid UTF-8");
    assert_eq!(message(b"{\"title\": \"\\ud800\"}"), "line 1, column 18: unexpected end of hex escape");
    assert!(message(b"{} {}").contains("trailing characters"));
    // Nesting deep enough to exhaust a recursive parser is refused, not a crash.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(message(deep.as_bytes()).contains("recursion limit exceeded"));
}

#[test]
fn a_byte_order_mark_is_allowed() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(EXAMPLE.as_bytes());
    assert!(parse_briefing(&bytes).is_ok());
}

#[test]
fn many_problems_are_all_reported_in_document_order() {
    let errors = errors_after(|d| {
        for (i, section) in d["sections"].as_array_mut().unwrap().iter_mut().enumerate() {
            section["id"] = json!(format!("Bad {i}"));
            section["title"] = json!("");
        }
    });
    assert_eq!(errors.len(), 8, "{errors:?}");
    assert!(errors[0].starts_with("sections[0].id: \"Bad 0\" is not a slug"));
    assert_eq!(errors[7], "sections[3].title: must not be empty");
}

/// A valid document built to make mention matching slow: the cost per text stays linear.
#[test]
fn hostile_aliases_cannot_freeze_mention_matching() {
    // Thousands of aliases sharing their first byte with every word of the text …
    let many: Vec<String> = (0..20_000).map(|i| format!("a{i:06}")).collect();
    // … aliases that are ever longer runs of the text's one letter …
    let runs: Vec<String> = (1..=1_500).map(|n| "b".repeat(n)).collect();
    // … and ever longer runs of another text's words, each ending where that text does not go.
    let phrases: Vec<String> = (1..=700).map(|n| format!("{}x", "c ".repeat(n))).collect();
    let mut doc = example();
    doc["speakers"] = json!([
        {"id": "many", "name": "Many", "aliases": many},
        {"id": "runs", "name": "Runs", "aliases": runs},
        {"id": "phrases", "name": "Phrases", "aliases": phrases},
    ]);
    let texts = [
        "a ".repeat(5_000),
        "b".repeat(10_000),
        format!("{} Many", "b".repeat(9_000)),
        format!("{}Many", "c ".repeat(4_990)),
    ];
    doc["sections"] =
        json!([{"id": "s", "title": "S", "points": texts.iter().map(|t| json!({"text": t})).collect::<Vec<_>>()}]);
    let bytes = doc.to_string();
    assert!(bytes.len() < MAX_DOCUMENT_BYTES);
    let briefing = parse_briefing(bytes.as_bytes()).expect("valid");
    let finder = MentionFinder::new(&briefing);
    let started = std::time::Instant::now();
    let found: Vec<Vec<(String, usize)>> = texts.iter().map(|text| mentions(&finder, text)).collect();
    // Bounded, 0.2 s unoptimised here (2 busy cores); without the budget, 2.7 s (and minutes
    // before only word starts were looked up): 1.5 s leaves room for a loaded machine. The
    // results below show the budget's effect whatever the machine's speed.
    assert!(started.elapsed().as_millis() < 1_500, "{:?}", started.elapsed());
    // No alias stands as a whole word in the first two; in the third, the run of b's is one word,
    // so the work goes to word starts only and the real name after it is still found. In the
    // fourth, every word starts a long phrase that fails at its end: the budget runs out and the
    // rest of the text is plain (a finder without one would find "Many", after minutes).
    assert_eq!(found, vec![vec![], vec![], vec![("Many".to_owned(), 0)], vec![]]);
    // Ordinary mentions are still found.
    assert_eq!(mentions(&finder, "a000042 met Many."), vec![("a000042".into(), 0), ("Many".into(), 0)]);
}

/// Numbers anywhere (here in an unknown field) are read as serde_json and RFC 8259 read them: an
/// exponent at the end of i32 is a number near 0 or, positive, one beyond f64 ("out of range").
#[test]
fn extreme_numbers_in_an_unknown_field_are_read_as_serde_json_reads_them() {
    let with = |numbers: &str| EXAMPLE.replacen('{', &format!("{{\"future\": [{numbers}],"), 1);
    for near_zero in [
        "1e-2147483647",
        "0.1e-2147483647",
        "-1e-2147483648",
        "1e-99999999999999",
        "123456789012345678901234567890e-2147483647",
        "1e-400",
        "-0",
        "0e2147483648",
        "1e-0000000000000000000000000000000000001",
    ] {
        let document = with(near_zero);
        assert!(serde_json::from_str::<Value>(&document).is_ok(), "serde_json reads {near_zero}");
        assert!(parse_briefing(document.as_bytes()).is_ok(), "{near_zero} is a valid number");
    }
    for too_large in ["1e400", "1e2147483647", "-1e2147483648", "18446744073709551616e289"] {
        let document = with(too_large);
        let message = parse_briefing(document.as_bytes()).expect_err("rejected").to_string();
        assert!(serde_json::from_str::<Value>(&document).is_err(), "serde_json refuses {too_large}");
        assert!(message.ends_with("number out of range"), "{too_large}: {message}");
    }
}

// Version 1.1 additions: every rule, valid and invalid, with its message.

/// The example with a recording link, so that `at` has something to point into.
fn with_recording(d: &mut Value) {
    d["links"] = json!([{ "url": "https://example.org/video", "kind": "recording" }]);
}

#[test]
fn a_version_one_document_reads_as_before_with_no_new_fields() {
    let briefing = parse_briefing(EXAMPLE.as_bytes()).expect("valid");
    assert!(briefing.end_date.is_none() && briefing.time.is_none() && briefing.venue.is_none());
    assert!(briefing.organizers.is_empty() && briefing.links.is_empty() && briefing.translations.is_empty());
    let point = &briefing.sections[0].points[0];
    assert!(point.id.is_none() && !point.quote && point.question.is_none() && point.at.is_none());
    assert_eq!(point.id_in(&briefing.sections[0], 0), "drivers-1");
    // Serialized as before: none of the new fields appear.
    let round: Value = serde_json::to_value(&briefing).expect("serializes");
    let keys: Vec<&str> = round.as_object().expect("object").keys().map(String::as_str).collect();
    assert!(keys.iter().all(|k| example().get(*k).is_some()), "{keys:?}");
}

#[test]
fn event_dates_and_times() {
    assert_accepted(|d| {
        d["endDate"] = json!("2013-04-30");
        d["time"] = json!("09:30");
        d["endTime"] = json!("17:00");
        d["timeZone"] = json!("Asia/Seoul");
    });
    assert_accepted(|d| d["endDate"] = json!("2013-04-29"));
    assert_rejected(|d| d["endDate"] = json!("2013-04-28"), "endDate: is before date (2013-04-29)");
    assert_rejected(
        |d| {
            d["date"] = Value::Null;
            d["endDate"] = json!("2013-04-30");
        },
        "endDate: needs \"date\"",
    );
    assert_rejected(|d| d["endDate"] = json!("2013-02-30"), "endDate: \"2013-02-30\" is not a real calendar date");
    assert_rejected(|d| d["time"] = json!("9:30"), "time: \"9:30\" is not a time of the form HH:MM (24 h)");
    assert_rejected(|d| d["time"] = json!("24:00"), "time: \"24:00\" is not a time of the form HH:MM (24 h)");
    assert_rejected(|d| d["endTime"] = json!("17:00"), "endTime: needs \"time\"");
    assert_rejected(|d| d["timeZone"] = json!("Europe/London"), "timeZone: needs \"time\"");
    assert_rejected(
        |d| {
            d["time"] = json!("09:30");
            d["timeZone"] = json!("BST");
        },
        "timeZone: \"BST\" is not an IANA time zone name (such as Europe/London)",
    );
    assert_rejected(|d| d["time"] = json!(930), "time: expected text, found an integer");
}

#[test]
fn venue_attendance_series_and_byline() {
    assert_accepted(|d| {
        d["venue"] = json!({ "name": "Chatham House", "address": "10 St James's Square, London", "url": "https://example.org/v" });
        d["attendance"] = json!("hybrid");
        d["series"] = json!({ "name": "Asia Forum", "edition": "27th", "url": "https://example.org/s" });
        d["byline"] = json!("By Yvonne Oh, Asia Program");
    });
    assert_rejected(|d| d["venue"] = json!({ "address": "x" }), "venue.name: required field is missing");
    assert_rejected(|d| d["venue"] = json!({ "name": "" }), "venue.name: must not be empty");
    assert_rejected(
        |d| d["venue"] = json!({ "name": "x", "url": "javascript:alert(1)" }),
        "venue.url: only http and https URLs are allowed",
    );
    assert_rejected(
        |d| d["attendance"] = json!("remote"),
        "attendance: \"remote\" is not one of in-person, online, hybrid",
    );
    assert_rejected(|d| d["series"] = json!({ "edition": "27th" }), "series.name: required field is missing");
    assert_rejected(|d| d["byline"] = json!("b".repeat(301)), "byline: is 301 characters; at most 300 are allowed");
}

#[test]
fn organizer_or_organizers_not_both() {
    assert_accepted(|d| {
        d["organizers"] = json!([{ "name": "A" }, { "name": "B", "about": "x", "url": "https://example.org" }]);
        d.as_object_mut().unwrap().remove("organizer");
    });
    assert_rejected(
        |d| d["organizers"] = json!([{ "name": "B" }]),
        "organizers: has both \"organizer\" and \"organizers\"; give one",
    );
    assert_rejected(
        |d| {
            d["organizer"] = Value::Null;
            d["organizers"] = json!([]);
        },
        "organizers: must not be empty",
    );
    assert_rejected(
        |d| {
            d["organizer"] = Value::Null;
            d["organizers"] = json!((0..21).map(|i| json!({ "name": format!("O{i}") })).collect::<Vec<_>>());
        },
        "organizers: has 21 entries; at most 20 are allowed",
    );
    assert_rejected(
        |d| {
            d["organizer"] = Value::Null;
            d["organizers"] = json!([{ "about": "x" }]);
        },
        "organizers[0].name: required field is missing",
    );
    let mut doc = example();
    doc["organizer"] = Value::Null;
    doc["organizers"] = json!([{ "name": "A" }, { "name": "B" }]);
    let briefing = parse_briefing(doc.to_string().as_bytes()).expect("valid");
    assert_eq!(briefing.all_organizers().iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["A", "B"]);
}

#[test]
fn links_have_kinds_and_at_most_one_recording() {
    assert_accepted(|d| {
        d["links"] = json!([
            { "url": "https://example.org/r", "kind": "recording", "label": "Video" },
            { "url": "https://example.org/t", "kind": "transcript" },
            { "url": "https://example.org/w", "kind": "write-up" },
            { "url": "https://example.org/o" }
        ]);
    });
    assert_rejected(
        |d| d["links"] = json!([{ "url": "https://example.org/r", "kind": "video" }]),
        "links[0].kind: \"video\" is not one of event, recording, transcript, report, slides, write-up, other",
    );
    assert_rejected(
        |d| {
            d["links"] = json!([{ "url": "https://a.org", "kind": "recording" }, { "url": "https://b.org", "kind": "recording" }])
        },
        "links[1].kind: a second recording (links[0] is one); at most one link has kind \"recording\"",
    );
    assert_rejected(|d| d["links"] = json!([{ "label": "x" }]), "links[0].url: required field is missing");
    assert_rejected(
        |d| d["links"] = json!((0..21).map(|i| json!({ "url": format!("https://e.org/{i}") })).collect::<Vec<_>>()),
        "links: has 21 entries; at most 20 are allowed",
    );
}

#[test]
fn published_and_updated() {
    assert_accepted(|d| {
        d["published"] = json!("2013-04-30T09:00:00Z");
        d["updated"] = json!("2013-04-30T18:00:00+09:00");
    });
    assert_accepted(|d| {
        d["published"] = json!("2013-04-30");
        d["updated"] = json!("2013-05-02");
    });
    assert_rejected(
        |d| {
            d["published"] = json!("2013-04-30T09:00:00Z");
            d["updated"] = json!("2013-04-30T17:59:00+09:00");
        },
        "updated: is before published (2013-04-30T09:00:00Z)",
    );
    assert_rejected(
        |d| d["published"] = json!("30 April 2013"),
        "published: \"30 April 2013\" is not a date-time with an offset (2013-04-30T09:00:00Z) or a date (YYYY-MM-DD)",
    );
    assert_rejected(
        |d| d["updated"] = json!("2013-04-30T09:00:00"),
        "updated: \"2013-04-30T09:00:00\" is not a date-time with an offset (2013-04-30T09:00:00Z) or a date (YYYY-MM-DD)",
    );
}

#[test]
fn status_and_translations() {
    assert_accepted(|d| {
        d["status"] = json!("live");
        d["translations"] = json!([{ "lang": "zh-Hans", "url": "https://example.org/zh", "title": "朝鲜" }, { "lang": "ko", "url": "https://example.org/ko" }]);
    });
    assert_rejected(|d| d["status"] = json!("over"), "status: \"over\" is not one of upcoming, live, ended");
    assert_rejected(
        |d| d["translations"] = json!([{ "lang": "en", "url": "https://example.org/en" }]),
        "translations[0].lang: \"en\" is the document's own language",
    );
    assert_rejected(
        |d| {
            d["translations"] =
                json!([{ "lang": "ko", "url": "https://e.org/1" }, { "lang": "KO", "url": "https://e.org/2" }])
        },
        "translations[1].lang: \"KO\" already names translations[0]",
    );
    assert_rejected(
        |d| d["translations"] = json!([{ "lang": "ko" }]),
        "translations[0].url: required field is missing",
    );
    assert_rejected(
        |d| d["translations"] = json!([{ "lang": "korean language", "url": "https://e.org/1" }]),
        "translations[0].lang: \"korean language\" is not a BCP 47 language tag (such as en, zh-Hans or ar)",
    );
}

#[test]
fn speaker_titles_and_groups() {
    assert_accepted(|d| {
        d["speakers"][0]["title"] = json!("Retired Major General");
        d["speakers"][0]["group"] = json!("For the motion");
    });
    assert_rejected(
        |d| d["speakers"][0]["title"] = json!("t".repeat(201)),
        "speakers[0].title: is 201 characters; at most 200 are allowed",
    );
    assert_rejected(
        |d| d["speakers"][0]["group"] = json!("g".repeat(101)),
        "speakers[0].group: is 101 characters; at most 100 are allowed",
    );
    assert_rejected(|d| d["speakers"][0]["group"] = json!(1), "speakers[0].group: expected text, found an integer");
}

#[test]
fn sessions_have_days_times_participants_and_a_chair() {
    assert_accepted(|d| {
        d["endDate"] = json!("2013-04-30");
        d["time"] = json!("09:00");
        let section = &mut d["sections"][1];
        section["summary"] = json!("First paragraph.\n\nSecond.");
        section["date"] = json!("2013-04-30");
        section["time"] = json!("14:00");
        section["endTime"] = json!("15:30");
        section["speakers"] = json!(["flake", "jin"]);
        section["chair"] = json!("flake");
    });
    assert_rejected(
        |d| d["sections"][1]["date"] = json!("2013-04-30"),
        "sections[1].date: 2013-04-30 is outside the event's dates (2013-04-29)",
    );
    assert_rejected(
        |d| {
            d["endDate"] = json!("2013-04-30");
            d["sections"][1]["date"] = json!("2013-05-01");
        },
        "sections[1].date: 2013-05-01 is outside the event's dates (2013-04-29 to 2013-04-30)",
    );
    assert_rejected(
        |d| {
            d["date"] = Value::Null;
            d["sections"][1]["date"] = json!("2013-04-29");
        },
        "sections[1].date: needs \"date\"",
    );
    assert_rejected(|d| d["sections"][1]["endTime"] = json!("15:30"), "sections[1].endTime: needs \"time\"");
    assert_rejected(
        |d| d["sections"][1]["time"] = json!("2pm"),
        "sections[1].time: \"2pm\" is not a time of the form HH:MM (24 h)",
    );
    assert_rejected(
        |d| d["sections"][1]["speakers"] = json!(["flake", "zhou"]),
        "sections[1].speakers[1]: unknown speaker \"zhou\"",
    );
    assert_rejected(|d| d["sections"][1]["chair"] = json!("zhou"), "sections[1].chair: unknown speaker \"zhou\"");
}

#[test]
fn a_section_with_a_summary_may_have_no_points() {
    assert_accepted(|d| {
        d["sections"][1]["summary"] = json!("Welcome remarks by Flake.");
        d["sections"][1]["points"] = json!([]);
    });
    assert_accepted(|d| {
        d["sections"][1]["summary"] = json!("Welcome remarks by Flake.");
        d["sections"][1].as_object_mut().unwrap().remove("points");
    });
    assert_rejected(|d| d["sections"][1]["points"] = json!([]), "sections[1].points: must not be empty");
    assert_rejected(
        |d| {
            d["sections"][1]["summary"] = json!("  \n ");
            d["sections"][1]["points"] = json!([]);
        },
        "sections[1].points: must not be empty",
    );
}

#[test]
fn point_ids_are_unique_across_the_briefing() {
    assert_accepted(|d| {
        d["sections"][0]["points"][0]["id"] = json!("changes");
        d["sections"][1]["points"][0]["id"] = json!("ties");
    });
    assert_rejected(
        |d| {
            d["sections"][0]["points"][0]["id"] = json!("same");
            d["sections"][1]["points"][0]["id"] = json!("same");
        },
        "sections[1].points[0].id: duplicate id \"same\"",
    );
    // An id of its own may not take another point's default id.
    assert_rejected(
        |d| d["sections"][1]["points"][0]["id"] = json!("drivers-2"),
        "sections[1].points[0].id: duplicate id \"drivers-2\"",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["id"] = json!("Point One"),
        "sections[0].points[0].id: \"Point One\" is not a slug (1–64 characters of a-z, 0-9 and -, starting with a letter or digit)",
    );
}

#[test]
fn quotes_questions_attributions_moments_and_point_links() {
    assert_accepted(|d| {
        with_recording(d);
        let point = &mut d["sections"][0]["points"][0];
        point["quote"] = json!(true);
        point["question"] = json!({ "text": "Will China change course?", "byName": "An audience member" });
        point["attribution"] = json!("Several participants");
        point["at"] = json!("1:02:03");
        point["links"] = json!([{ "url": "https://example.org/report", "label": "The report" }]);
        d["sections"][0]["points"][1]["at"] = json!(95);
        d["sections"][1]["points"][1]["question"] = json!({ "text": "And Japan?", "by": "flake" });
    });
    let mut doc = example();
    with_recording(&mut doc);
    doc["sections"][0]["points"][0]["at"] = json!("1:02:03");
    doc["sections"][0]["points"][0]["question"] = json!({ "text": "Q?", "by": "jin" });
    let briefing = parse_briefing(doc.to_string().as_bytes()).expect("valid");
    let point = &briefing.sections[0].points[0];
    assert_eq!(point.at, Some(3723));
    assert_eq!(point.question.as_ref().and_then(|q| q.by).map(|i| briefing.speakers[i].id.as_str()), Some("jin"));

    assert_rejected(
        |d| {
            d["sections"][0]["points"][0]["quote"] = json!(true);
            d["sections"][0]["points"][0]["speakers"] = json!([]);
        },
        "sections[0].points[0].quote: a quote needs at least one id in \"speakers\"",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["quote"] = json!("yes"),
        "sections[0].points[0].quote: expected a boolean, found text",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["question"] = json!({ "by": "flake" }),
        "sections[0].points[0].question.text: required field is missing",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["question"] = json!({ "text": "Q?", "by": "flake", "byName": "Someone" }),
        "sections[0].points[0].question: has both \"by\" and \"byName\"; give one",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["question"] = json!({ "text": "Q?", "by": "zhou" }),
        "sections[0].points[0].question.by: unknown speaker \"zhou\"",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["attribution"] = json!("a".repeat(201)),
        "sections[0].points[0].attribution: is 201 characters; at most 200 are allowed",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["at"] = json!("1:02"),
        "sections[0].points[0].at: needs a link of kind \"recording\" in \"links\"",
    );
    assert_rejected(
        |d| {
            with_recording(d);
            d["sections"][0]["points"][0]["at"] = json!("1:2:3");
        },
        "sections[0].points[0].at: \"1:2:3\" is not a time in the recording (H:MM:SS, M:SS or whole seconds)",
    );
    assert_rejected(
        |d| {
            with_recording(d);
            d["sections"][0]["points"][0]["at"] = json!(-5);
        },
        "sections[0].points[0].at: \"-5\" is not a time in the recording (H:MM:SS, M:SS or whole seconds)",
    );
    assert_rejected(
        |d| d["sections"][0]["points"][0]["links"] = json!([{ "url": "javascript:x" }]),
        "sections[0].points[0].links[0].url: only http and https URLs are allowed",
    );
    assert_rejected(
        |d| {
            d["sections"][0]["points"][0]["links"] =
                json!((0..11).map(|i| json!({ "url": format!("https://e.org/{i}") })).collect::<Vec<_>>())
        },
        "sections[0].points[0].links: has 11 entries; at most 10 are allowed",
    );
}

#[test]
fn unknown_fields_are_warnings_with_a_near_miss_never_errors() {
    use briefing_widget::model::check_briefing;
    let mut doc = example();
    doc["sections"][1]["moderator"] = json!("flake");
    doc["endate"] = json!("2013-04-30");
    doc["speakers"][0]["jobTitle"] = json!("Director");
    doc["sections"][0]["points"][0]["colour"] = json!("red");
    doc["$schema"] = json!("https://example.org/schema.json");
    let checked = check_briefing(doc.to_string().as_bytes());
    assert!(checked.result.is_ok(), "{:?}", checked.result);
    let warnings: Vec<String> = checked.warnings.iter().map(ToString::to_string).collect();
    for expected in [
        "sections[1].moderator: unknown field, ignored (did you mean \"chair\"?)",
        "endate: unknown field, ignored (did you mean \"endDate\"?)",
        "speakers[0].jobTitle: unknown field, ignored (did you mean \"title\"?)",
        "sections[0].points[0].colour: unknown field, ignored",
    ] {
        assert!(warnings.iter().any(|w| w == expected), "expected {expected:?} among {warnings:?}");
    }
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    // The example itself has none.
    assert!(check_briefing(EXAMPLE.as_bytes()).warnings.is_empty());
}
