//! Which speakers a point's own words give it, when it lists none (`[speakers: …]`): the rule in
//! `convention.md`. A name that opens a sentence or a clause is the point's speaker; a name anywhere
//! else is only mentioned ("Replying to questions from Mr. Hoekstra, Ms. Schaldemose said…" is
//! Ms. Schaldemose's point, not Mr. Hoekstra's).

use briefing_widget::model::{Briefing, MentionFinder, Run};

/// A name in a text: where, whose, and the Arabic proclitic letters written onto it, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Named<'t> {
    start: usize,
    end: usize,
    speaker: usize,
    /// `و` (and), `ف` (so), `ب` (by, with), `ل` (to, for), `ك` (like), or two of them, attached.
    prefix: &'t str,
}

/// A speaker a text gives its point: the speaker's index and the words that named them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inferred<'t> {
    pub speaker: usize,
    pub words: &'t str,
}

/// Finds the names in texts, with the Arabic names that have a proclitic attached (وعبدالله).
pub struct Attributor {
    finder: MentionFinder,
    /// Every name and alias written in Arabic script, with its speaker.
    arabic: Vec<(String, usize)>,
}

impl Attributor {
    pub fn new(briefing: &Briefing) -> Self {
        let arabic = briefing
            .speakers
            .iter()
            .enumerate()
            .flat_map(|(index, s)| std::iter::once(&s.name).chain(&s.aliases).map(move |name| (name.clone(), index)))
            .filter(|(name, _)| name.chars().next().is_some_and(is_arabic))
            .collect();
        Self { finder: MentionFinder::new(briefing), arabic }
    }

    /// The speakers a text (a label, or a point's text) gives its point, in order, once each.
    pub fn infer<'t>(&self, text: &'t str) -> Vec<Inferred<'t>> {
        let named = self.names(text);
        let mut given = vec![false; named.len()];
        for (index, name) in named.iter().enumerate() {
            let opens = match name.prefix {
                "" => opens_clause(text, name.start),
                // "and Abdullah", "so Abdullah": the clause starts before the conjunction.
                "و" | "ف" => opens_clause(text, name.start.saturating_sub(name.prefix.len())),
                // "to Turki", "by Turki", "like Turki": governed by a preposition, a mention.
                _ => false,
            };
            let joined = index
                .checked_sub(1)
                .and_then(|before| named.get(before).zip(given.get(before)))
                .is_some_and(|(before, given)| *given && joins(text, before, name));
            if let Some(slot) = given.get_mut(index) {
                *slot = opens || joined;
            }
        }
        let mut inferred: Vec<Inferred<'t>> = Vec::new();
        for (name, _) in named.iter().zip(&given).filter(|(_, given)| **given) {
            if !inferred.iter().any(|i| i.speaker == name.speaker) {
                let words = text.get(name.start..name.end).unwrap_or_default();
                inferred.push(Inferred { speaker: name.speaker, words });
            }
        }
        inferred
    }

    /// Every name in the text, in order: the widget's mentions, and Arabic names with a proclitic.
    fn names<'t>(&self, text: &'t str) -> Vec<Named<'t>> {
        let mut named: Vec<Named<'t>> = self
            .finder
            .split(text)
            .into_iter()
            .filter_map(|run| match run {
                Run::Mention(m) => {
                    Some(Named { start: m.start, end: m.start + m.text.len(), speaker: m.speaker, prefix: "" })
                }
                Run::Plain(_) => None,
            })
            .collect();
        for (name, speaker) in &self.arabic {
            for (start, _) in text.match_indices(name.as_str()) {
                let end = start + name.len();
                let Some(prefix) = proclitic_before(text, start) else { continue };
                let after = text.get(end..).and_then(|rest| rest.chars().next());
                let overlaps = named.iter().any(|n| n.start < end && start < n.end);
                if !after.is_some_and(char::is_alphanumeric) && !overlaps {
                    named.push(Named { start, end, speaker: *speaker, prefix });
                }
            }
        }
        named.sort_by_key(|n| n.start);
        named
    }
}

