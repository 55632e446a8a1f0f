//! `briefing embed`: the HTML snippet of the embedding contract, with escaped attribute values.

use std::io::Write;

use base64::Engine;
use sha2::{Digest, Sha384};

use crate::check::load;
use crate::cli::EmbedArgs;
use crate::error::{read, CliError, Outcome};
use crate::render::{self, Rendered};

/// The widget script partners link by default.
pub const DEFAULT_SCRIPT: &str = "https://cdn.example.org/briefing-widget/v1/briefing-widget.js";
/// The widget's stylesheet, which the build ships beside the script.
pub const STYLESHEET: &str = "briefing-widget.css";
/// The fallback link's text.
const FALLBACK_TEXT: &str = "Read the briefing";

/// The snippet: the script tag, then the element with its fallback link, and with `inline`, the
/// briefing's static copy in a declarative shadow root.
///
/// The copy is laid out as the widget's first render will be (same stylesheet, same frame, every
/// section open, words in the same language), so the widget replaces it without moving anything:
/// hence `open="all"` and `lang` on the element. The shadow root has no slot, so the fallback link
/// shows only where declarative shadow roots are not supported.
/// A briefing without `lang` takes the page's language and direction, so neither the element
/// nor the frame names one then (the widget's words follow the page's language too).
/// With `integrity` (the hashes of the loader and of the stylesheet beside it), the script tag
/// and the copy's stylesheet link pin the files of an exact version.
pub fn snippet(args: &EmbedArgs, inline: Option<&Rendered>, integrity: Option<&Pinned>) -> String {
    let src = args.src.as_str();
    let fallback = args.fallback.as_ref().map_or(src, |url| url.as_str());
    let pin = |hash: &str| format!(" integrity=\"{hash}\" crossorigin=\"anonymous\"");
    let (attributes, shadow) = match inline {
        Some(Rendered { html, language, lang_given }) => {
            let lang = |dir: bool| {
                let direction = if dir { format!(" dir=\"{}\"", language.direction()) } else { String::new() };
                if *lang_given {
                    format!(" lang=\"{}\"{direction}", language.tag())
                } else {
                    String::new()
                }
            };
            (
                format!("{} open=\"all\"", lang(false)),
                format!(
                    "  <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{stylesheet}\"{pinned}>\
                     <div class=\"root\" data-prerendered><div class=\"frame\"{frame}>{html}</div></div>\
                     </template>\n",
                    stylesheet = attribute(args.script.sibling(STYLESHEET).as_str()),
                    pinned = integrity.and_then(|p| p.stylesheet.as_deref()).map_or(String::new(), pin),
                    frame = lang(true),
                ),
            )
        }
        None => (String::new(), String::new()),
    };
    format!(
        "<script async src=\"{script}\"{pinned}></script>\n\n\
         <briefing-widget src=\"{src}\" theme=\"{theme}\"{attributes}>\n\
         {shadow}  <a href=\"{fallback}\">{text}</a>\n\
         </briefing-widget>\n",
        script = attribute(args.script.as_str()),
        pinned = integrity.map_or(String::new(), |p| pin(&p.loader)),
        src = attribute(src),
        theme = args.theme.as_str(),
        fallback = attribute(fallback),
        text = attribute(FALLBACK_TEXT),
    )
}

/// Escapes text for a double-quoted attribute value (and for element content).
pub fn attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            other => out.push(other),
        }
    }
    out
}

/// The Subresource Integrity value of a file: `sha384-` and the base64 of its SHA-384 digest.
pub fn sha384(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// The `integrity` hashes of a pinned snippet: the loader's, and the stylesheet's (with `--inline`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    pub loader: String,
    pub stylesheet: Option<String>,
}

/// The version in a script URL on an npm CDN (`…/briefing-widget@<version>/…`), if it names one.
fn npm_version(script: &str) -> Option<&str> {
    let (_, rest) = script.split_once("briefing-widget@")?;
    Some(rest.split(['/', '?', '#']).next().unwrap_or(rest))
}

/// The exact version a script URL names: `…/briefing-widget@1.1.0/…` on an npm CDN, or a path
/// segment `1.1.0` or `v1.1.0` on any host. `None` for a URL that moves with each release: a
/// major-version path (`…/v1/…`, the default), a range or tag (`@1`, `@latest`), or no version
/// at all (`…/npm/briefing-widget/…` serves the latest).
fn exact_version(script: &str) -> Option<&str> {
    if let Some(version) = npm_version(script) {
        return Some(version).filter(|v| is_exact(v));
    }
    let path = script.split(['?', '#']).next().unwrap_or(script);
    path.split('/').map(|segment| segment.strip_prefix('v').unwrap_or(segment)).find(|segment| is_exact(segment))
}

