//! The front matter: `key: value` lines between `---` lines, read by a tiny line parser (no YAML).

use super::error::{ErrorKind, MarkdownError};

/// The keys a front matter may set.
pub const KEYS: &[&str] = &[
    "id",
    "title",
    "date",
    "end-date",
    "time",
    "end-time",
    "time-zone",
    "lang",
    "status",
    "source",
    "source-label",
    "organizer",
    "organizer-about",
    "organizer-url",
    "venue",
    "venue-address",
    "venue-url",
    "attendance",
    "series",
    "series-edition",
    "series-url",
    "event",
    "recording",
    "transcript",
    "report",
    "slides",
    "write-up",
    "link",
    "byline",
    "published",
    "updated",
    "translation",
];

/// The keys that may come more than once: organizers, links and translations.
const REPEATABLE: &[&str] = &[
    "organizer",
    "organizer-about",
    "organizer-url",
    "event",
    "recording",
    "transcript",
    "report",
    "slides",
    "write-up",
    "link",
    "translation",
];

/// The front matter key of each kind of link, and the kind.
pub const LINK_KINDS: &[(&str, &str)] = &[
    ("event", "event"),
    ("recording", "recording"),
    ("transcript", "transcript"),
    ("report", "report"),
    ("slides", "slides"),
    ("write-up", "write-up"),
    ("link", "other"),
];

/// The front matter found at the top of a Markdown text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'s> {
    /// The lines between the two `---` lines.
    pub text: &'s str,
    /// Where `text` starts in the source.
    pub offset: usize,
    /// Where the line after the closing `---` starts.
    pub end: usize,
}

impl Found<'_> {
    /// The source with the front matter's lines blanked (spaces, line breaks kept), so that a
    /// Markdown reader sees blank lines there and every offset after them is unchanged.
    pub fn masked(&self, source: &str) -> String {
        let (front, rest) = source.split_at_checked(self.end).unwrap_or((source, ""));
        let mut masked = String::with_capacity(source.len());
        for c in front.chars() {
            match c {
                '\n' => masked.push('\n'),
                c => masked.extend(std::iter::repeat_n(' ', c.len_utf8())),
            }
        }
        masked.push_str(rest);
        masked
    }
}

/// The front matter: a `---` first line, then lines up to a closing `---` (or `...`) line.
/// Blank lines may stand anywhere in it. A first `---` with no closing line is an error.
pub fn find(source: &str) -> Result<Option<Found<'_>>, MarkdownError> {
    let is_fence = |line: &str, closing: bool| {
        let line = line.trim_end();
        line == "---" || (closing && line == "...")
    };
    let mut lines = source.split_inclusive('\n');
    let Some(first) = lines.next().filter(|line| is_fence(line, false)) else { return Ok(None) };
    let offset = first.len();
    let mut at = offset;
    for line in lines {
        if is_fence(line, true) {
            let text = source.get(offset..at).unwrap_or_default();
            return Ok(Some(Found { text, offset, end: at + line.len() }));
        }
        at += line.len();
    }
    Err(MarkdownError { offset: 0, kind: ErrorKind::UnclosedFrontMatter })
}

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
    // Whether the last line read was an entry (or its continuation), and blank lines since.
    let (mut continuable, mut blank) = (false, false);
    for raw in text.split_inclusive('\n') {
        let at = line_start;
        line_start += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let indent = line.len() - line.trim_start().len();
        if line.trim().is_empty() {
            blank = true;
            continue;
        }
        // An indented line after an entry continues its value (after a blank line, as a new
        // paragraph), unless it starts with a known key: indented front matter still reads.
        let starts_with_key = line.split_once(':').is_some_and(|(key, _)| KEYS.contains(&key.trim()));
        if let (true, true, false, Some(entry)) = (continuable, indent > 0, starts_with_key, entries.last_mut()) {
            entry.value.push_str(if blank { "\n\n" } else { " " });
            entry.value.push_str(line.trim());
            blank = false;
            continue;
        }
        continuable = false;
        blank = false;
        if line.trim_start().starts_with('#') {
            continue;
        }
        let error = |kind| MarkdownError { offset: at + indent, kind };
        let Some((key, value)) = line.split_once(':') else {
            errors.push(error(ErrorKind::NotKeyValue));
            continue;
        };
        let Some(known) = KEYS.iter().find(|k| **k == key.trim()) else {
            let near = super::messages::nearest(key.trim(), KEYS.iter().copied());
            errors.push(error(ErrorKind::UnknownKey(key.trim().to_owned(), near)));
            continue;
        };
        if !REPEATABLE.contains(known) && entries.iter().any(|e| e.key == *known) {
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
        continuable = true;
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
    fn the_front_matter_is_found_and_blanked_with_its_offsets() {
        let source = "---\n\nid: é\n...\n# T\n";
        let found = find(source).unwrap().unwrap();
        assert_eq!(found, Found { text: "\nid: é\n", offset: 4, end: 16 });
        assert_eq!(found.masked(source), "   \n\n      \n   \n# T\n");
        assert_eq!(find("# T\n---\n"), Ok(None));
        assert_eq!(find("--- \r\nid: x\r\n---\r\n").unwrap().map(|f| f.text), Some("id: x\r\n"));
        assert_eq!(find("---\nid: x\n").map_err(|e| e.kind), Err(ErrorKind::UnclosedFrontMatter));
    }

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
    fn indented_lines_continue_a_value_and_a_blank_line_makes_a_paragraph() {
        let (entries, errors) = parse("organizer-about: One\n  two.\n\n  Three.\nid: x\n", 0);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(entries[0].value, "One two.\n\nThree.");
        assert_eq!(entries[1].value, "x");
        let (entries, _) = parse("  id: x\n  date: 2013-04-29\n", 0);
        assert_eq!(entries.iter().map(|e| e.key).collect::<Vec<_>>(), vec!["id", "date"], "indented keys");
    }

    #[test]
    fn bad_lines_are_errors_at_their_start() {
        let (entries, errors) = parse("colour: red\nno colon\nid: a\nid: b\n  lang:\n", 0);
        assert_eq!(entries.len(), 1);
        let kinds: Vec<_> = errors.iter().map(|e| (e.offset, e.kind.to_string())).collect();
        assert_eq!(
            kinds,
            vec![
                (0, format!("unknown front matter key \"colour\", ignored; the keys are {}", KEYS.join(", "))),
                (12, "expected `key: value` in the front matter".to_owned()),
                (27, "\"id\" is given twice".to_owned()),
                (35, "\"lang\" has no value".to_owned()),
            ]
        );
    }
}
