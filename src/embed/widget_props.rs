//! The element's attributes and properties, read into the props of the widget's root component.

use web_sys::HtmlElement;
use yew::prelude::*;

use super::{EarlyRequest, Shown, StaticCopy};

/// Everything the widget takes from its element.
#[derive(Properties, Clone, PartialEq)]
pub struct WidgetProps {
    /// The element itself, where events are dispatched.
    pub host: HtmlElement,
    /// The briefing's URL, as written (relative URLs resolve against the page).
    pub src: Option<AttrValue>,
    /// The language of the widget's own words; `None` means the page's.
    pub lang: Option<AttrValue>,
    /// `open="all"` / `open="none"`: overrides which sections start expanded.
    pub open: Option<bool>,
    /// Level of the briefing's title heading, 1–6.
    pub heading_level: u8,
    /// The static copy on screen while the widget loads, if the page has one (set by `mount`).
    pub static_copy: Option<StaticCopy>,
    /// The request for `src` the loader started before the module was ready (set by `mount`).
    pub early: Option<EarlyRequest>,
    /// The `briefing` property's value as JSON text, shown instead of `src` while set.
    pub given: Option<AttrValue>,
    /// How many times `reload()` was called: each call loads the briefing again.
    pub reloads: u32,
    /// Where the widget records the briefing it shows, for the `briefing` getter.
    pub shown: Shown,
}

impl WidgetProps {
    /// Reads the element's current attributes; invalid values fall back to the defaults.
    pub fn from_host(host: &HtmlElement) -> Self {
        let attribute = |name: &str| host.get_attribute(name).map(|v| trim(&v).to_owned()).filter(|v| !v.is_empty());
        Self {
            host: host.clone(),
            src: attribute("src").map(AttrValue::from),
            lang: attribute("lang").map(AttrValue::from),
            open: match attribute("open").as_deref() {
                Some("all") => Some(true),
                Some("none") => Some(false),
                _ => None,
            },
            heading_level: attribute("heading-level")
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|level| (1..=6).contains(level))
                .unwrap_or(2),
            static_copy: None,
            early: None,
            given: None,
            reloads: 0,
            shown: Shown::default(),
        }
    }
}

/// Trims what JavaScript's `trim()` does, as the loader reads the same attributes: Unicode
/// white space and U+FEFF, but not U+0085 (which Rust's `trim` takes and JavaScript's keeps).
pub fn trim(value: &str) -> &str {
    value.trim_matches(|c: char| (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::trim;

    #[test]
    fn attributes_are_trimmed_as_javascript_trims_them() {
        assert_eq!(trim("\u{feff} /b.json\n"), "/b.json");
        assert_eq!(trim("\u{85}/b.json"), "\u{85}/b.json");
        assert_eq!(trim("\u{3000}4\u{a0}"), "4");
    }
}