/// Whether a version is exact (`1.1.0`, `1.2.0-rc.1`), not a range or tag that moves (`1`, `^1.1`, `latest`).
fn is_exact(version: &str) -> bool {
    let core = version.split_once(['-', '+']).map_or(version, |(core, _)| core);
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The `integrity` of the loader file at `path`, for the script URL of `args`, and with `inline`
/// of the stylesheet beside it (the copy's link pins it too).
fn integrity(args: &EmbedArgs, path: &std::path::Path, inline: bool) -> Result<Pinned, CliError> {
    let script = args.script.as_str();
    if exact_version(script).is_none() {
        let named = npm_version(script).map_or_else(|| script.to_owned(), |v| format!("briefing-widget@{v}"));
        return Err(CliError::Arguments(format!(
            "--loader needs --script to name an exact version (…/briefing-widget@1.1.0/… or a path such as …/1.1.0/…), \
             not {named}: that URL serves each new release's loader, whose hash differs, and browsers would then refuse it"
        )));
    }
    let stylesheet = inline.then(|| read(&path.with_file_name(STYLESHEET)).map(|bytes| sha384(&bytes))).transpose()?;
    Ok(Pinned { loader: sha384(&read(path)?), stylesheet })
}

pub fn run(args: &EmbedArgs) -> Result<Outcome, CliError> {
    let briefing = args.inline.as_deref().map(load).transpose()?;
    // `--json-ld` (which needs `--inline`): the same JSON-LD as `briefing publish`'s pages.
    let json_ld = briefing.as_ref().filter(|_| args.json_ld).map(|b| crate::publish::jsonld::script(b, None) + "\n");
    let inline = briefing.map(|briefing| render::render(briefing, 2)).transpose()?;
    let integrity = args.loader.as_deref().map(|path| integrity(args, path, inline.is_some())).transpose()?;
    let mut out = snippet(args, inline.as_ref(), integrity.as_ref());
    out.push_str(json_ld.as_deref().unwrap_or_default());
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::{attribute, exact_version, is_exact, npm_version, sha384};

    #[test]
    fn sha384_is_the_subresource_integrity_form() {
        // The SRI specification's example: `alert('Hello, world.');`.
        assert_eq!(
            sha384(b"alert('Hello, world.');"),
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
    }

    #[test]
    fn only_exact_npm_versions_may_be_pinned() {
        let script = |v: &str| format!("https://cdn.example.org/npm/briefing-widget@{v}/dist/briefing-widget.js");
        assert_eq!(npm_version(&script("1.1.0")), Some("1.1.0"));
        assert_eq!(npm_version("https://example.org/widget/briefing-widget.js"), None);
        for exact in ["1.1.0", "10.0.12", "1.2.0-rc.1"] {
            assert!(is_exact(exact), "{exact}");
        }
        for moving in ["1", "1.1", "latest", "^1.1.0", "~1.1.0", "1.x", "1.1.x", ""] {
            assert!(!is_exact(moving), "{moving}");
        }
        // Moving URLs: the default major-version path, npm CDNs with no version, ranges.
        for moving in [
            super::DEFAULT_SCRIPT,
            "https://cdn.jsdelivr.net/npm/briefing-widget/dist/briefing-widget.js",
            "https://unpkg.com/briefing-widget/dist/briefing-widget.js",
            "https://unpkg.com/briefing-widget@1/dist/briefing-widget.js",
            "https://example.org/widget/briefing-widget.js",
            "https://example.org/widget/briefing-widget.js?v=1.1.0",
        ] {
            assert_eq!(exact_version(moving), None, "{moving}");
        }
        for (pinned, version) in [
            ("https://cdn.jsdelivr.net/npm/briefing-widget@1.1.0/dist/briefing-widget.js", "1.1.0"),
            ("https://cdn.example.org/briefing-widget/v1.2.0/briefing-widget.js", "1.2.0"),
            ("https://example.org/assets/1.1.0/briefing-widget.js", "1.1.0"),
        ] {
            assert_eq!(exact_version(pinned), Some(version), "{pinned}");
        }
    }

    #[test]
    fn attribute_values_are_escaped() {
        assert_eq!(attribute(r#"a?x=1&y="2"<'>"#), "a?x=1&amp;y=&quot;2&quot;&lt;&#39;&gt;");
        assert_eq!(attribute("plain/path.json"), "plain/path.json");
    }
}
