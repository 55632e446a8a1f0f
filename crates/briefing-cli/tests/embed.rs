//! `briefing embed`: the snippet of the embedding contract, escaping, and refused URLs.

mod common;

use common::{briefing, code, fixture, stderr, stdout};

#[test]
fn the_default_snippet_matches_the_contract() {
    let output = briefing(["embed", "--src", "https://data.example.org/briefings/north-korea-2013.json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        "<script async src=\"https://cdn.example.org/briefing-widget/v1/briefing-widget.js\"></script>\n\
         \n\
         <briefing-widget src=\"https://data.example.org/briefings/north-korea-2013.json\" theme=\"auto\">\n  \
         <a href=\"https://data.example.org/briefings/north-korea-2013.json\">Read the briefing</a>\n\
         </briefing-widget>\n"
    );
}

#[test]
fn script_theme_and_fallback_are_used_and_attribute_values_escaped() {
    let output = briefing([
        "embed",
        "--src",
        "/briefings/a.json?x=1&y=\"2\"",
        "--script",
        "../widget/briefing-widget.js",
        "--theme",
        "dark",
        "--fallback",
        "https://example.org/event?a=<b>",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    assert!(html.starts_with("<script async src=\"../widget/briefing-widget.js\"></script>"), "{html}");
    assert!(
        html.contains("<briefing-widget src=\"/briefings/a.json?x=1&amp;y=&quot;2&quot;\" theme=\"dark\">"),
        "{html}"
    );
    assert!(html.contains("<a href=\"https://example.org/event?a=&lt;b&gt;\">Read the briefing</a>"), "{html}");
}

#[test]
fn urls_other_than_http_https_or_relative_are_refused() {
    for (flag, url) in [
        ("--src", "javascript:alert(1)"),
        ("--src", "data:application/json,{}"),
        ("--script", "ftp://example.org/w.js"),
        ("--src", "//cdn.example.org/a.json"),
        ("--src", "a b.json"),
        ("--src", ""),
    ] {
        let args =
            if flag == "--src" { vec!["embed", "--src", url] } else { vec!["embed", "--src", "a.json", flag, url] };
        let output = briefing(args);
        assert_eq!(code(&output), 2, "{flag} {url}");
        assert!(stderr(&output).contains(flag), "{flag} {url}: {}", stderr(&output));
        assert!(stdout(&output).is_empty());
    }
}

#[test]
fn src_is_required_and_themes_are_checked() {
    assert_eq!(code(&briefing(["embed"])), 2);
    assert_eq!(code(&briefing(["embed", "--src", "a.json", "--theme", "blue"])), 2);
    for theme in ["light", "dark", "auto"] {
        let output = briefing(["embed", "--src", "a.json", "--theme", theme]);
        assert!(stdout(&output).contains(&format!("theme=\"{theme}\"")), "{theme}");
    }
}

#[test]
fn inline_puts_the_rendered_briefing_with_every_section_open_before_the_link() {
    let file = fixture("north-korea-2013.json");
    let output =
        briefing(["embed".as_ref(), "--src".as_ref(), "nk.json".as_ref(), "--inline".as_ref(), file.as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    let (element, link) =
        (html.find("<briefing-widget").unwrap_or(usize::MAX), html.find("<a href=\"nk.json\"").unwrap_or(0));
    let article = html.find("<article").expect("the rendered briefing");
    assert!(element < article && article < link, "{html}");
    assert!(html.contains("Dealing With North Korea's Increased Belligerence"), "{html}");
    assert!(!html.contains("aria-expanded=\"false\""), "readers without scripts cannot expand: {html}");
    assert!(html.ends_with("</a>\n</briefing-widget>\n"), "{html}");
}

#[test]
fn inline_needs_a_valid_readable_briefing() {
    let invalid = fixture("invalid/no-sections.json");
    let output =
        briefing(["embed".as_ref(), "--src".as_ref(), "a.json".as_ref(), "--inline".as_ref(), invalid.as_os_str()]);
    assert_eq!(code(&output), 1);
    assert!(stdout(&output).is_empty());
    assert!(stderr(&output).contains("sections: must not be empty"), "{}", stderr(&output));
    assert_eq!(code(&briefing(["embed", "--src", "a.json", "--inline", "/no/such.json"])), 2);
}
