//! Byte offsets in a text as the 1-based line and column (in characters) an editor shows.

/// The start of every line of a text.
#[derive(Debug, Clone)]
pub struct LineIndex<'s> {
    text: &'s str,
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub fn new(text: &'s str) -> Self {
        let breaks = text.match_indices('\n').map(|(i, _)| i + 1);
        Self { text, starts: std::iter::once(0).chain(breaks).collect() }
    }

    /// The line and column of byte `offset`, both counted from 1.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|start| *start <= offset);
        let start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let column = self.text.get(start..offset).map_or(0, |s| s.chars().count());
        (line, column + 1)
    }

    /// The place of byte `offset`.
    pub fn place(&self, offset: usize) -> crate::Place {
        let (line, column) = self.position(offset);
        crate::Place { line, column, offset: offset.min(self.text.len()) }
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let index = LineIndex::new("ab\n朱锋 x\n\nz");
        assert_eq!(index.position(0), (1, 1));
        assert_eq!(index.position(2), (1, 3));
        assert_eq!(index.position(3), (2, 1));
        assert_eq!(index.position(10), (2, 4));
        assert_eq!(index.position(12), (3, 1));
        assert_eq!(index.position(13), (4, 1));
        assert_eq!(index.position(99), (4, 2));
    }
}
