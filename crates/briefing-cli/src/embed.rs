//! `briefing embed`: the HTML snippet of the embedding contract, with escaped attribute values.

use std::io::Write;

use crate::check::load;
use crate::cli::EmbedArgs;
use crate::error::{CliError, Outcome};
use crate::render;

/// The widget script partners link by default.
pub const DEFAULT_SCRIPT: &str = "https://cdn.example.org/briefing-widget/v1/briefing-widget.js";
/// The fallback link's text.
const FALLBACK_TEXT: &str = "Read the briefing";

/// The snippet: the script tag, then the element with its fallback: `inline` HTML, if any, and a link.
pub fn snippet(args: &EmbedArgs, inline: Option<&str>) -> String {
    let src = args.src.as_str();
    let fallback = args.fallback.as_ref().map_or(src, |url| url.as_str());
    format!(
        "<script async src=\"{script}\"></script>\n\n\
         <briefing-widget src=\"{src}\" theme=\"{theme}\">\n\
         {inline}  <a href=\"{fallback}\">{text}</a>\n\
         </briefing-widget>\n",
        script = attribute(args.script.as_str()),
        src = attribute(src),
        theme = args.theme.as_str(),
        inline = inline.map(|html| format!("  {html}\n")).unwrap_or_default(),
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
    // Readers without scripts cannot expand sections, so the inline copy shows them all.
    let options = render::Options { open: Some(true), heading_level: 2 };
    let inline = args.inline.as_deref().map(|file| render::render(load(file)?, options)).transpose()?;
    std::io::stdout().lock().write_all(snippet(args, inline.as_deref()).as_bytes())?;
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
