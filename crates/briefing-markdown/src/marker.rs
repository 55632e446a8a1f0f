//! Attribute markers at the end of a heading or speaker line: `{#id theme=drivers open}`, `{id=flake aliases="Flake"}`.

use super::error::ErrorKind;
use super::spanned::Piece;

/// One entry of a marker; pieces keep their text offsets for error positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'t> {
    /// `#value`
    Id(Piece<'t>),
    /// `name=value` or `name="quoted value"`
    Pair { name: Piece<'t>, value: Piece<'t> },
    /// `name`
    Flag(Piece<'t>),
}

impl<'t> Entry<'t> {
    /// The entry's name as written (`#value` for an id), for error messages.
    pub fn name(&self) -> Piece<'t> {
        match self {
            Self::Id(value) => Piece { text: "#", at: value.at.saturating_sub(1) },
            Self::Pair { name, .. } | Self::Flag(name) => *name,
        }
    }
}

/// A marker problem at a text offset.
pub type MarkerError = (usize, ErrorKind);

/// A marker's values by key: `#x` is `id=x`, and a flag's value is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields<'t>(Vec<(&'static str, Piece<'t>)>);

impl<'t> Fields<'t> {
    /// Sorts entries into `keys`; unknown and repeated keys are errors, `expected` naming what may be given.
    pub fn new(entries: Vec<Entry<'t>>, keys: &[&'static str], expected: &'static str) -> (Self, Vec<MarkerError>) {
        let (mut fields, mut errors) = (Vec::new(), Vec::new());
        for entry in entries {
            let (name, value) = match entry {
                Entry::Id(value) => ("id", value),
                Entry::Pair { name, value } => (name.text, value),
                Entry::Flag(name) => (name.text, name.slice(0, 0)),
            };
            let written = entry.name();
            match keys.iter().find(|key| **key == name) {
                None => {
                    let near = super::messages::nearest(written.text, keys.iter().copied());
                    let found = written.text.to_owned();
                    errors.push((written.at, ErrorKind::UnknownMarkerEntry { found, expected, near }));
                }
                Some(key) if fields.iter().any(|(k, _)| k == key) => {
                    errors.push((written.at, ErrorKind::Twice((*key).to_owned())));
                }
                Some(key) => fields.push((*key, value)),
            }
        }
        (Self(fields), errors)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<Piece<'t>> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, value)| *value)
    }
}

/// Splits a trailing `{…}` marker off a line: the text before it, and its entries (none without a
/// marker). Braces are text unless they close the line as a marker whose entries are `#id`,
/// `key=value` or lowercase words: `Choosing {A, B}` and `The {x} factor` are titles. A brace
/// the Markdown escaped (`\{`; `escaped` tells which text offsets were) is always text. An
/// opening brace followed by `#id` or `key=value` entries and no closing brace is an error.
pub fn split<'t>(line: Piece<'t>, escaped: &dyn Fn(usize) -> bool) -> Result<(Piece<'t>, Vec<Entry<'t>>), MarkerError> {
    let trimmed = line.trim();
    let open = trimmed.text.char_indices().rev().find(|(i, c)| *c == '{' && !escaped(trimmed.at + i)).map(|(i, _)| i);
    let Some(open) = open else {
        return Ok((trimmed, Vec::new()));
    };
    let rest = trimmed.after(open + 1);
    let closed = rest.text.strip_suffix('}').filter(|_| !escaped(trimmed.at + trimmed.text.len() - 1));
    match closed {
        Some(inner) if !inner.contains('}') => {
            let inner = rest.before(inner.len());
            match entries(inner) {
                Ok(found) if !found.is_empty() && found.iter().all(Entry::is_marker_like) => {
                    Ok((trimmed.before(open).trim(), found))
                }
                Err(error) => Err(error),
                Ok(_) => Ok((trimmed, Vec::new())),
            }
        }
        Some(_) => Ok((trimmed, Vec::new())),
        None if rest.text.contains('}') => Ok((trimmed, Vec::new())),
        None => match entries(rest) {
            Ok(found) if found.iter().any(|e| matches!(e, Entry::Id(_) | Entry::Pair { .. })) => {
                Err((trimmed.at + open, ErrorKind::UnclosedMarker))
            }
            Err(_) => Err((trimmed.at + open, ErrorKind::UnclosedMarker)),
            Ok(_) => Ok((trimmed, Vec::new())),
        },
    }
}

