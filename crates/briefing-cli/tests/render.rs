//! `briefing render`: purely static HTML from the widget's own components, and its options and failures.

mod common;

use common::{briefing, code, fixture, scratch, stderr, stdout};

fn render(args: &[&str]) -> std::process::Output {
    let file = fixture("north-korea-2013.json");
    briefing(["render".as_ref(), file.as_os_str()].into_iter().chain(args.iter().map(|a| a.as_ref())))
}

fn example() -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(fixture("north-korea-2013.json")).expect("fixture")).expect("JSON")
}

fn render_document(name: &str, doc: &serde_json::Value) -> String {
    let file = scratch(name, &doc.to_string());
    let output = briefing(["render".as_ref(), file.as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    stdout(&output)
}

/// What a reader without styles reads: the text without tags, print-only notes or entities.
fn text_of(html: &str) -> String {
    let mut rest = html;
    let mut text = String::new();
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        rest = &rest[start..];
        if rest.starts_with("<span class=\"print-only\">") {
            let end = rest.find("</span>").expect("print-only span closes");
            rest = &rest[end + "</span>".len()..];
        } else {
            let end = rest.find('>').expect("tag closes");
            rest = &rest[end + 1..];
        }
    }
    text.push_str(rest);
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn renders_static_html_without_controls_or_interactive_wiring() {
    let output = render(&[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    // Inside the root and frame boxes that briefing-widget.css declares its variables on.
    assert!(
        html.starts_with(
            "<div class=\"root\"><div class=\"frame\"><article lang=\"en\" dir=\"ltr\" class=\"briefing is-static\">"
        ),
        "{html}"
    );
    assert!(html.ends_with("</article></div></div>\n"), "{html}");
    assert!(html.contains("<h2 class=\"title\">Dealing With North Korea's Increased Belligerence</h2>"), "{html}");
    assert!(html.contains("<time datetime=\"2013-04-29\" class=\"date\">April 29, 2013</time>"), "{html}");
    for live in [
        "<button",
        "tabindex",
        "role=\"tooltip\"",
        "class=\"tooltip",
        "role=\"status\"",
        "role=\"region\"",
        " hidden",
        "aria-expanded",
        "aria-controls",
        "aria-describedby",
        "aria-pressed",
        "aria-labelledby",
        "data-speaker",
        "class=\"copy-link\"",
        "<script",
        "<style",
        "style=\"",
        "<svg",
    ] {
        assert!(!html.contains(live), "static HTML has {live:?}: {html}");
    }
    // The controls' row keeps its place, with the buttons' words only in attributes, for layout.
    assert!(html.contains("<span data-words=\"Show all sections\" class=\"control is-placeholder\"></span>"), "{html}");
    assert!(!text_of(&html).contains("Show all") && !text_of(&html).contains("Hide all"), "{html}");
    // Mentions and chips stay, as inert text with the widget's classes.
    assert!(html.contains("<span part=\"mention\" class=\"mention\">Flake</span> said that"), "{html}");
    assert!(html.contains("<span part=\"mention\" class=\"chip\">L. Gordon Flake</span>"), "{html}");
    // Speakers with their role and affiliation, in the text itself.
    assert!(
        text_of(&html).contains("L. Gordon Flake panelist Maureen and Mike Mansfield Foundation"),
        "{}",
        text_of(&html)
    );
}

#[test]
fn every_section_is_open_with_all_its_content() {
    let html = stdout(&render(&[]));
    let text = text_of(&html);
    let doc = example();
    let sections = doc["sections"].as_array().expect("sections");
    // The example opens only its first section; static HTML opens them all.
    assert!(sections.iter().any(|s| s["open"] != true));
    assert_eq!(html.matches("<section part=\"section\"").count(), sections.len(), "{html}");
    assert_eq!(html.matches("class=\"section accent-").count(), html.matches(" is-open\"").count(), "{html}");
    assert_eq!(html.matches("<div part=\"section-body\" class=\"section-body\">").count(), sections.len(), "{html}");
    for section in sections {
        let title = section["title"].as_str().expect("title");
        assert!(
            html.contains(&format!("<span class=\"section-title\">{}</span>", title.replace('&', "&amp;"))),
            "{title}"
        );
        for point in section["points"].as_array().expect("points") {
            for field in ["label", "text"] {
                if let Some(words) = point[field].as_str() {
                    assert!(text.contains(words), "{field} missing: {words}\n{text}");
                }
            }
        }
    }
    for speaker in doc["speakers"].as_array().expect("speakers") {
        for field in ["name", "affiliation", "role"] {
            if let Some(words) = speaker[field].as_str() {
                assert!(text.contains(words), "{field} missing: {words}");
            }
        }
    }
}

#[test]
fn speaker_bios_are_in_the_static_html() {
    let mut doc = example();
    doc["speakers"][0]["bio"] = "Flake directs the <Mansfield> Foundation's programs.".into();
    let html = render_document("render-bios.json", &doc);
    // Escaped as text, never markup.
    // Each paragraph of the bio is a block of its own (format 1.1).
    assert!(
        html.contains(
            "<span class=\"speaker-bio\"><span class=\"paragraph\">Flake directs the &lt;Mansfield&gt; Foundation"
        ),
        "{html}"
    );
    assert!(text_of(&html).contains("Flake directs the <Mansfield> Foundation's programs."), "{html}");
}

#[test]
fn links_are_http_or_https_and_open_without_an_opener() {
    let mut doc = example();
    doc["organizer"]["url"] = "https://example.org/asia".into();
    doc["speakers"][0]["url"] = "http://example.org/flake".into();
    let html = render_document("render-links.json", &doc);
    let links: Vec<&str> = html.split("<a ").skip(1).map(|rest| &rest[..rest.find('>').expect("tag closes")]).collect();
    assert_eq!(links.len(), 3, "{html}");
    for link in links {
        assert!(link.contains("href=\"https://") || link.contains("href=\"http://"), "{link}");
        assert!(link.contains("rel=\"noopener noreferrer\""), "{link}");
    }
}

#[test]
fn a_long_briefing_renders_every_section() {
    // The widget renders long briefings in slices; static HTML has no later slices.
    let mut doc = example();
    let first = doc["sections"][0].clone();
    doc["sections"] = (0..20)
        .map(|i| {
            let mut section = first.clone();
            section["id"] = format!("part-{i}").into();
            section["title"] = format!("Part {i}").into();
            section
        })
        .collect();
    let html = render_document("render-long.json", &doc);
    assert_eq!(html.matches("<section part=\"section\"").count(), 20);
    assert!(html.contains("<span class=\"section-title\">Part 19</span>"), "{html}");
}

#[test]
fn words_and_date_follow_the_briefing_language() {
    let mut doc = example();
    doc["lang"] = "zh-Hans".into();
    let html = render_document("render-zh.json", &doc);
    assert!(html.contains("<time datetime=\"2013-04-29\" class=\"date\">2013年4月29日</time>"), "{html}");
    // The widget's words carry their own language and direction (format 1.1).
    assert!(html.contains("<span lang=\"zh-Hans\" dir=\"ltr\" class=\"count\">2 个观点</span>"), "{html}");
    doc["lang"] = "ar".into();
    let html = render_document("render-ar.json", &doc);
    assert!(html.starts_with("<div class=\"root\"><div class=\"frame\"><article lang=\"ar\" dir=\"rtl\""), "{html}");
    assert!(html.contains(">29 أبريل 2013</time>"), "{html}");
}

#[test]
fn heading_level_option() {
    let html = stdout(&render(&["--heading-level", "3"]));
    assert!(html.contains("<h3 class=\"title\">"), "{html}");
    assert!(html.contains("<h4 class=\"section-heading\">"), "{html}");
    assert!(html.contains("<h5 class=\"point-label\">"), "{html}");
    // Static HTML shows every section: there is nothing to open or close.
    for bad in [["--heading-level", "0"], ["--heading-level", "7"], ["--open", "all"]] {
        assert_eq!(code(&render(&bad)), 2, "{bad:?}");
    }
}

#[test]
fn briefing_text_is_escaped_never_markup() {
    let mut doc = example();
    doc["sections"][0]["points"][0]["text"] = "Flake wrote <script>alert(1)</script> & <b>left</b>".into();
    let html = render_document("render-escape.json", &doc);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;left&lt;/b&gt;"), "{html}");
    assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
}

#[test]
fn an_invalid_briefing_is_exit_code_1_with_every_problem() {
    let file = fixture("invalid/duplicate-speaker-id.json");
    let output = briefing(["render".as_ref(), file.as_os_str()]);
    assert_eq!(code(&output), 1);
    assert!(stdout(&output).is_empty());
    let message = stderr(&output);
    assert!(message.starts_with(&format!("briefing: {} is not a valid briefing:\n", file.display())), "{message}");
    assert!(message.contains("\n  speakers[4].id: duplicate id \"jin\"\n"), "{message}");
}

#[test]
fn an_unreadable_file_is_exit_code_2() {
    let output = briefing(["render", "/no/such/briefing.json"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("cannot read /no/such/briefing.json"), "{}", stderr(&output));
}

#[test]
fn a_reader_that_stops_reading_ends_it_quietly() {
    // `briefing render … | head`: the pipe closes before the HTML is written.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
        .arg("render")
        .arg(fixture("north-korea-2013.json"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("briefing starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("briefing ends");
    assert_eq!(stderr(&output), "");
    assert_eq!(code(&output), 0);
}

/// Years before 100 are themselves, as the widget shows them, not 19xx; year 0000 (1 BC) as 1.
#[test]
fn early_years_are_written_as_the_widget_writes_them() {
    for (date, label) in
        [("0013-04-29", "April 29, 13"), ("0099-12-31", "December 31, 99"), ("0000-02-29", "February 29, 1")]
    {
        let mut doc = example();
        doc["date"] = serde_json::json!(date);
        let html = render_document(&format!("early-{date}.json"), &doc);
        assert!(html.contains(&format!("<time datetime=\"{date}\" class=\"date\">{label}</time>")), "{html}");
    }
}

#[test]
fn the_version_1_1_example_renders_every_new_field_as_text() {
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(common::fixture("arctic-futures-2026.json")).unwrap()).unwrap();
    let html = render_document("render-1-1.json", &doc);
    let text = text_of(&html);
    for expected in [
        "October 22, 2026 – October 23, 2026",
        "09:30–17:00 London time",
        "Royal Geographical Society",
        "Hybrid: in person and online",
        "Arctic Futures Forum, 12th",
        "Recording: Full recording",
        "Published October 24, 2026",
        "Retired Rear Admiral",
        "For the motion",
        "Question from A student from Tromsø:",
        "Several delegates from shipping firms",
        "14:05",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert!(html.contains("<blockquote class=\"quote\">"), "{html}");
    assert!(html.contains("href=\"https://www.youtube.com/watch?v=arctic2026&amp;t=845\""), "{html}");
    // Never the reader's time: the copy cannot know the reader's zone.
    assert!(!text.contains("your time"), "{text}");
}
