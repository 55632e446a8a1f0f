//! CLDR plural rules for integers, and phrases with one form per plural category.

use super::Language;

/// CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Language {
    /// The plural category of `n` in this language (CLDR rules for integers).
    pub fn plural(self, n: usize) -> Plural {
        match self {
            Self::Chinese => Plural::Other,
            Self::English if n == 1 => Plural::One,
            Self::English => Plural::Other,
            Self::Arabic => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}

/// A phrase with a count, one form per plural category; `{n}` stands for the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountedPhrase {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl CountedPhrase {
    /// The same words for every count.
    pub(super) const fn invariant(other: &'static str) -> Self {
        Self { zero: other, one: other, two: other, few: other, many: other, other }
    }

    /// English-like: one form for 1, another for the rest.
    pub(super) const fn one_other(one: &'static str, other: &'static str) -> Self {
        Self { zero: other, one, two: other, few: other, many: other, other }
    }

    pub(super) fn form(&self, plural: Plural) -> &'static str {
        match plural {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => self.other,
        }
    }
}
