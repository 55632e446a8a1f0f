//! `briefing render`: static HTML from the widget's own components, and its options and failures.

mod common;

use common::{briefing, code, fixture, scratch, stderr, stdout};

fn render(args: &[&str]) -> std::process::Output {
    let file = fixture("north-korea-2013.json");
    briefing(["render".as_ref(), file.as_os_str()].into_iter().chain(args.iter().map(|a| a.as_ref())))
}

#[test]
fn renders_the_briefing_as_the_widget_does() {
    let output = render(&[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    assert!(html.starts_with("<article"), "{html}");
    assert!(html.contains("<h2 class=\"title\">Dealing With North Korea's Increased Belligerence</h2>"), "{html}");
    assert!(html.contains("aria-describedby=\"bw-tip-flake\""), "mentions are marked: {html}");
    // Sections start as the briefing says: only "drivers" is open.
    assert!(html.contains("aria-expanded=\"true\" aria-controls=\"bw-panel-drivers\""), "{html}");
    assert!(html.contains(
        "id=\"bw-panel-signs\" part=\"section-body\" role=\"region\" aria-labelledby=\"bw-head-signs\" hidden"
    ));
    assert!(!html.contains("<script") && !html.contains("<style") && !html.contains("style=\""), "{html}");
}

#[test]
fn open_and_heading_level_options() {
    let html = stdout(&render(&["--open", "all", "--heading-level", "3"]));
    assert!(html.contains("<h3 class=\"title\">"), "{html}");
    assert!(!html.contains("aria-expanded=\"false\""), "{html}");
    let html = stdout(&render(&["--open", "none"]));
    assert!(!html.contains("aria-expanded=\"true\""), "{html}");
    for bad in [["--heading-level", "0"], ["--heading-level", "7"], ["--open", "some"]] {
        assert_eq!(code(&render(&bad)), 2, "{bad:?}");
    }
}

#[test]
fn briefing_text_is_escaped_never_markup() {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("north-korea-2013.json")).expect("fixture")).expect("JSON");
    doc["sections"][0]["points"][0]["text"] = "Flake wrote <script>alert(1)</script> & <b>left</b>".into();
    let file = scratch("render-escape.json", &doc.to_string());
    let html = stdout(&briefing(["render".as_ref(), file.as_os_str()]));
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
