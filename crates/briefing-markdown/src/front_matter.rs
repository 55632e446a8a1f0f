//! The front matter: `key: value` lines between `---` lines, read by a tiny line parser (no YAML).

use super::error::{ErrorKind, MarkdownError};

/// The keys a front matter may set.
pub const KEYS: &[&str] =
    &["id", "title", "date", "lang", "source", "source-label", "organizer", "organizer-about", "organizer-url"];

/// One `key: value` line; offsets are into the Markdown source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: &'static str,
    pub value: String,
    pub value_offset: usize,
}

/// The entries of a front matter whose text starts at `offset`; blank lines and `#` comments are skipped.
pub fn parse(text: &str, offset: usize) -> (Vec<Entry>, Vec<MarkdownError>) {
    let (mut entries, mut errors): (Vec<Entry>, Vec<MarkdownError>) = (Vec::new(), Vec::new());
    let mut line_start = offset;
    for raw in text.split_inclusive('\n') {
        let at = line_start;
        line_start += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let indent = line.len() - line.trim_start().len();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let error = |kind| MarkdownError { offset: at + indent, kind };
        let Some((key, value)) = line.split_once(':') else {
            errors.push(error(ErrorKind::NotKeyValue));
            continue;
        };
        let Some(known) = KEYS.iter().find(|k| **k == key.trim()) else {
            errors.push(error(ErrorKind::UnknownKey(key.trim().to_owned())));
            continue;
        };
        if entries.iter().any(|e| e.key == *known) {
            errors.push(error(ErrorKind::Twice((*known).to_owned())));
            continue;
        }
        let value_start = key.len() + 1 + (value.len() - value.trim_start().len());
        let (value, quoted) = unquote(value.trim());
        if value.is_empty() {
            errors.push(error(ErrorKind::NoValue((*known).to_owned())));
            continue;
        }
        let value_offset = at + value_start + usize::from(quoted);
        entries.push(Entry { key: known, value: value.to_owned(), value_offset });
    }
    (entries, errors)
}

/// A value without the double or single quotes around it, and whether it had them.
fn unquote(value: &str) -> (&str, bool) {
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote).and_then(|v| v.strip_suffix(quote)) {
            return (inner, true);
        }
    }
    (value, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_value_lines_with_offsets() {
        let text = "id: nk-2013\n# a comment\n\ntitle: \"Dealing: With It\"\n";
        let (entries, errors) = parse(text, 4);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(entries[0], Entry { key: "id", value: "nk-2013".into(), value_offset: 8 });
        assert_eq!(entries[1].value, "Dealing: With It");
        assert_eq!(&text[entries[1].value_offset - 4..][..7], "Dealing");
    }

    #[test]
    fn bad_lines_are_errors_at_their_start() {
        let (entries, errors) = parse("colour: red\nno colon\nid: a\nid: b\n  lang:\n", 0);
        assert_eq!(entries.len(), 1);
        let kinds: Vec<_> = errors.iter().map(|e| (e.offset, e.kind.to_string())).collect();
        assert_eq!(
            kinds,
            vec![
                (0, format!("unknown front matter key \"colour\"; the keys are {}", KEYS.join(", "))),
                (12, "expected `key: value` in the front matter".to_owned()),
                (27, "\"id\" is given twice".to_owned()),
                (35, "\"lang\" has no value".to_owned()),
            ]
        );
    }
}
