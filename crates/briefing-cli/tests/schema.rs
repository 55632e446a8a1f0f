//! `briefing schema`: the committed copy is current, and an independent validator agrees with the model
//! on every fixture the schema can judge.

mod common;

use common::{briefing, code, fixture, repo, stdout};
use serde_json::{json, Value};

fn schema_text() -> String {
    let output = briefing(["schema"]);
    assert_eq!(code(&output), 0);
    stdout(&output)
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&schema_text()).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

fn read_json(path: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("fixture readable")).expect("fixture is JSON")
}

fn example() -> Value {
    read_json(&fixture("north-korea-2013.json"))
}

#[test]
fn the_committed_schema_is_current() {
    let committed = std::fs::read_to_string(repo("static/schema/briefing-v1.schema.json")).expect("committed copy");
    assert!(
        committed == schema_text(),
        "static/schema/briefing-v1.schema.json is stale: run `briefing schema > static/schema/briefing-v1.schema.json`"
    );
}

#[test]
fn the_schema_is_draft_2020_12_with_an_id_and_title() {
    let schema: Value = serde_json::from_str(&schema_text()).expect("JSON");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(schema["$id"].as_str().is_some_and(|id| id.ends_with("/briefing-v1.schema.json")));
    assert!(schema["title"].is_string());
    assert!(jsonschema::meta::is_valid(&schema));
    // Unknown fields stay allowed, so later versions can add fields.
    assert!(!schema.to_string().contains("additionalProperties"));
}

#[test]
fn the_schema_accepts_the_example() {
    let validator = validator();
    let errors: Vec<String> = validator.iter_errors(&example()).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn the_schema_rejects_the_structurally_invalid_fixtures() {
    let validator = validator();
    for name in ["missing-title.json", "no-sections.json", "unsupported-version.json", "javascript-source-url.json"] {
        assert!(!validator.is_valid(&read_json(&fixture(&format!("invalid/{name}")))), "{name} accepted");
    }
}

#[test]
fn the_schema_cannot_see_rules_across_values() {
    // A JSON Schema cannot say "ids are unique by their `id` field" or "every point speaker id names a
    // speaker": these rules relate values to each other. The schema accepts such documents, and only
    // the model (`briefing check`, the widget) rejects them. This test documents that limit.
    let validator = validator();
    for name in ["duplicate-speaker-id.json", "unknown-speaker.json"] {
        assert!(validator.is_valid(&read_json(&fixture(&format!("invalid/{name}")))), "{name}");
    }
}

#[test]
fn the_schema_follows_the_format_on_nulls_unknown_fields_and_values() {
    let validator = validator();
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut doc = example();
        edit(&mut doc);
        validator.is_valid(&doc)
    };
    // Optional fields may be null; unknown fields are ignored.
    assert!(with(&|d| {
        d["date"] = Value::Null;
        d["source"] = Value::Null;
        d["speakers"][0]["aliases"] = Value::Null;
        d["sections"][0]["open"] = Value::Null;
        d["sections"][0]["points"][0]["speakers"] = Value::Null;
        d["added-later"] = json!({ "any": "thing" });
    }));
    assert!(!with(&|d| d["id"] = json!("North Korea")));
    assert!(!with(&|d| d["sections"][0]["theme"] = json!("-red")));
    assert!(!with(&|d| d["sections"][0]["points"][0]["speakers"][0] = json!("Flake")));
    assert!(!with(&|d| d["date"] = json!("29/04/2013")));
    assert!(!with(&|d| d["date"] = json!("2013-13-01")));
    assert!(!with(&|d| d["lang"] = json!("en_GB")));
    assert!(!with(&|d| d["version"] = json!("1")));
    assert!(!with(&|d| d["title"] = json!("")));
    assert!(!with(&|d| d["title"] = json!("x".repeat(301))));
    assert!(with(&|d| d["title"] = json!("朱".repeat(300))));
    assert!(!with(&|d| d["sections"][0]["points"] = json!([])));
    assert!(!with(&|d| d["speakers"][0]["url"] = json!("ftp://example.org")));
    assert!(with(&|d| d["speakers"][0]["url"] = json!("HTTPS://example.org/flake")));
    assert!(!with(&|d| d["organizer"]["url"] = json!("https:///path")));
    assert!(!with(&|d| d["source"]["url"] = json!("https://exa mple.org")));
    assert!(!with(
        &|d| d["speakers"] = json!((0..201).map(|i| json!({ "id": format!("s{i}"), "name": "N" })).collect::<Vec<_>>())
    ));
}

#[test]
fn the_schema_knows_the_version_1_1_fields() {
    let validator = validator();
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut doc = example();
        edit(&mut doc);
        validator.is_valid(&doc)
    };
    assert!(with(&|d| {
        d["endDate"] = json!("2013-04-30");
        d["time"] = json!("09:30");
        d["timeZone"] = json!("Asia/Seoul");
        d["attendance"] = json!("hybrid");
        d["links"] = json!([{ "url": "https://example.org/r", "kind": "recording" }]);
        d["published"] = json!("2013-04-30T09:00:00Z");
        d["sections"][0]["points"][0]["at"] = json!("1:02:03");
        d["sections"][0]["points"][1]["at"] = json!(95);
        d["sections"][1]["summary"] = json!("Welcome.");
        d["sections"][1]["points"] = json!([]);
    }));
    assert!(!with(&|d| d["time"] = json!("9:30")));
    assert!(!with(&|d| d["attendance"] = json!("remote")));
    assert!(!with(&|d| d["links"] = json!([{ "url": "https://example.org/r", "kind": "video" }])));
    assert!(!with(&|d| d["sections"][0]["points"][0]["at"] = json!("1:2:3")));
    assert!(!with(&|d| d["published"] = json!("30 April 2013")));
    assert!(!with(&|d| d["speakers"][0]["group"] = json!("g".repeat(101))));
}
