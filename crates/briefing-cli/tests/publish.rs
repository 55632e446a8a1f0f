//! `briefing publish`: every file of the contract's table, deterministic output, and errors that
//! name the file and leave nothing written.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{briefing, code, fixture, repo, scratch, stderr};

const BASE: &str = "https://briefings.example.org/site/";
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A folder of its own under Cargo's scratch directory, empty.
fn folder(name: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&path);
    std::fs::create_dir_all(&path).expect("scratch folder");
    path
}

/// A widget distribution as the release build lays it out (the files' contents do not matter here).
fn widget_dist(name: &str) -> PathBuf {
    let dir = folder(name);
    for (file, text) in [
        ("briefing-widget.js", "/* loader */"),
        ("briefing-widget.css", ":host{display:block}.root{all:initial}"),
        ("briefing-widget-0123456789abcdef.js", "/* glue */"),
        ("briefing-widget-0123456789abcdef_bg.wasm", "\0asm"),
        ("index.html", "the preview, which the site does not need"),
    ] {
        std::fs::write(dir.join(file), text).expect("widget file");
    }
    dir
}

/// Every file under `dir`, by its `/`-separated path, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let name = path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
                out.insert(name, std::fs::read(&path).expect("readable file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn publish(out: &Path, widget: &Path, inputs: &[PathBuf]) -> std::process::Output {
    let mut args: Vec<std::ffi::OsString> = vec![
        "publish".into(),
        "--base-url".into(),
        BASE.into(),
        "--out".into(),
        out.into(),
        "--widget".into(),
        widget.into(),
    ];
    args.extend(inputs.iter().map(|p| p.clone().into_os_string()));
    briefing(args)
}

fn text(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(files.get(name).unwrap_or_else(|| panic!("{name} written")).clone()).expect("UTF-8")
}

#[test]
fn every_file_of_the_contract_is_written() {
    let scratch_dir = folder("publish-all");
    let out = scratch_dir.join("site");
    let widget = widget_dist("publish-all-widget");
    let inputs = [fixture("north-korea-2013.json"), fixture("china-korea-2013-zh.json")];
    let output = publish(&out, &widget, &inputs);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let site = files(&out);
    let mut expected: Vec<String> = ["index.html", "feed.xml", "sitemap.xml", "_headers"].map(String::from).to_vec();
    for id in ["dealing-with-north-korea-2013", "china-korea-policy-2013-zh"] {
        for file in ["index.html", "embed.html", "oembed.json", "briefing.json"] {
            expected.push(format!("{id}/{file}"));
        }
    }
    for file in [
        "briefing-widget.js",
        "briefing-widget.css",
        "briefing-widget-0123456789abcdef.js",
        "briefing-widget-0123456789abcdef_bg.wasm",
        "briefing-page.css",
        "briefing-embed.js",
        "briefing-frame.js",
    ] {
        expected.push(format!("widget/{VERSION}/{file}"));
    }
    expected.sort();
    let mut written: Vec<String> = site.keys().cloned().collect();
    written.sort();
    assert_eq!(written, expected);

    // The document as given, byte for byte.
    assert_eq!(
        site.get("dealing-with-north-korea-2013/briefing.json"),
        Some(&std::fs::read(&inputs[0]).expect("fixture"))
    );
    // The page: the briefing in the light DOM, the head the contract lists.
    let page = text(&site, "dealing-with-north-korea-2013/index.html");
    for needle in [
        "<link rel=\"canonical\" href=\"https://briefings.example.org/site/dealing-with-north-korea-2013/\">",
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://briefings.example.org/site/dealing-with-north-korea-2013/oembed.json\"",
        "<meta property=\"og:title\" content=\"Dealing With North Korea&#39;s Increased Belligerence\">",
        "<meta name=\"twitter:card\" content=\"summary\">",
        "<link rel=\"alternate\" hreflang=\"en\"",
        "<script type=\"application/ld+json\">",
        "<briefing-widget src=\"briefing.json\" heading-level=\"1\" open=\"all\" lang=\"en\"><div class=\"root\" data-prerendered slot=\"briefing-copy\">",
        "integrity=\"sha384-",
    ] {
        assert!(page.contains(needle), "page lacks {needle}");
    }
    assert!(!page.contains("<template"), "the copy is in the light DOM");
    // The headers: CORS everywhere, immutable only for the hashed names.
    let headers = text(&site, "_headers");
    assert!(headers.contains("/*\n  Access-Control-Allow-Origin: *\n"), "{headers}");
    assert!(headers.contains(&format!("/widget/{VERSION}/briefing-widget-0123456789abcdef_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable")), "{headers}");
    assert_eq!(headers.matches("immutable").count(), 2, "{headers}");
    // oEmbed: the iframe of the embed page.
    let oembed: serde_json::Value =
        serde_json::from_str(&text(&site, "dealing-with-north-korea-2013/oembed.json")).expect("JSON");
    assert_eq!(oembed["version"], "1.0");
    assert_eq!(oembed["type"], "rich");
    assert!(oembed["html"].as_str().is_some_and(
        |h| h.contains("src=\"https://briefings.example.org/site/dealing-with-north-korea-2013/embed.html\"")
    ));
    // The index links every briefing.
    let index = text(&site, "index.html");
    assert!(index.contains("href=\"dealing-with-north-korea-2013/\""), "{index}");
    // The pages' stylesheet is the widget's, scoped to the element, then the page's layout.
    let css = text(&site, &format!("widget/{VERSION}/briefing-page.css"));
    assert!(css.starts_with("briefing-widget{display:block}briefing-widget .root{all:initial}"), "{css}");
}

#[test]
fn markdown_briefings_are_published_too() {
    let dir = folder("publish-markdown");
    let out = dir.join("site");
    let output = publish(&out, &widget_dist("publish-markdown-widget"), &[repo("examples/north-korea-2013.md")]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let site = files(&out);
    let json = text(&site, "dealing-with-north-korea-2013/briefing.json");
    assert!(json.contains("\"version\": 1"), "{json}");
    assert!(text(&site, "dealing-with-north-korea-2013/index.html").contains("Flake"));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let dir = folder("publish-twice");
    let widget = widget_dist("publish-twice-widget");
    let inputs =
        [fixture("north-korea-2013.json"), fixture("water-security-ar.json"), fixture("china-korea-2013-zh.json")];
    let (first, second) = (dir.join("a"), dir.join("b"));
    assert_eq!(code(&publish(&first, &widget, &inputs)), 0);
    // In another order, into a folder that already holds a site.
    let reversed: Vec<PathBuf> = inputs.iter().rev().cloned().collect();
    assert_eq!(code(&publish(&second, &widget, &reversed)), 0);
    assert_eq!(code(&publish(&second, &widget, &reversed)), 0);
    assert_eq!(files(&first), files(&second));
}

/// Nothing but `keep` in `dir`: no site, no half-written folder.
fn only(dir: &Path, keep: &[&str]) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, keep, "in {}", dir.display());
}