/// A word a marker may use as a key or a flag: lowercase ASCII letters, digits, `-` and `_`.
fn is_key_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

impl Entry<'_> {
    /// Whether the entry reads as a marker's rather than as braced text's (`{A, B}`).
    fn is_marker_like(&self) -> bool {
        match self {
            Self::Id(_) => true,
            Self::Pair { name, .. } | Self::Flag(name) => is_key_word(name.text),
        }
    }
}

fn entries(inner: Piece<'_>) -> Result<Vec<Entry<'_>>, MarkerError> {
    let mut entries = Vec::new();
    let mut rest = inner;
    loop {
        rest = rest.after(rest.text.len() - rest.text.trim_start().len());
        if rest.is_empty() {
            return Ok(entries);
        }
        let word_end = |piece: Piece<'_>| piece.text.find(char::is_whitespace).unwrap_or(piece.text.len());
        if rest.text.starts_with('#') {
            let end = word_end(rest);
            entries.push(Entry::Id(rest.slice(1, end)));
            rest = rest.after(end);
            continue;
        }
        let name_end = rest.text.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.text.len());
        let name = rest.before(name_end);
        if !rest.after(name_end).text.starts_with('=') {
            entries.push(Entry::Flag(name));
            rest = rest.after(name_end);
            continue;
        }
        let value_part = rest.after(name_end + 1);
        let (value, consumed) = if let Some(quoted) = value_part.text.strip_prefix('"') {
            let close = quoted.find('"').ok_or((value_part.at, ErrorKind::UnclosedQuote))?;
            (value_part.slice(1, 1 + close), close + 2)
        } else {
            let end = word_end(value_part);
            (value_part.before(end), end)
        };
        entries.push(Entry::Pair { name, value });
        rest = value_part.after(consumed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_plain(line: Piece<'_>) -> Result<(Piece<'_>, Vec<Entry<'_>>), MarkerError> {
        split(line, &|_| false)
    }

    #[test]
    fn markers_split_off_with_their_entries() {
        let (title, entries) = split_plain(Piece::whole("Drivers {#drivers theme=drivers open}")).unwrap();
        assert_eq!(title.text, "Drivers");
        let texts: Vec<_> = entries
            .iter()
            .map(|e| match e {
                Entry::Id(v) => format!("#{}@{}", v.text, v.at),
                Entry::Pair { name, value } => format!("{}={}@{}", name.text, value.text, value.at),
                Entry::Flag(f) => format!("{}@{}", f.text, f.at),
            })
            .collect();
        assert_eq!(texts, vec!["#drivers@10", "theme=drivers@24", "open@32"]);
    }

    #[test]
    fn quoted_values_and_lines_without_markers() {
        let (_, entries) = split_plain(Piece::whole("Flake {id=flake aliases=\"Flake, Gordon Flake\"}")).unwrap();
        assert!(matches!(entries[1], Entry::Pair { value, .. } if value.text == "Flake, Gordon Flake"));
        assert_eq!(
            split_plain(Piece::whole("  Plain title ")).unwrap(),
            (Piece { text: "Plain title", at: 2 }, Vec::new())
        );
    }

    #[test]
    fn fields_by_key() {
        let (_, entries) = split_plain(Piece::whole("T {#a theme=b open colour=red #c}")).unwrap();
        let (fields, errors) = Fields::new(entries, &["id", "theme", "open"], "#id, theme=… or open");
        assert_eq!(fields.get("id").map(|p| p.text), Some("a"));
        assert_eq!(fields.get("open").map(|p| p.text), Some(""));
        let expected = "#id, theme=… or open";
        assert_eq!(
            errors,
            vec![
                (19, ErrorKind::UnknownMarkerEntry { found: "colour".into(), expected, near: None }),
                (30, ErrorKind::Twice("id".into()))
            ]
        );
    }

    #[test]
    fn unclosed_markers_and_quotes_are_errors() {
        assert_eq!(split_plain(Piece::whole("Drivers {#drivers")), Err((8, ErrorKind::UnclosedMarker)));
        assert_eq!(split_plain(Piece::whole("A {aliases=\"x}")), Err((11, ErrorKind::UnclosedQuote)));
    }
}