/// The byte just after the last character of `text` that `pattern` matches, or 0.
fn after_last(text: &str, pattern: impl Fn(char) -> bool) -> usize {
    text.char_indices().rev().find(|(_, c)| pattern(*c)).map_or(0, |(i, c)| i + c.len_utf8())
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The one or two Arabic proclitic letters written onto the word that starts at `start`, when
/// nothing else of that word comes before them.
fn proclitic_before(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?;
    let word_start = after_last(before, |c| !c.is_alphanumeric());
    let prefix = before.get(word_start..)?;
    let count = prefix.chars().count();
    ((1..=2).contains(&count) && prefix.chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))).then_some(prefix)
}

/// Where a sentence or a clause ends: the break before a name that opens the next.
fn ends_clause(text: &str) -> bool {
    let text = text.trim_end_matches(is_closing);
    text.trim_end().is_empty()
        || text.ends_with(['.', '!', '?', ',', ';', ':', '…', '\n', '。', '！', '？', '，', '；', '：', '؟', '،', '؛'])
}

fn is_closing(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | '«' | '“' | '‘' | ')' | '(' | '」' | '「' | '』' | '『' | '）' | '（'
        )
}

/// Titles that may stand between a clause's start and a name: `Mr. Hoekstra said`.
const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Ambassador",
    "Senator",
    "Minister",
    "President",
    "General",
    "Commissioner",
    "Judge",
    "Dean",
    "Chair",
    "Chairman",
    "Chairwoman",
];

/// Whether a name at byte `start` opens a sentence or a clause: nothing but a break before it, or
/// one word and then a break, where that word is an honorific ("Dr.") or an Arabic word (the verb,
/// in Arabic's verb-first order: قال تركي الفيصل, "said Turki al-Faisal").
fn opens_clause(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else { return false };
    let before = before.trim_end_matches(is_closing);
    let word_start = after_last(before, is_closing);
    let (rest, word) = before.split_at_checked(word_start).unwrap_or(("", before));
    // An honorific's full stop ends no sentence.
    if HONORIFICS.contains(&word.trim_end_matches('.')) {
        return ends_clause(rest);
    }
    ends_clause(before) || (!word.is_empty() && word.chars().all(is_arabic) && ends_clause(rest))
}

/// Whether `next` is joined to `named` as a co-subject: "Flake and Jin said", "Flake, Jin and Zhu
/// agreed", "朱锋和金灿荣认为", "تركي الفيصل وعبدالله محمود".
fn joins(text: &str, named: &Named<'_>, next: &Named<'_>) -> bool {
    let Some(between) = text.get(named.end..next.start.saturating_sub(next.prefix.len())) else { return false };
    let between = between.trim();
    if next.prefix.starts_with('و') && between.is_empty() {
        return next.prefix == "و";
    }
    next.prefix.is_empty()
        && matches!(
            between,
            "" | ","
                | "and"
                | ", and"
                | "&"
                | "、"
                | "，"
                | "和"
                | "与"
                | "與"
                | "及"
                | "et"
                | "und"
                | "y"
                | "e"
                | "و"
                | "،"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_open_after_breaks_honorifics_and_arabic_verbs() {
        assert!(opens_clause("Flake said", 0));
        assert!(opens_clause("It ended. Jin said", 10));
        assert!(opens_clause("Replying to MEPs, Mr. Hoekstra said", 22));
        let quoted = "“Quite,” Jin said";
        assert!(opens_clause(quoted, quoted.find("Jin").unwrap()));
        assert!(!opens_clause("He met Jin", 7));
        assert!(!opens_clause("Replying to Mr. Hoekstra", 16));
        assert!(opens_clause("قال تركي", "قال ".len()));
        assert!(opens_clause("朱锋说。金灿荣认为", "朱锋说。".len()));
    }

    #[test]
    fn proclitics_are_one_or_two_letters_on_the_name() {
        let text = "شارك تركي وعبدالله ولعبدالله كعبدالله";
        let at = |word: &str| text.find(word).map(|i| i + word.len() - "عبدالله".len()).unwrap();
        assert_eq!(proclitic_before(text, at("وعبدالله")), Some("و"));
        assert_eq!(proclitic_before(text, at("ولعبدالله")), Some("ول"));
        assert_eq!(proclitic_before(text, at("كعبدالله")), Some("ك"));
        assert_eq!(proclitic_before(text, text.find("تركي").unwrap()), None);
    }
}
