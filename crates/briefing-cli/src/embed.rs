//! `briefing embed`: the HTML snippet of the embedding contract, with escaped attribute values.

use std::io::Write;

use crate::check::load;
use crate::cli::EmbedArgs;
use crate::error::{CliError, Outcome};
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
pub fn snippet(args: &EmbedArgs, inline: Option<&Rendered>) -> String {
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
        "<script async src=\"{script}\"></script>\n\n\
         <briefing-widget src=\"{src}\" theme=\"{theme}\"{attributes}>\n\
         {shadow}  <a href=\"{fallback}\">{text}</a>\n\
         </briefing-widget>\n",
        script = attribute(args.script.as_str()),
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

pub fn run(args: &EmbedArgs) -> Result<Outcome, CliError> {
    let inline = args.inline.as_deref().map(|file| render::render(load(file)?, 2)).transpose()?;
    std::io::stdout().lock().write_all(snippet(args, inline.as_ref()).as_bytes())?;
    Ok(Outcome::Success)
}

#[cfg(test)]
mod tests {
    use super::attribute;

    #[test]
    fn attribute_values_are_escaped() {
        assert_eq!(attribute(r#"a?x=1&y="2"<'>"#), "a?x=1&amp;y=&quot;2&quot;&lt;&#39;&gt;");
        assert_eq!(attribute("plain/path.json"), "plain/path.json");
    }
}
