//! Mention detection: where a text names a speaker, as whole words, leftmost-longest.

use super::types::Briefing;

/// A piece of a text: plain, or naming a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run<'t> {
    Plain(&'t str),
    Mention(Mention<'t>),
}

/// Where a text names a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention<'t> {
    /// The words as they stand in the text.
    pub text: &'t str,
    /// Byte offset of the words in the text.
    pub start: usize,
    /// Index into [`Briefing::speakers`].
    pub speaker: usize,
}

impl Run<'_> {
    /// The text this run covers.
    pub fn as_str(&self) -> &str {
        match self {
            Run::Plain(text) => text,
            Run::Mention(mention) => mention.text,
        }
    }
}

/// Finds speakers' names and aliases in texts.
#[derive(Debug, Clone)]
pub struct MentionFinder {
    /// Every non-empty name and alias with its speaker, sorted by bytes; among equal names the
    /// first speaker's comes first.
    names: Vec<(String, usize)>,
}

/// How much matching work a text may cost, per byte (plus [`BASE_BUDGET`]): far above what real
/// names need, and what keeps a hostile document (thousands of aliases sharing a long prefix with
/// the text) from freezing the page. Past it, the rest of the text is plain.
const BUDGET_PER_BYTE: usize = 16;
const BASE_BUDGET: usize = 1024;

impl MentionFinder {
    /// A finder for every name and alias of a briefing's speakers.
    pub fn new(briefing: &Briefing) -> Self {
        let mut names: Vec<(String, usize)> = Vec::new();
        for (index, speaker) in briefing.speakers.iter().enumerate() {
            for name in std::iter::once(&speaker.name).chain(&speaker.aliases) {
                if !name.trim().is_empty() {
                    names.push((name.clone(), index));
                }
            }
        }
        // Among equal names, the first speaker's stays first (by index: no stable sort needed).
        names.sort_unstable_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()).then(a.1.cmp(&b.1)));
        Self { names }
    }

    /// The longest name at byte `at` of `text` that is a whole word there, as `(length, speaker)`.
    /// Narrows the sorted names one byte at a time, each step paid from `budget`.
    fn longest_at(&self, text: &str, at: usize, budget: &mut usize) -> Option<(usize, usize)> {
        let rest = text.as_bytes().get(at..)?;
        let mut range = self.names.as_slice();
        let mut depth = 0;
        let mut longest = None;
        while let (Some(&byte), Some(budget_left)) = (rest.get(depth), budget.checked_sub(1)) {
            *budget = budget_left;
            // The names in `range` all begin with rest[..depth]; keep those whose next byte is `byte`.
            let next = |name: &(String, usize)| name.0.as_bytes().get(depth).copied();
            let from = range.partition_point(|name| next(name).is_none_or(|b| b < byte));
            let to = range.partition_point(|name| next(name).is_none_or(|b| b <= byte));
            range = range.get(from..to).unwrap_or_default();
            depth += 1;
            let Some((name, speaker)) = range.first() else { break };
            // A name equal to rest[..depth] sorts first among those that begin with it.
            if name.len() == depth && is_whole_word(text, at, at + depth) {
                longest = Some((depth, *speaker));
            }
        }
        longest
    }

    /// Splits a text into plain runs and mentions; the runs concatenate back to the text.
    pub fn split<'t>(&self, text: &'t str) -> Vec<Run<'t>> {
        let mut runs = Vec::new();
        let mut plain_from = 0;
        for (start, end, speaker) in self.mentions(text) {
            if start > plain_from {
                runs.extend(text.get(plain_from..start).map(Run::Plain));
            }
            if let Some(words) = text.get(start..end) {
                runs.push(Run::Mention(Mention { text: words, start, speaker }));
            }
            plain_from = end;
        }
        if plain_from < text.len() {
            runs.extend(text.get(plain_from..).map(Run::Plain));
        }
        runs
    }

    /// Non-overlapping whole-word matches as `(start, end, speaker)`, leftmost-longest: from each
    /// position, the longest name there that is a whole word; a longer name that is not a whole
    /// word does not hide a shorter one that is.
    fn mentions(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut budget = text.len().saturating_mul(BUDGET_PER_BYTE).saturating_add(BASE_BUDGET);
        let mut chosen = Vec::new();
        let mut at = 0;
        while at < text.len() && budget > 0 && !self.names.is_empty() {
            // Where no word can start, no name is looked up: inside a word, and inside a character
            // (a name is valid UTF-8). Only word starts cost budget.
            if !may_start_word(text, at) {
                at += 1;
                continue;
            }
            match self.longest_at(text, at, &mut budget) {
                Some((length, speaker)) => {
                    chosen.push((at, at + length, speaker));
                    at += length;
                }
                None => at += 1,
            }
        }
        chosen
    }
}

/// Whether a whole word may begin at byte `at`: a character starts there, and either no letter or
/// digit is before it, or a character of a script written without spaces is on either side.
fn may_start_word(text: &str, at: usize) -> bool {
    let (Some(before), Some(rest)) = (text.get(..at), text.get(at..)) else { return false };
    match (before.chars().next_back(), rest.chars().next()) {
        (Some(o), Some(i)) => !o.is_alphanumeric() || is_unspaced_script(o) || is_unspaced_script(i),
        _ => true,
    }
}

/// A whole word has no letter or digit directly before or after it, except that a character
/// of a script written without spaces on either side of the edge counts as a boundary.
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(inside), Some(after)) = (text.get(..start), text.get(start..end), text.get(end..)) else {
        return false;
    };
    let edge_ok = |outside: Option<char>, inside: Option<char>| match (outside, inside) {
        (None, _) => true,
        (Some(o), _) if !o.is_alphanumeric() || is_unspaced_script(o) => true,
        (_, Some(i)) => is_unspaced_script(i),
        (_, None) => false,
    };
    edge_ok(before.chars().next_back(), inside.chars().next())
        && edge_ok(after.chars().next(), inside.chars().next_back())
}

/// Han, Hiragana, Katakana, Thai, Lao, Khmer and Myanmar: scripts written without spaces.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF            // Thai, Lao
        | 0x1000..=0x109F          // Myanmar
        | 0x1780..=0x17FF          // Khmer
        | 0x19E0..=0x19FF          // Khmer symbols
        | 0x2E80..=0x2FDF          // CJK radicals, Kangxi radicals
        | 0x3005..=0x3007          // ideographic iteration mark, closing mark, number zero
        | 0x3021..=0x3029          // Hangzhou numerals
        | 0x3038..=0x303B
        | 0x3040..=0x30FF          // Hiragana, Katakana
        | 0x31F0..=0x31FF          // Katakana phonetic extensions
        | 0x3400..=0x4DBF          // CJK extension A
        | 0x4E00..=0x9FFF          // CJK unified ideographs
        | 0xA9E0..=0xA9FF          // Myanmar extended-B
        | 0xAA60..=0xAA7F          // Myanmar extended-A
        | 0xF900..=0xFAFF          // CJK compatibility ideographs
        | 0xFF66..=0xFF9F          // halfwidth Katakana
        | 0x1B000..=0x1B16F        // Kana supplement and extended
        | 0x20000..=0x3134F        // CJK extensions B–G
    )
}