#[test]
fn two_briefings_with_one_id_are_an_error_naming_both_files() {
    let dir = folder("publish-duplicate");
    let copy = dir.join("copy.json");
    std::fs::copy(fixture("north-korea-2013.json"), &copy).expect("copy");
    let out = dir.join("site");
    let output =
        publish(&out, &widget_dist("publish-duplicate-widget"), &[fixture("north-korea-2013.json"), copy.clone()]);
    assert_eq!(code(&output), 1);
    let message = stderr(&output);
    assert!(
        message.contains("north-korea-2013.json and")
            && message.contains("copy.json both have the id \"dealing-with-north-korea-2013\""),
        "{message}"
    );
    only(&dir, &["copy.json"]);
}

#[test]
fn a_bad_input_writes_nothing_and_leaves_the_old_site() {
    let dir = folder("publish-bad");
    let widget = widget_dist("publish-bad-widget");
    let out = dir.join("site");
    assert_eq!(code(&publish(&out, &widget, &[fixture("north-korea-2013.json")])), 0);
    let before = files(&out);
    let bad = scratch(
        "publish-bad.json",
        r#"{"version": 1, "id": "x", "title": "X", "speakers": [], "sections": [{"id": "a", "title": "A", "points": [{"text": "t", "speakers": ["zhou"]}]}]}"#,
    );
    let output = publish(&out, &widget, &[fixture("north-korea-2013.json"), bad]);
    assert_eq!(code(&output), 1);
    let message = stderr(&output);
    assert!(
        message.contains("publish-bad.json is not a valid briefing")
            && message.contains("sections[0].points[0].speakers[0]: unknown speaker \"zhou\""),
        "{message}"
    );
    assert_eq!(files(&out), before, "the old site is untouched");
    only(&dir, &["site"]);

    // A Markdown problem is placed at its line and column.
    let markdown = scratch("publish-bad.md", "# Title\n\n## Section\n\n<div>html</div>\n");
    let output = publish(&dir.join("other"), &widget, &[markdown]);
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("publish-bad.md:5:1:"), "{}", stderr(&output));
    only(&dir, &["site"]);

    // A reserved id, and a widget folder without the build.
    let reserved = scratch(
        "publish-widget-id.json",
        &std::fs::read_to_string(fixture("north-korea-2013.json"))
            .expect("fixture")
            .replace("\"dealing-with-north-korea-2013\"", "\"widget\""),
    );
    let output = publish(&dir.join("other"), &widget, &[reserved]);
    assert!(stderr(&output).contains("id: \"widget\" is the name of the site's widget folder"), "{}", stderr(&output));
    let output = publish(&dir.join("other"), &dir, &[fixture("north-korea-2013.json")]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("build the widget first"), "{}", stderr(&output));
    only(&dir, &["site"]);
}

#[test]
fn embed_inline_adds_json_ld_only_when_asked() {
    let src = ["embed", "--src", "https://data.example.org/b.json", "--inline"];
    let file = fixture("north-korea-2013.json");
    let plain = briefing(src.iter().map(|s| s.to_string()).chain([file.display().to_string()]));
    assert_eq!(code(&plain), 0, "{}", stderr(&plain));
    assert!(!common::stdout(&plain).contains("application/ld+json"));
    let with = briefing(src.iter().map(|s| s.to_string()).chain([file.display().to_string(), "--json-ld".into()]));
    assert_eq!(code(&with), 0, "{}", stderr(&with));
    let html = common::stdout(&with);
    let json = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("a JSON-LD script");
    let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
    assert_eq!(value["@type"], "Article");
    assert_eq!(value["about"]["@type"], "Event");
    assert_eq!(value["about"]["performer"][0]["affiliation"]["@type"], "Organization");
    // --json-ld needs --inline.
    let usage = briefing(["embed", "--src", "https://data.example.org/b.json", "--json-ld"]);
    assert_eq!(code(&usage), 2);
}
