//! The widget's own words (not the briefing's): every phrase it shows, with counts and names
//! filled in; one table per language.

mod arabic;
mod chinese;
mod english;
mod language;
mod plural;

use arabic::ARABIC;
use chinese::CHINESE;
use english::ENGLISH;
pub use language::Language;
pub use plural::{CountedPhrase, Plural};

/// Every phrase the widget shows of its own.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    pub language: Language,
    pub loading: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    pub speakers: &'static str,
    pub source: &'static str,
    pub profile: &'static str,
    pub error_title: &'static str,
    pub retry: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_not_copied: &'static str,
    pub clear_focus: &'static str,
    /// "Showing {n} points by {name}."
    pub focus_status: CountedPhrase,
    pub focus_cleared: &'static str,
    /// "{n} points"
    pub points: CountedPhrase,
    /// "{n} by {name}" beside a section's title while a speaker is in focus.
    pub points_by: CountedPhrase,
    /// "and {n} more problems"
    pub more_problems: CountedPhrase,
    /// Label of a speaker's focus button: "Show {name}'s points".
    pub focus_speaker: &'static str,
    /// "Show all {n} speakers", below the first few of a long list.
    pub all_speakers: CountedPhrase,
    /// "{name} time": the event's zone, named by its city ("London time").
    pub zone_time: &'static str,
    /// "{name} your time": the same moment in the reader's zone.
    pub your_time: &'static str,
    /// How people took part: in person, online, hybrid.
    pub attendance: [&'static str; 3],
    /// "Published {name}", "Updated {name}" (with a date).
    pub published: &'static str,
    pub updated: &'static str,
    /// The kinds of link: event, recording, transcript, report, slides, write-up, other.
    pub link_kinds: [&'static str; 7],
    pub chair: &'static str,
    pub participants: &'static str,
    /// "Question", and "Question from {name}".
    pub question: &'static str,
    pub question_by: &'static str,
    /// Label of a link to a moment of the recording: "Watch from {name}".
    pub watch_at: &'static str,
    /// Label of a point's list of cited pages.
    pub point_links: &'static str,
}

impl Words {
    /// A counted phrase for `n`, with `{n}` (and `{name}`, if given) filled in.
    pub fn count(&self, phrase: &CountedPhrase, n: usize, name: &str) -> String {
        fill(phrase.form(self.language.plural(n)), &n.to_string(), name)
    }

    /// "4 points".
    pub fn point_count(&self, n: usize) -> String {
        self.count(&self.points, n, "")
    }

    /// "and 3 more problems".
    pub fn more(&self, n: usize) -> String {
        self.count(&self.more_problems, n, "")
    }

    /// A phrase with `{name}` filled in.
    pub fn with_name(&self, phrase: &str, name: &str) -> String {
        fill(phrase, "{n}", name)
    }
}

/// `phrase` with each `{n}` and `{name}` filled in; any other brace stays as written. Split on the
/// one character `{`, so the wasm needs no substring searcher for it.
fn fill(phrase: &str, n: &str, name: &str) -> String {
    let mut pieces = phrase.split('{');
    let mut out = String::from(pieces.next().unwrap_or_default());
    for piece in pieces {
        if let Some(rest) = piece.strip_prefix("n}") {
            out.push_str(n);
            out.push_str(rest);
        } else if let Some(rest) = piece.strip_prefix("name}") {
            out.push_str(name);
            out.push_str(rest);
        } else {
            out.push('{');
            out.push_str(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_rules() {
        let ar = Language::Arabic.words();
        let counts: Vec<String> = [0, 1, 2, 3, 10, 11, 99, 100, 102].iter().map(|n| ar.point_count(*n)).collect();
        assert_eq!(
            counts,
            ["لا نقاط", "نقطة واحدة", "نقطتان", "3 نقاط", "10 نقاط", "11 نقطة", "99 نقطة", "100 نقطة", "102 نقطة"]
        );
        let en = Language::English.words();
        assert_eq!(
            (en.point_count(1), en.point_count(2), en.point_count(0)),
            ("1 point".into(), "2 points".into(), "0 points".into())
        );
        assert_eq!(Language::Chinese.words().point_count(1), "1 个观点");
        assert_eq!(en.count(&en.focus_status, 1, "Jin"), "Showing 1 point by Jin.");
    }

    #[test]
    fn placeholders_are_filled_once_and_other_braces_stay() {
        assert_eq!(fill("{n} by {name}", "3", "Jin {n} {name}"), "3 by Jin {n} {name}");
        assert_eq!(fill("{name}: {n} of {n}", "2", "Zhu"), "Zhu: 2 of 2");
        assert_eq!(fill("{x} {", "1", "A"), "{x} {");
        assert_eq!(Language::English.words().with_name("Show {name}'s points", "Zhu"), "Show Zhu's points");
    }

    #[test]
    fn words_are_equal_only_when_every_phrase_is() {
        assert_eq!(Language::Arabic.words(), Language::Arabic.words());
        assert_ne!(Language::English.words(), Language::Chinese.words());
        let changed = Words { retry: "Retry", ..ENGLISH };
        assert_ne!(&changed, Language::English.words());
    }
}
