//! The inline embed's static copy, rendered in the browser by the widget's components in their
//! static mode (Yew's server-side rendering, compiled to wasm32), and the snippet around it:
//! byte for byte what `briefing embed --inline` prints for the same briefing and URLs.

use briefing_widget::components::{BriefingView, BriefingViewProps, Language, PreparedBriefing, RenderMode};
use briefing_widget::model::Briefing;
use yew::{AttrValue, LocalServerRenderer};

#[path = "../../briefing-cli/src/date_label.rs"]
mod date_label;

/// The fallback link's text (the CLI's `FALLBACK_TEXT`).
const FALLBACK_TEXT: &str = "Read the briefing";

/// The briefing's static HTML, and the language of the widget's words in it.
pub struct Rendered {
    pub html: String,
    pub language: Language,
}

/// Static HTML of a briefing, as `briefing render` gives it: every section open, no controls,
/// no hydration markers; the widget's words and the date in the briefing's language.
pub async fn render(briefing: Briefing, heading_level: u8) -> Rendered {
    let language = Language::from_tag(briefing.lang.as_deref().unwrap_or_default());
    let date_label = briefing.date.map(|date| AttrValue::from(date_label::long_date(date, language)));
    let props = yew::props!(BriefingViewProps {
        briefing: PreparedBriefing::new(briefing),
        heading_level,
        date_label,
        language,
        mode: RenderMode::Static,
    });
    let html = LocalServerRenderer::<BriefingView>::with_props(props).hydratable(false).render().await;
    Rendered { html, language }
}

/// Where the snippet points: the briefing's URL, the widget's script and its stylesheet (the
/// script's sibling `briefing-widget.css`, resolved by the caller as the browser resolves URLs).
pub struct Urls<'a> {
    pub src: &'a str,
    pub script: &'a str,
    pub stylesheet: &'a str,
    /// `auto`, `light` or `dark`.
    pub theme: &'a str,
}

/// The embedding snippet: the script tag, then the element with its fallback link, and with
/// `inline`, the static copy in a declarative shadow root laid out as the widget's first render
/// (`open="all"`, `lang`), so that the widget replaces it without moving anything.
pub fn snippet(urls: &Urls<'_>, inline: Option<&Rendered>) -> String {
    let (attributes, shadow) = match inline {
        Some(Rendered { html, language }) => (
            format!(" lang=\"{}\" open=\"all\"", language.tag()),
            format!(
                "  <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{stylesheet}\">\
                 <div class=\"root\" data-prerendered><div class=\"frame\" lang=\"{lang}\" dir=\"{dir}\">{html}</div></div>\
                 </template>\n",
                stylesheet = attribute(urls.stylesheet),
                lang = language.tag(),
                dir = language.direction(),
            ),
        ),
        None => (String::new(), String::new()),
    };
    format!(
        "<script async src=\"{script}\"></script>\n\n\
         <briefing-widget src=\"{src}\" theme=\"{theme}\"{attributes}>\n\
         {shadow}  <a href=\"{src}\">{text}</a>\n\
         </briefing-widget>\n",
        script = attribute(urls.script),
        src = attribute(urls.src),
        theme = attribute(urls.theme),
        text = attribute(FALLBACK_TEXT),
    )
}

/// Escapes text for a double-quoted attribute value (and for element content).
fn attribute(value: &str) -> String {
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use briefing_widget::model::parse_briefing;

    fn rendered(json: &[u8]) -> Rendered {
        let briefing = parse_briefing(json).expect("a valid briefing");
        let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
        runtime.block_on(tokio::task::LocalSet::new().run_until(render(briefing, 2)))
    }

    #[test]
    fn the_copy_is_the_static_render_with_every_section_open() {
        let copy = rendered(include_bytes!("../../../static/examples/north-korea-2013.json"));
        assert!(copy.html.contains("Dealing With North Korea"), "{}", copy.html);
        assert!(copy.html.contains("April 29, 2013"), "the date in the briefing's language");
        assert!(!copy.html.contains("<button"), "static: no controls");
        let urls = Urls {
            src: "b.json?x=1&y=2",
            script: "w/briefing-widget.js",
            stylesheet: "w/briefing-widget.css",
            theme: "auto",
        };
        let snippet = snippet(&urls, Some(&copy));
        assert!(snippet.starts_with("<script async src=\"w/briefing-widget.js\"></script>\n\n<briefing-widget src=\"b.json?x=1&amp;y=2\" theme=\"auto\" lang=\"en\" open=\"all\">\n"));
        assert!(snippet
            .contains("<link rel=\"stylesheet\" href=\"w/briefing-widget.css\"><div class=\"root\" data-prerendered>"));
        assert!(snippet.ends_with("  <a href=\"b.json?x=1&amp;y=2\">Read the briefing</a>\n</briefing-widget>\n"));
    }

    #[test]
    fn chinese_words_and_dates_in_the_copy() {
        let copy = rendered(include_bytes!("../../../static/examples/china-korea-2013-zh.json"));
        assert_eq!(copy.language.tag(), "zh-Hans");
        assert!(copy.html.contains("年"), "{}", copy.html);
    }
}
