//! A validated briefing with what rendering needs precomputed, shared by reference.

use std::collections::HashMap;
use std::ops::Deref;
use std::rc::Rc;

use crate::model::{Briefing, MentionFinder, Run};

/// Which text of a briefing: mentions are counted in this order (the reading order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextId {
    /// A paragraph of the summary.
    Summary(usize),
    /// A point's label, by section and point.
    Label(usize, usize),
    /// A point's text, by section and point.
    Text(usize, usize),
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
        Self(Rc::new(Prepared { briefing, mentions, first_mentions }))
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
        let Some(point) = self.sections.get(section).and_then(|s| s.points.get(point)) else { return false };
        if point.speakers.is_empty() {
            self.mentions().names(&point.text, speaker)
        } else {
            point.speakers.contains(&speaker)
        }
    }

    /// How many points of a section are `speaker`'s.
    pub fn points_by(&self, section: usize, speaker: usize) -> usize {
        let count = self.sections.get(section).map_or(0, |s| s.points.len());
        (0..count).filter(|&point| self.point_is_by(section, point, speaker)).count()
    }
}

/// Every text that can mention a speaker, in reading order.
fn texts_in_reading_order(briefing: &Briefing) -> Vec<(TextId, &str)> {
    let summary = briefing.summary_paragraphs().into_iter().enumerate().map(|(i, p)| (TextId::Summary(i), p));
    let points = briefing.sections.iter().enumerate().flat_map(|(s, section)| {
        section.points.iter().enumerate().flat_map(move |(p, point)| {
            let label = point.label.as_deref().map(|label| (TextId::Label(s, p), label));
            label.into_iter().chain(std::iter::once((TextId::Text(s, p), point.text.as_str())))
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
