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

/// Places in a text as UTF-16 offsets, from the line starts' offsets (worked out once, so that
/// every place costs only its own line: a long briefing has thousands of places).
struct Utf16 {
    /// Per line, its start as a UTF-16 offset.
    starts: Vec<usize>,
    lines: Vec<usize>,
}

impl Utf16 {
    /// The converter counts from after a leading byte order mark; so does this.
    fn new(text: &str) -> Self {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut starts = vec![0];
        let mut lines = vec![0];
        let mut units = 0;
        for (byte, c) in body.char_indices() {
            units += c.len_utf16();
            if c == '\n' {
                starts.push(units);
                lines.push(byte + 1);
            }
        }
        Self { starts, lines }
    }

    fn at(&self, text: &str, place: &Place) -> usize {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let line = place.line.saturating_sub(1);
        let (Some(&start), Some(&byte)) = (self.starts.get(line), self.lines.get(line)) else { return 0 };
        let rest = body.get(byte..).unwrap_or_default();
        start + rest.chars().take(place.column.saturating_sub(1)).map(char::len_utf16).sum::<usize>()
    }
}

/// The conversion of `markdown`, with UTF-16 offsets for the editor.
pub fn shown<'a>(markdown: &str, conversion: &'a Conversion) -> Shown<'a> {
    let utf16 = Utf16::new(markdown);
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
                at: utf16.at(markdown, &d.place),
                message: &d.message,
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
