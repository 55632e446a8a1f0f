//! Format 1.1 in Markdown: every new field has a way to be written (convention.md), and its
//! problems are placed where it was written. The whole of it is `examples/arctic-futures-2026.md`,
//! checked against the 1.1 example JSON by the CLI's round-trip test; here, each form on its own.

use briefing_markdown::{convert, Conversion, Severity};
use serde_json::{json, Value};

fn case(name: &str) -> String {
    let path = format!("{}/tests/fixtures/friction/{name}.md", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn doc(conversion: &Conversion) -> Value {
    let json = conversion.json.as_deref().unwrap_or_else(|| panic!("errors: {:?}", conversion.diagnostics));
    serde_json::from_str(json).expect("JSON")
}

fn messages(conversion: &Conversion) -> Vec<String> {
    conversion.diagnostics.iter().map(|d| format!("{}:{}: {}", d.place.line, d.place.column, d.message)).collect()
}

const SPEAKERS: &str = "## Speakers\n\n- Ann Lee — Institute (chair) {id=ann aliases=\"Lee\" title=\"Deputy Dean\" group=\"For\"}\n- Bo Chen {id=bo}\n\n";

#[test]
fn the_event_s_dates_times_zone_venue_attendance_series_status_byline_and_publication() {
    let markdown = format!(
        "---\ndate: 2017-10-23/2017-10-24\ntime: 09:30–17:00\ntime-zone: Europe/London\nvenue: Hall\nvenue-address: 1 Road\n\
         venue-url: https://example.org/hall\nattendance: online\nseries: Forum\nseries-edition: 27th\nseries-url: https://example.org/f\n\
         status: live\nbyline: By Ann\npublished: 2017-10-25T09:00:00Z\nupdated: 2017-10-26\n---\n\n# T\n\n{SPEAKERS}## S\n\n- Lee spoke.\n"
    );
    let doc = doc(&convert(&markdown));
    assert_eq!((&doc["date"], &doc["endDate"]), (&json!("2017-10-23"), &json!("2017-10-24")));
    assert_eq!(
        (&doc["time"], &doc["endTime"], &doc["timeZone"]),
        (&json!("09:30"), &json!("17:00"), &json!("Europe/London"))
    );
    assert_eq!(doc["venue"], json!({ "name": "Hall", "address": "1 Road", "url": "https://example.org/hall" }));
    assert_eq!(doc["attendance"], "online");
    assert_eq!(doc["series"], json!({ "name": "Forum", "edition": "27th", "url": "https://example.org/f" }));
    assert_eq!((&doc["status"], &doc["byline"]), (&json!("live"), &json!("By Ann")));
    assert_eq!((&doc["published"], &doc["updated"]), (&json!("2017-10-25T09:00:00Z"), &json!("2017-10-26")));
}

#[test]
fn a_date_range_from_the_friction_cases() {
    let doc = doc(&convert(&case("fm-date-range")));
    assert_eq!((&doc["date"], &doc["endDate"]), (&json!("2017-10-23"), &json!("2017-10-24")));
}

#[test]
fn a_time_with_a_zone_abbreviation_is_placed_at_the_end_time() {
    assert_eq!(
        messages(&convert(&case("fm-venue"))),
        vec!["3:13: endTime: \"15:45 BST\" is not a time of the form HH:MM (24 h)"]
    );
}

#[test]
fn organizers_links_and_translations_repeat_their_keys() {
    let markdown = format!(
        "---\norganizer: One\norganizer-about: About one,\n  on two lines.\n\n  A second paragraph.\norganizer: Two\n\
         organizer-url: https://example.org/two\nrecording: https://example.org/r Recording\nlink: https://example.org/x\n\
         translation: zh-Hans https://example.org/zh 中文版\n---\n\n# T\n\n{SPEAKERS}## S\n\n- Lee spoke.\n"
    );
    let doc = doc(&convert(&markdown));
    assert_eq!(
        doc["organizers"],
        json!([
            { "name": "One", "about": "About one, on two lines.\n\nA second paragraph." },
            { "name": "Two", "url": "https://example.org/two" }
        ])
    );
    assert!(doc.get("organizer").is_none());
    assert_eq!(
        doc["links"],
        json!([
            { "url": "https://example.org/r", "label": "Recording", "kind": "recording" },
            { "url": "https://example.org/x", "kind": "other" }
        ])
    );
    assert_eq!(doc["translations"], json!([{ "lang": "zh-Hans", "url": "https://example.org/zh", "title": "中文版" }]));
    // One organizer stays `organizer`, as in version 1; a second `organizer-url` for it is an error.
    let one = doc_of("---\norganizer: Chatham House\norganizer: Carnegie\n---\n");
    assert_eq!(one["organizers"][1]["name"], "Carnegie");
    let twice = convert(&format!("---\norganizer: A\norganizer-url: https://a.org\norganizer-url: https://b.org\n---\n\n# T\n\n{SPEAKERS}## S\n\n- Lee spoke.\n"));
    assert_eq!(messages(&twice), vec!["4:16: \"organizer-url\" is given twice"]);
}

fn doc_of(front_matter: &str) -> Value {
    doc(&convert(&format!("{front_matter}\n# T\n\n{SPEAKERS}## S\n\n- Lee spoke.\n")))
}

#[test]
fn a_moderator_in_the_front_matter_is_told_where_people_go() {
    let conversion = convert(&case("fm-moderator"));
    assert_eq!(conversion.diagnostics.len(), 1, "two organizers are fine now: {:?}", conversion.diagnostics);
    assert_eq!(conversion.diagnostics[0].severity, Severity::Warning);
    assert!(conversion.json.is_some(), "a warning converts");
    assert!(
        conversion.diagnostics[0].message.starts_with(
            "unknown front matter key \"moderator\", ignored (people are list items under `## Speakers`, with their part as the role"
        ),
        "{}",
        conversion.diagnostics[0].message
    );
}

#[test]
fn speaker_title_and_group() {
    let doc = doc_of("");
    assert_eq!(
        doc["speakers"][0],
        json!({ "id": "ann", "name": "Ann Lee", "aliases": ["Lee"], "affiliation": "Institute", "title": "Deputy Dean", "group": "For", "role": "chair" })
    );
}

#[test]
fn a_section_s_summary_schedule_participants_and_chair() {
    let friction = doc(&convert(&case("paragraph-in-section")));
    assert_eq!(
        friction["sections"][0]["summary"],
        "Under President Trump, the US has withdrawn from its historical role."
    );
    let markdown = format!(
        "---\ndate: 2017-10-23\n---\n\n# T\n\n{SPEAKERS}## Welcome {{#welcome date=2017-10-23 time=09:00-09:15 speakers=\"ann, bo\" chair=ann}}\n\n\
         Welcome remarks by Ann Lee.\n\nSecond paragraph.\n"
    );
    let doc = doc(&convert(&markdown));
    assert_eq!(
        doc["sections"][0],
        json!({
            "id": "welcome", "title": "Welcome", "summary": "Welcome remarks by Ann Lee.\n\nSecond paragraph.",
            "date": "2017-10-23", "time": "09:00", "endTime": "09:15", "speakers": ["ann", "bo"], "chair": "ann", "points": []
        })
    );
    let unknown = convert(&format!("# T\n\n{SPEAKERS}## S {{chair=zoe}}\n\n- Lee spoke.\n"));
    assert_eq!(messages(&unknown), vec!["8:13: unknown speaker \"zoe\""]);
}

#[test]
fn point_id_at_attribution_links_and_a_quote_flag_in_the_point_s_marker() {
    let markdown = format!(
        "---\nrecording: https://www.youtube.com/watch?v=x\n---\n\n# T\n\n{SPEAKERS}## S\n\n\
         - **Cost:** Lee said it costs [too much](https://example.org/cost). {{#cost at=1:02:03}}\n\
         - Several MEPs asked why. {{attribution=\"Several MEPs\"}}\n\
         - We will. [speakers: ann] {{quote}}\n\
         - Bo Chen agreed.\n\n  [The report](https://example.org/r), [Data](https://example.org/d)\n\
         - In seconds. {{at=6240}}\n"
    );
    let doc = doc(&convert(&markdown));
    let points = &doc["sections"][0]["points"];
    assert_eq!(
        points[0],
        json!({ "id": "cost", "label": "Cost", "text": "Lee said it costs too much.", "speakers": ["ann"], "at": 3723,
                "links": [{ "url": "https://example.org/cost", "label": "too much" }] })
    );
    assert_eq!(points[1], json!({ "text": "Several MEPs asked why.", "attribution": "Several MEPs" }));
    assert_eq!(points[2], json!({ "text": "We will.", "speakers": ["ann"], "quote": true }));
    assert_eq!(
        points[3]["links"],
        json!([{ "url": "https://example.org/r", "label": "The report" }, { "url": "https://example.org/d", "label": "Data" }])
    );
    assert_eq!(points[3]["text"], "Bo Chen agreed.", "a paragraph of links only is not text");
    assert_eq!(points[4]["at"], 6240, "whole seconds");
}

#[test]
fn a_link_in_a_point_is_kept_as_a_point_link() {
    let doc = doc(&convert(&case("link")));
    assert_eq!(
        doc["sections"][0]["points"][0]["links"],
        json!([{ "url": "https://example.org/report.pdf", "label": "the report" }])
    );
}

#[test]
fn at_without_a_recording_is_placed_at_the_marker() {
    let conversion = convert(&format!("# T\n\n{SPEAKERS}## S\n\n- Lee spoke. {{at=1:00}}\n"));
    assert_eq!(messages(&conversion).len(), 1);
    assert!(messages(&conversion)[0].starts_with("10:18: sections[0].points[0].at: "), "{:?}", messages(&conversion));
}

#[test]
fn a_block_quote_is_a_quote_point_with_its_line_breaks() {
    let markdown =
        format!("# T\n\n{SPEAKERS}## S\n\n> Our home,\\\n> and ours. [speakers: ann] {{#home}}\n\n- Lee spoke.\n");
    let doc = doc(&convert(&markdown));
    assert_eq!(
        doc["sections"][0]["points"][0],
        json!({ "id": "home", "text": "Our home,\nand ours.", "speakers": ["ann"], "quote": true })
    );
    // A quote needs its speakers, and says so at the quote.
    let unnamed = convert(&format!("# T\n\n{SPEAKERS}## S\n\n> Our home.\n"));
    assert_eq!(unnamed.diagnostics.len(), 1);
    assert_eq!(unnamed.diagnostics[0].place.line, 10, "{:?}", unnamed.diagnostics);
}

#[test]
fn questions_by_a_speaker_or_by_name() {
    let markdown = format!(
        "# T\n\n{SPEAKERS}## Questions\n\n- Q (An audience member): Why now?\n\n  Lee said it was time.\n\
         - Q (Bo Chen): And then?\n\n  Lee said nothing.\n- 问（bo）：为什么？\n\n  Lee answered.\n"
    );
    let doc = doc(&convert(&markdown));
    let points = &doc["sections"][0]["points"];
    assert_eq!(
        points[0],
        json!({ "text": "Lee said it was time.", "speakers": ["ann"], "question": { "text": "Why now?", "byName": "An audience member" } })
    );
    assert_eq!(points[1]["question"], json!({ "text": "And then?", "by": "bo" }));
    assert_eq!(points[2]["question"], json!({ "text": "为什么？", "by": "bo" }));
}

#[test]
fn a_misspelt_point_marker_entry_is_reported_with_a_suggestion() {
    let conversion = convert(&format!("# T\n\n{SPEAKERS}## S\n\n- Lee spoke. {{atribution=\"MEPs\"}}\n"));
    assert_eq!(
        messages(&conversion),
        vec!["10:15: unknown marker entry \"atribution\" (did you mean \"attribution\"?); expected #id, at=…, quote or attribution=\"…\""]
    );
}

#[test]
fn a_misspelt_front_matter_key_is_a_warning_with_a_suggestion_and_the_rest_converts() {
    let conversion =
        convert(&format!("---\nvenu: Hall\nattendence: online\n---\n\n# T\n\n{SPEAKERS}## S\n\n- Lee spoke.\n"));
    let found: Vec<_> = conversion
        .warnings()
        .map(|w| (w.place.line, w.message.split(';').next().unwrap_or_default().to_owned()))
        .collect();
    assert_eq!(
        found,
        vec![
            (2, "unknown front matter key \"venu\", ignored (did you mean \"venue\"?)".to_owned()),
            (3, "unknown front matter key \"attendence\", ignored (did you mean \"attendance\"?)".to_owned()),
        ]
    );
    assert_eq!(conversion.errors().count(), 0);
    assert!(doc(&conversion).get("venue").is_none());
}

#[test]
fn speakers_under_a_group_heading_get_that_group_unless_their_marker_gives_one() {
    let markdown = "# T\n\n## Speakers\n\n- Ann Lee {id=ann}\n\n### For the motion\n\n- Bo Chen {id=bo}\n- Cy Dee {id=cy group=\"Chair\"}\n\n\
                    ### Against\n\n- Di Eng {id=di}\n\n## S\n\n- Bo Chen spoke.\n\n### Deep\n";
    let conversion = convert(markdown);
    assert_eq!(
        messages(&conversion),
        vec!["20:1: a level-3 heading; a briefing uses `#` for its title and `##` for speakers and sections"],
        "only under `## Speakers`"
    );
    let doc = doc(&convert(markdown.trim_end_matches("\n\n### Deep\n")));
    let groups: Vec<_> = doc["speakers"].as_array().unwrap().iter().map(|s| s.get("group").cloned()).collect();
    assert_eq!(groups, vec![None, Some(json!("For the motion")), Some(json!("Chair")), Some(json!("Against"))]);
}

#[test]
fn a_quote_s_last_line_may_name_its_speakers() {
    let markdown =
        format!("# T\n\n{SPEAKERS}## S\n\n> Our home.\n>\n> — Ann Lee and Bo Chen\n\n> Theirs.\n>\n> — Zoe\n");
    let conversion = convert(&markdown);
    assert_eq!(
        messages(&conversion),
        vec!["16:5: \"Zoe\" in the quote's attribution line is no speaker's name, alias or id"]
    );
    let doc = doc(&convert(markdown.split("\n\n> Theirs").next().unwrap_or_default()));
    assert_eq!(
        doc["sections"][0]["points"][0],
        json!({ "text": "Our home.", "speakers": ["ann", "bo"], "quote": true })
    );
}
