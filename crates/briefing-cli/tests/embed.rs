//! `briefing embed`: the snippet of the embedding contract, escaping, and refused URLs.

mod common;

use common::{briefing, code, fixture, scratch, stderr, stdout};

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
fn inline_puts_the_static_briefing_in_a_declarative_shadow_root_styled_by_the_widget_stylesheet() {
    let file = fixture("north-korea-2013.json");
    let output = briefing([
        "embed".as_ref(),
        "--src".as_ref(),
        "nk.json".as_ref(),
        "--script".as_ref(),
        "https://cdn.example.org/bw/v1/briefing-widget.js?v=3".as_ref(),
        "--inline".as_ref(),
        file.as_os_str(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    // Every section open and the words' language pinned, so that the widget's first render is
    // the copy's twin; the stylesheet sits beside the script.
    let head = "<script async src=\"https://cdn.example.org/bw/v1/briefing-widget.js?v=3\"></script>\n\n\
                <briefing-widget src=\"nk.json\" theme=\"auto\" lang=\"en\" open=\"all\">\n  \
                <template shadowrootmode=\"open\">\
                <link rel=\"stylesheet\" href=\"https://cdn.example.org/bw/v1/briefing-widget.css\">\
                <div class=\"root\" data-prerendered><div class=\"frame\" lang=\"en\" dir=\"ltr\">\
                <article lang=\"en\" dir=\"ltr\" class=\"briefing is-static\">";
    assert!(html.starts_with(head), "{html}");
    assert!(
        html.ends_with(
            "</article></div></div></template>\n  <a href=\"nk.json\">Read the briefing</a>\n</briefing-widget>\n"
        ),
        "{html}"
    );
    // The copy is `briefing render`'s output, whole, root and frame included (but the language).
    let rendered = stdout(&briefing(["render".as_ref(), file.as_os_str()]));
    let article =
        rendered.trim_end().strip_prefix("<div class=\"root\"><div class=\"frame\">").expect("a root and a frame");
    assert!(html.contains(article), "{html}");
    assert!(html.contains("Dealing With North Korea's Increased Belligerence"), "{html}");
    assert!(!html.contains("<button") && !html.contains(" hidden"), "{html}");
}

#[test]
fn inline_pins_the_language_of_the_briefing() {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("north-korea-2013.json")).expect("fixture")).expect("JSON");
    doc["lang"] = "ar".into();
    let file = scratch("embed-ar.json", &doc.to_string());
    let html = stdout(&briefing([
        "embed".as_ref(),
        "--src".as_ref(),
        "a.json".as_ref(),
        "--inline".as_ref(),
        file.as_os_str(),
    ]));
    assert!(html.contains("<briefing-widget src=\"a.json\" theme=\"auto\" lang=\"ar\" open=\"all\">"), "{html}");
    assert!(html.contains("<div class=\"frame\" lang=\"ar\" dir=\"rtl\"><article lang=\"ar\" dir=\"rtl\""), "{html}");
    assert!(html.contains("href=\"https://cdn.example.org/briefing-widget/v1/briefing-widget.css\""), "{html}");
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

#[test]
fn a_pinned_loader_gets_its_sha384_integrity_for_an_exact_version() {
    // The Subresource Integrity specification's example file and hash.
    let loader = scratch("pinned-briefing-widget.js", "alert('Hello, world.');");
    let pinned = |script: &str| {
        briefing([
            "embed".as_ref(),
            "--src".as_ref(),
            "a.json".as_ref(),
            "--script".as_ref(),
            script.as_ref(),
            "--loader".as_ref(),
            loader.as_os_str(),
        ])
    };
    let script = "https://cdn.example.org/npm/briefing-widget@1.1.0/dist/briefing-widget.js";
    let output = pinned(script);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    assert!(
        html.starts_with(&format!(
            "<script async src=\"{script}\" integrity=\"sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO\" crossorigin=\"anonymous\"></script>\n"
        )),
        "{html}"
    );
    // A moving version would serve the next release's loader, which the hash would refuse: a
    // range or tag, the default major-version path, and npm CDN URLs that name no version.
    let mut moving: Vec<String> = ["1", "1.1", "latest"]
        .iter()
        .map(|v| format!("https://cdn.example.org/npm/briefing-widget@{v}/dist/briefing-widget.js"))
        .collect();
    moving.extend(
        [
            "https://cdn.example.org/briefing-widget/v1/briefing-widget.js",
            "https://cdn.jsdelivr.net/npm/briefing-widget/dist/briefing-widget.js",
            "https://unpkg.com/briefing-widget/dist/briefing-widget.js",
        ]
        .map(String::from),
    );
    for script in &moving {
        let output = pinned(script);
        assert_eq!(code(&output), 2, "{script}");
        assert!(stderr(&output).contains("exact version"), "{}", stderr(&output));
        assert!(stdout(&output).is_empty());
    }
    // The default script is such a path too.
    let output =
        briefing(["embed".as_ref(), "--src".as_ref(), "a.json".as_ref(), "--loader".as_ref(), loader.as_os_str()]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("exact version"), "{}", stderr(&output));
    // A versioned path on any host is exact.
    assert_eq!(code(&pinned("https://example.org/assets/briefing-widget/1.1.0/briefing-widget.js")), 0);
    // A loader that cannot be read is named.
    let output = briefing([
        "embed",
        "--src",
        "a.json",
        "--script",
        "https://cdn.example.org/npm/briefing-widget@1.1.0/dist/briefing-widget.js",
        "--loader",
        "/no/such/briefing-widget.js",
    ]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("/no/such/briefing-widget.js"), "{}", stderr(&output));
}

/// The stylesheet beside a script given as a bare origin (or a folder, or with a query) is at the
/// origin's root or in that folder, as a browser resolves it, never at a made-up host.
#[test]
fn the_stylesheet_url_is_resolved_against_the_script_url() {
    let file = fixture("north-korea-2013.json");
    for (script, stylesheet) in [
        ("https://cdn.example.org", "https://cdn.example.org/briefing-widget.css"),
        ("https://cdn.example.org?v=3", "https://cdn.example.org/briefing-widget.css"),
        ("https://cdn.example.org:8443/bw/v1/", "https://cdn.example.org:8443/bw/v1/briefing-widget.css"),
        ("https://cdn.example.org/bw/v1/briefing-widget.js#x", "https://cdn.example.org/bw/v1/briefing-widget.css"),
        ("https://cdn.example.org/a/../bw/briefing-widget.js", "https://cdn.example.org/bw/briefing-widget.css"),
        ("/bw/v1/briefing-widget.js?v=3", "/bw/v1/briefing-widget.css"),
        ("briefing-widget.js", "briefing-widget.css"),
    ] {
        let output = briefing([
            "embed".as_ref(),
            "--src".as_ref(),
            "b.json".as_ref(),
            "--script".as_ref(),
            script.as_ref(),
            "--inline".as_ref(),
            file.as_os_str(),
        ]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        let html = stdout(&output);
        assert!(html.contains(&format!("<link rel=\"stylesheet\" href=\"{stylesheet}\">")), "{script}: {html}");
    }
}

#[test]
fn a_pinned_inline_snippet_pins_its_stylesheet_too() {
    let dir = std::env::temp_dir().join(format!("briefing-pinned-css-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    let loader = dir.join("briefing-widget.js");
    std::fs::write(&loader, "alert('Hello, world.');").expect("loader");
    let file = fixture("north-korea-2013.json");
    let script = "https://cdn.example.org/npm/briefing-widget@1.1.0/dist/briefing-widget.js";
    let run = || {
        briefing([
            "embed".as_ref(),
            "--src".as_ref(),
            "a.json".as_ref(),
            "--script".as_ref(),
            script.as_ref(),
            "--loader".as_ref(),
            loader.as_os_str(),
            "--inline".as_ref(),
            file.as_os_str(),
        ])
    };
    // Without the stylesheet beside the loader, nothing can be pinned: the file is named.
    let output = run();
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("briefing-widget.css"), "{}", stderr(&output));
    std::fs::write(dir.join("briefing-widget.css"), "alert('Hello, world.');").expect("stylesheet");
    let output = run();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = stdout(&output);
    assert!(
        html.contains(
            "<link rel=\"stylesheet\" href=\"https://cdn.example.org/npm/briefing-widget@1.1.0/dist/briefing-widget.css\" \
             integrity=\"sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO\" crossorigin=\"anonymous\">"
        ),
        "{html}"
    );
}

#[test]
fn an_inline_briefing_without_lang_leaves_the_language_to_the_page() {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture("north-korea-2013.json")).expect("fixture")).expect("JSON");
    doc.as_object_mut().expect("object").remove("lang");
    let file = scratch("embed-no-lang.json", &doc.to_string());
    let html = stdout(&briefing([
        "embed".as_ref(),
        "--src".as_ref(),
        "a.json".as_ref(),
        "--inline".as_ref(),
        file.as_os_str(),
    ]));
    assert!(html.contains("<briefing-widget src=\"a.json\" theme=\"auto\" open=\"all\">"), "{html}");
    assert!(html.contains("<div class=\"frame\"><article class=\"briefing is-static\">"), "{html}");
}
