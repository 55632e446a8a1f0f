//! The widget's own words (not the briefing's) in the reader's language.

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
}

impl Language {
    /// The best language for a BCP 47 tag; English when none fits.
    pub fn from_tag(_tag: &str) -> Self {
        Self::English
    }

    /// This language's words.
    pub fn words(self) -> &'static Words {
        match self {
            Self::English => &ENGLISH,
        }
    }
}

/// Every phrase the widget shows of its own.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    pub loading: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    pub speakers: &'static str,
    pub sections: &'static str,
    pub source: &'static str,
    pub profile: &'static str,
    pub error_title: &'static str,
    pub retry: &'static str,
    /// "and N more problems"; `{}` stands for N.
    pub more_problems: &'static str,
    pub point: &'static str,
    pub points: &'static str,
}

static ENGLISH: Words = Words {
    loading: "Loading briefing…",
    show_all: "Show all sections",
    hide_all: "Hide all sections",
    speakers: "Speakers",
    sections: "Sections",
    source: "Source",
    profile: "Profile",
    error_title: "This briefing could not be shown",
    retry: "Try again",
    more_problems: "and {} more problems",
    point: "point",
    points: "points",
};

impl Words {
    /// "1 point", "4 points".
    pub fn point_count(&self, count: usize) -> String {
        format!("{count} {}", if count == 1 { self.point } else { self.points })
    }

    /// "and 3 more problems".
    pub fn more(&self, count: usize) -> String {
        self.more_problems.replace("{}", &count.to_string())
    }
}
