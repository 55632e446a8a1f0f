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
/// With `integrity` (the loader's hash), the script tag pins the loader of an exact version.
pub fn snippet(args: &EmbedArgs, inline: Option<&Rendered>, integrity: Option<&str>) -> String {
    let src = args.src.as_str();
    let fallback = args.fallback.as_ref().map_or(src, |url| url.as_str());
    let (attributes, shadow) = match inline {
        Some(Rendered { html, language }) => (
            format!(" lang=\"{}\" open=\"all\"", language.tag()),
            format!(
                "  <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{stylesheet}\">\
                 <div class=\"root\" data-prerendered><div class=\"frame\" lang=\"{lang}\" dir=\"{dir}\">{html}</div></div>\
                 </template>\n",
                stylesheet = attribute(args.script.sibling(STYLESHEET).as_str()),
                lang = language.tag(),
                dir = language.direction(),
            ),
        ),
        None => (String::new(), String::new()),
    };
    format!(
        "<script async src=\"{script}\"{pinned}></script>\n\n\
         <briefing-widget src=\"{src}\" theme=\"{theme}\"{attributes}>\n\
         {shadow}  <a href=\"{fallback}\">{text}</a>\n\
         </briefing-widget>\n",
        script = attribute(args.script.as_str()),
        pinned = integrity.map_or(String::new(), |hash| format!(" integrity=\"{hash}\" crossorigin=\"anonymous\"")),
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

/// The version in a script URL on an npm CDN (`…/briefing-widget@<version>/…`), if it names one.
fn npm_version(script: &str) -> Option<&str> {
    let (_, rest) = script.split_once("briefing-widget@")?;
    Some(rest.split(['/', '?', '#']).next().unwrap_or(rest))
}

/// Whether a version is exact (`1.1.0`, `1.2.0-rc.1`), not a range or tag that moves (`1`, `^1.1`, `latest`).
fn is_exact(version: &str) -> bool {
    let core = version.split_once(['-', '+']).map_or(version, |(core, _)| core);
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The `integrity` of the loader file at `path`, for the script URL of `args`.
fn integrity(args: &EmbedArgs, path: &std::path::Path) -> Result<String, CliError> {
    if let Some(version) = npm_version(args.script.as_str()).filter(|v| !is_exact(v)) {
        return Err(CliError::Arguments(format!(
            "--loader needs --script to name an exact version, not briefing-widget@{version}: that URL serves each \
             new release's loader, whose hash differs, and browsers would then refuse it"
        )));
    }
    Ok(sha384(&read(path)?))
}

pub fn run(args: &EmbedArgs) -> Result<Outcome, CliError> {
    let briefing = args.inline.as_deref().map(load).transpose()?;
    // `--json-ld` (which needs `--inline`): the same JSON-LD as `briefing publish`'s pages.
    let json_ld = briefing.as_ref().filter(|_| args.json_ld).map(|b| crate::publish::jsonld::script(b, None) + "\n");
    let inline = briefing.map(|briefing| render::render(briefing, 2)).transpose()?;
    let integrity = args.loader.as_deref().map(|path| integrity(args, path)).transpose()?;
    let mut out = snippet(args, inline.as_ref(), integrity.as_deref());
    out.push_str(json_ld.as_deref().unwrap_or_default());
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::{attribute, is_exact, npm_version, sha384};

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
    }

    #[test]
    fn attribute_values_are_escaped() {
        assert_eq!(attribute(r#"a?x=1&y="2"<'>"#), "a?x=1&amp;y=&quot;2&quot;&lt;&#39;&gt;");
        assert_eq!(attribute("plain/path.json"), "plain/path.json");
    }
}
