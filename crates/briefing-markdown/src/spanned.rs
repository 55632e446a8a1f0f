//! Plain text gathered from Markdown inline content, remembering where each piece stood in the source.

use super::error::{ErrorKind, MarkdownError};

/// Text with a map from its byte offsets back to the Markdown source's byte offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spanned {
    text: String,
    /// `(text offset, source offset, exact)`, in order; `exact` pieces map byte for byte.
    map: Vec<(usize, usize, bool)>,
    /// Text offsets of characters the Markdown escaped with a backslash (`\{`), in order.
    escaped: Vec<usize>,
}

impl Spanned {
    /// Appends a piece that stood at `source`; `exact` when it is the source's own bytes.
    pub fn push(&mut self, piece: &str, source: usize, exact: bool) {
        if piece.is_empty() {
            return;
        }
        self.map.push((self.text.len(), source, exact));
        self.text.push_str(piece);
    }

    /// Appends a piece whose first character the Markdown escaped with a backslash.
    pub fn push_escaped(&mut self, piece: &str, source: usize) {
        if !piece.is_empty() {
            self.escaped.push(self.text.len());
        }
        self.push(piece, source, true);
    }

    /// Whether the character at text offset `at` was escaped with a backslash.
    pub fn is_escaped(&self, at: usize) -> bool {
        self.escaped.binary_search(&at).is_ok()
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Where the text's byte `at` stood in the source.
    pub fn source_offset(&self, at: usize) -> usize {
        let index = self.map.partition_point(|(start, _, _)| *start <= at);
        match index.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some((start, source, true)) => source + (at - start),
            Some((_, source, false)) => *source,
            None => self.map.first().map_or(0, |(_, source, _)| *source),
        }
    }

    /// An error at the text's byte `at`, placed in the source.
    pub fn error(&self, at: usize, kind: ErrorKind) -> MarkdownError {
        MarkdownError { offset: self.source_offset(at), kind }
    }

    /// The whole text as one piece.
    pub fn piece(&self) -> Piece<'_> {
        Piece::whole(&self.text)
    }
}

/// A slice of a [`Spanned`] text and where it starts in that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'t> {
    pub text: &'t str,
    pub at: usize,
}

impl<'t> Piece<'t> {
    /// A whole text, starting at byte 0.
    pub fn whole(text: &'t str) -> Piece<'t> {
        Piece { text, at: 0 }
    }

    /// The part from byte `start` to byte `end` of this piece (clamped to char boundaries by `get`).
    pub fn slice(self, start: usize, end: usize) -> Piece<'t> {
        Piece { text: self.text.get(start..end).unwrap_or_default(), at: self.at + start }
    }

    pub fn before(self, end: usize) -> Piece<'t> {
        self.slice(0, end)
    }

    pub fn after(self, start: usize) -> Piece<'t> {
        self.slice(start, self.text.len())
    }

    pub fn trim(self) -> Piece<'t> {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len();
        if start >= end {
            return Piece { text: "", at: self.at + start.min(self.text.len()) };
        }
        self.slice(start, end)
    }

    pub fn is_empty(self) -> bool {
        self.text.is_empty()
    }

    /// The text with its line breaks as spaces: what a paragraph's lines read as.
    /// A hard line break (`super::blocks::HARD_BREAK`) stays a line break.
    pub fn flat(self) -> String {
        let hard = super::blocks::HARD_BREAK;
        let flat = self.text.split('\n').map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join(" ");
        flat.split(hard).map(str::trim).collect::<Vec<_>>().join("\n")
    }

    /// Splits at the first occurrence of `separator`, dropping it.
    pub fn split_once(self, separator: &str) -> Option<(Piece<'t>, Piece<'t>)> {
        let index = self.text.find(separator)?;
        Some((self.before(index), self.after(index + separator.len())))
    }

    /// The piece split wherever any of `separators` occurs.
    pub fn split_any(self, separators: &'t [char]) -> impl Iterator<Item = Piece<'t>> {
        let mut start = 0;
        self.text.split(separators).map(move |part| {
            let piece = self.slice(start, start + part.len());
            let separator = self.text.get(start + part.len()..).and_then(|rest| rest.chars().next());
            start += part.len() + separator.map_or(0, char::len_utf8);
            piece
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_to_the_source() {
        let mut spanned = Spanned::default();
        spanned.push("Flake ", 10, true);
        spanned.push("said", 20, false);
        spanned.push(" so", 30, true);
        assert_eq!(spanned.text(), "Flake said so");
        assert_eq!(spanned.source_offset(0), 10);
        assert_eq!(spanned.source_offset(3), 13);
        assert_eq!(spanned.source_offset(8), 20);
        assert_eq!(spanned.source_offset(11), 31);
    }

    #[test]
    fn pieces_keep_their_offsets() {
        let text = "  a, b ,c ";
        let piece = Piece { text, at: 100 };
        let parts: Vec<_> = piece.split_any(&[',']).map(|p| (p.trim().text, p.trim().at)).collect();
        assert_eq!(parts, vec![("a", 102), ("b", 105), ("c", 108)]);
        assert_eq!(
            piece.trim().split_once(", "),
            Some((Piece { text: "a", at: 102 }, Piece { text: "b ,c", at: 105 }))
        );
    }
}
