//! A validated briefing with what rendering needs precomputed, shared by reference.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Deref;
use std::rc::Rc;

use crate::model::{paragraphs, Briefing, MentionFinder, Point, Run};

/// Which text of a briefing: mentions are counted in this order (the reading order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextId {
    /// A paragraph of the summary.
    Summary(usize),
    /// A point's label, by section and point.
    Label(usize, usize),
    /// A paragraph of a point's text, by section, point and paragraph.
    Text(usize, usize, usize),
}

/// A briefing ready to render. Clones share one copy; equality is identity, so comparing
/// props never walks the whole document.
#[derive(Debug, Clone)]
pub struct PreparedBriefing(Rc<Prepared>);

#[derive(Debug)]
struct Prepared {
    briefing: Briefing,
    mentions: MentionFinder,
    /// Where each speaker is first mentioned: the text and the byte offset in it.
    first_mentions: HashMap<usize, (TextId, usize)>,
    /// Whose each point is, by section and point: worked out once, when a reader first focuses a
    /// speaker (the texts of points that name no speakers are read for mentions then, not on
    /// every render, and not at all for readers who never focus).
    point_speakers: OnceCell<Vec<Vec<Vec<usize>>>>,
}

impl PreparedBriefing {
    pub fn new(briefing: Briefing) -> Self {
        let mentions = MentionFinder::new(&briefing);
        let mut first_mentions = HashMap::new();
        for (id, text) in texts_in_reading_order(&briefing) {
            if first_mentions.len() == briefing.speakers.len() {
                break; // Everyone has been named: no need to read on.
            }
            for run in mentions.split(text) {
                if let Run::Mention(mention) = run {
                    first_mentions.entry(mention.speaker).or_insert((id, mention.start));
                }
            }
        }
        Self(Rc::new(Prepared { briefing, mentions, first_mentions, point_speakers: OnceCell::new() }))
    }

    /// Finds speakers named in this briefing's texts.
    pub fn mentions(&self) -> &MentionFinder {
        &self.0.mentions
    }

    /// Whether the mention of `speaker` at `start` in text `id` is the speaker's first.
    pub fn is_first_mention(&self, speaker: usize, id: TextId, start: usize) -> bool {
        self.0.first_mentions.get(&speaker) == Some(&(id, start))
    }

    /// Whether a point is `speaker`'s: attributed to them, or, when the point names nobody as
    /// its speakers, mentioning them.
    pub fn point_is_by(&self, section: usize, point: usize, speaker: usize) -> bool {
        self.point_speakers().get(section).and_then(|s| s.get(point)).is_some_and(|by| by.contains(&speaker))
    }

    /// How many points of a section are `speaker`'s.
    pub fn points_by(&self, section: usize, speaker: usize) -> usize {
        self.point_speakers().get(section).map_or(0, |points| points.iter().filter(|by| by.contains(&speaker)).count())
    }

    fn point_speakers(&self) -> &[Vec<Vec<usize>>] {
        self.0.point_speakers.get_or_init(|| {
            let speakers_of = |point: &Point| {
                if !point.speakers.is_empty() {
                    return point.speakers.clone();
                }
                let mut mentioned = Vec::new();
                for run in self.mentions().split(&point.text) {
                    if let Run::Mention(mention) = run {
                        if !mentioned.contains(&mention.speaker) {
                            mentioned.push(mention.speaker);
                        }
                    }
                }
                mentioned
            };
            self.sections.iter().map(|section| section.points.iter().map(speakers_of).collect()).collect()
        })
    }
}

/// Every text that can mention a speaker, in reading order.
fn texts_in_reading_order(briefing: &Briefing) -> Vec<(TextId, &str)> {
    let summary = briefing.summary_paragraphs().into_iter().enumerate().map(|(i, p)| (TextId::Summary(i), p));
    let points = briefing.sections.iter().enumerate().flat_map(|(s, section)| {
        section.points.iter().enumerate().flat_map(move |(p, point)| {
            let label = point.label.as_deref().map(|label| (TextId::Label(s, p), label));
            let text =
                paragraphs(&point.text).into_iter().enumerate().map(move |(n, text)| (TextId::Text(s, p, n), text));
            label.into_iter().chain(text)
        })
    });
    summary.chain(points).collect()
}

impl Deref for PreparedBriefing {
    type Target = Briefing;

    fn deref(&self) -> &Briefing {
        &self.0.briefing
    }
}

impl PartialEq for PreparedBriefing {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl yew::html::ImplicitClone for PreparedBriefing {}
