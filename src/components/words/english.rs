//! The widget's own words in English.

use super::{CountedPhrase, Language, Words};

pub static ENGLISH: Words = Words {
    language: Language::English,
    loading: "Loading briefing…",
    show_all: "Show all sections",
    hide_all: "Hide all sections",
    speakers: "Speakers",
    source: "Source",
    profile: "Profile",
    error_title: "This briefing could not be shown",
    retry: "Try again",
    copy_link: "Copy link to section",
    link_copied: "Link copied",
    link_not_copied: "The link could not be copied",
    clear_focus: "Show everyone",
    focus_status: CountedPhrase::one_other("Showing {n} point by {name}.", "Showing {n} points by {name}."),
    focus_cleared: "Showing every speaker's points.",
    points: CountedPhrase::one_other("{n} point", "{n} points"),
    points_by: CountedPhrase::invariant("{n} by {name}"),
    more_problems: CountedPhrase::one_other("and {n} more problem", "and {n} more problems"),
    focus_speaker: "Highlight {name}'s points",
};
