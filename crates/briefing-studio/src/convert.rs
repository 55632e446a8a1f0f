//! The author's Markdown through the one converter (`briefing-markdown`, whose JSON `briefing
//! from-markdown` prints), each place given also as a UTF-16 offset: the unit the editor counts in.

use briefing_markdown::{Conversion, Place, Severity};
use serde::Serialize;

/// A conversion as the studio shows it.
#[derive(Debug, Serialize)]
pub struct Shown<'a> {
    /// Exactly what `briefing from-markdown` prints; `None` while there is an error.
    pub json: Option<&'a str>,
    pub diagnostics: Vec<Diagnostic<'a>>,
    /// The speakers the converter gave points because the points' words name them.
    pub attributions: Vec<Attribution<'a>>,
}

/// An error or a warning, at its place.
#[derive(Debug, Serialize)]
pub struct Diagnostic<'a> {
    pub severity: &'static str,
    pub line: usize,
    pub column: usize,
    /// The place as a UTF-16 offset into the editor's text.
    pub at: usize,
    pub message: &'a str,
}

/// A speaker given to a point because its words name them, at the name.
#[derive(Debug, Serialize)]
pub struct Attribution<'a> {
    pub line: usize,
    pub column: usize,
    pub at: usize,
    pub point: &'a str,
    pub speaker: &'a str,
    pub name: &'a str,
    pub named: &'a str,
}

/// Byte offsets of a text as UTF-16 offsets.
struct Utf16<'s> {
    text: &'s str,
}

impl Utf16<'_> {
    /// The converter counts from after a leading byte order mark; so does this.
    fn at(&self, place: &Place) -> usize {
        let body = self.text.strip_prefix('\u{feff}').unwrap_or(self.text);
        let mut end = place.offset.min(body.len());
        while !body.is_char_boundary(end) {
            end = end.saturating_sub(1);
        }
        body.get(..end).map_or(0, |head| head.encode_utf16().count())
    }
}

/// The conversion of `markdown`, with UTF-16 offsets for the editor.
pub fn shown<'a>(markdown: &str, conversion: &'a Conversion) -> Shown<'a> {
    let utf16 = Utf16 { text: markdown };
    Shown {
        json: conversion.json.as_deref(),
        diagnostics: conversion
            .diagnostics
            .iter()
            .map(|d| Diagnostic {
                severity: match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                line: d.place.line,
                column: d.place.column,
                at: utf16.at(&d.place),
                message: &d.message,
            })
            .collect(),
        attributions: conversion
            .attributions
            .iter()
            .map(|a| Attribution {
                line: a.place.line,
                column: a.place.column,
                at: utf16.at(&a.place),
                point: &a.point,
                speaker: &a.speaker,
                name: &a.name,
                named: &a.named,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_utf16_offsets_for_the_editor() {
        // 𝔸 is two UTF-16 units and four bytes; 朱 one unit and three bytes.
        let markdown = "# 𝔸 朱\n\n### a level-3 heading\n";
        let conversion = briefing_markdown::convert(markdown);
        let shown = shown(markdown, &conversion);
        let error = shown.diagnostics.first().expect("an error");
        assert_eq!((error.severity, error.line, error.column), ("error", 3, 1), "{:?}", shown.diagnostics);
        assert_eq!(error.at, "# 𝔸 朱\n\n".encode_utf16().count());
        assert!(shown.json.is_none());
    }

    #[test]
    fn the_json_is_the_converters() {
        let markdown = include_str!("../../../examples/north-korea-2013.md");
        let conversion = briefing_markdown::convert(markdown);
        let shown = shown(markdown, &conversion);
        assert_eq!(shown.json, conversion.json.as_deref());
        assert!(shown.json.is_some_and(|json| json.ends_with("}\n")));
        assert!(shown.diagnostics.is_empty());
    }
}
