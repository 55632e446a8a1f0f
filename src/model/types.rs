//! The briefing format's types, version 1, as the widget holds them once validated.

use serde::Serialize;

/// A validated briefing: one event, its speakers and its themed sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Briefing {
    pub version: u32,
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<CalendarDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organizer: Option<Organizer>,
    pub speakers: Vec<Speaker>,
    pub sections: Vec<Section>,
}

/// Where the event or its record lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// Who held the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Organizer {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A person who spoke at the event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One theme of the discussion, with its points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    pub open: bool,
    pub points: Vec<Point>,
}

/// One thing that was said, attributed to speakers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Point {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub text: String,
    /// Indices into [`Briefing::speakers`], resolved from the document's speaker ids.
    #[serde(skip)]
    pub speakers: Vec<usize>,
    /// The speaker ids as the document gave them.
    #[serde(rename = "speakers", skip_serializing_if = "Vec::is_empty")]
    pub speaker_ids: Vec<String>,
}

/// A real calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Briefing {
    /// The speaker a point or mention refers to, by index.
    pub fn speaker(&self, index: usize) -> Option<&Speaker> {
        self.speakers.get(index)
    }

    /// The summary's paragraphs: blocks separated by a blank line, trimmed, empty ones dropped.
    pub fn summary_paragraphs(&self) -> Vec<&str> {
        self.summary.as_deref().map(paragraphs).unwrap_or_default()
    }
}

/// Splits plain text into paragraphs at blank lines.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    let mut previous_blank = false;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank && !previous_blank {
            push_trimmed(&mut out, text.get(start..offset));
        }
        if !blank && previous_blank {
            start = offset;
        }
        previous_blank = blank;
        offset += line.len();
    }
    if !previous_blank {
        push_trimmed(&mut out, text.get(start..));
    }
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, block: Option<&'a str>) {
    if let Some(block) = block.map(str::trim).filter(|b| !b.is_empty()) {
        out.push(block);
    }
}

#[cfg(test)]
mod tests {
    use super::paragraphs;

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(paragraphs("One.\n\nTwo\nlines.\n \n\nThree."), vec!["One.", "Two\nlines.", "Three."]);
        assert_eq!(paragraphs("\n\nOnly.\n"), vec!["Only."]);
        assert!(paragraphs("  \n ").is_empty());
    }
}
