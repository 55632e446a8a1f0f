//! Which of the widget's languages a BCP 47 tag asks for, and that language's tag and direction.

use super::{Words, ARABIC, CHINESE, ENGLISH};

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
    Chinese,
    Arabic,
}

impl Language {
    /// The best language for a BCP 47 tag (`zh`, `zh-Hans-CN`, `ar-EG`…); English when none fits.
    pub fn from_tag(tag: &str) -> Self {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("zh") {
            Self::Chinese
        } else if primary.eq_ignore_ascii_case("ar") {
            Self::Arabic
        } else {
            Self::English
        }
    }

    /// The tag the widget's words are written in.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Chinese => "zh-Hans",
            Self::Arabic => "ar",
        }
    }

    /// The direction of the widget's words.
    pub fn direction(self) -> &'static str {
        match self {
            Self::Arabic => "rtl",
            Self::English | Self::Chinese => "ltr",
        }
    }

    /// This language's words.
    pub fn words(self) -> &'static Words {
        match self {
            Self::English => &ENGLISH,
            Self::Chinese => &CHINESE,
            Self::Arabic => &ARABIC,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_follow_the_primary_subtag() {
        assert_eq!(Language::from_tag("zh-Hans-CN"), Language::Chinese);
        assert_eq!(Language::from_tag("zh"), Language::Chinese);
        assert_eq!(Language::from_tag("ar-EG"), Language::Arabic);
        assert_eq!(Language::from_tag("en-GB"), Language::English);
        assert_eq!(Language::from_tag("fr"), Language::English);
        assert_eq!(Language::from_tag(""), Language::English);
    }
}
