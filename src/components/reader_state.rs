//! The reader's state in one briefing (open sections, the speaker in focus, the status line, the
//! tooltip, a pending deep link, how far a long briefing is on the page) and every transition,
//! as a pure reducer tested natively.

use std::collections::HashMap;
use std::rc::Rc;

use serde::Serialize;
use web_sys::Element;
use yew::Reducible;

use super::{PreparedBriefing, TooltipAction, TooltipState, Words};

/// Sections put on the page at once, then per later task, for long briefings.
pub const FIRST_SLICE: usize = 8;
pub const SLICE: usize = 100;
/// Points put on the page per task when many sections open at once ("Show all", `open="all"`).
pub const FILL_BUDGET: usize = 200;

/// A reader expanded or collapsed a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionToggle {
    pub section: String,
    pub open: bool,
}

/// What the reader did, or what happened to the view. `A` is a tooltip's anchor (an element in
/// the widget).
#[derive(Debug, Clone, PartialEq)]
pub enum ReaderAction<A = Element> {
    /// Expand (`open`) or collapse one section.
    Toggle {
        section: usize,
        open: bool,
    },
    ShowAll,
    HideAll,
    /// Bring a speaker's points into focus; choosing the speaker in focus again clears it.
    FocusSpeaker(usize),
    ClearFocus,
    /// Something happened to a tooltip or its anchor.
    Tooltip(TooltipAction<A>),
    /// The page's URL points at this section: open it (no toggle event: the reader did not
    /// toggle it) and scroll to it once it is on the page.
    DeepLink(usize),
    /// The deep-linked section was scrolled into view.
    Scrolled,
    /// Copying a section's link to the clipboard succeeded or failed.
    LinkCopied(bool),
    /// A new copy of the briefing arrived (`reload()`): open sections, the speaker in focus and
    /// what is on the page carry over by id; sections new to it start as the document says,
    /// unless the `open` attribute says otherwise.
    Reloaded(PreparedBriefing),
    /// The `open` attribute changed: every section opens (`Some(true)`), closes (`Some(false)`)
    /// or goes back to what the document says (`None`). No toggle event: no reader toggled them.
    Forced(Option<bool>),
    /// The next task of putting a long briefing on the page: the next slice of sections, and the
    /// points of open sections, about [`FILL_BUDGET`] at a time.
    Advance,
}

/// Sections that changed in one action, to report as `briefing-toggle` events, once each.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Toggled {
    /// Counts the actions that toggled something: a new batch is reported once.
    pub batch: u32,
    pub sections: Vec<SectionToggle>,
}

/// Everything the reader changes in a briefing's view.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState<A = Element> {
    briefing: PreparedBriefing,
    words: &'static Words,
    /// Whether each section is expanded.
    pub open: Vec<bool>,
    /// The speaker whose points are in focus.
    pub focused: Option<usize>,
    /// What the status line tells screen readers.
    pub status: String,
    /// "Showing 5 points by Jin Canrong." while a speaker is in focus: counted once, when the
    /// focus changes, not on every render (a tooltip opening re-renders the view).
    pub focus_note: Option<String>,
    pub tooltip: TooltipState<A>,
    pub toggled: Toggled,
    /// A deep-linked section waiting to be scrolled into view.
    pub scroll_to: Option<usize>,
    /// How many sections are on the page, from the first: long briefings arrive in slices.
    pub rendered: usize,
    /// Whether each section's points are on the page: open sections are filled in, in order,
    /// about [`FILL_BUDGET`] points per task; closed ones are emptied.
    pub filled: Vec<bool>,
    /// What the `open` attribute says: every section open (`true`), closed (`false`), or as the
    /// document says.
    forced: Option<bool>,
}

impl<A: Clone + PartialEq> ReaderState<A> {
    /// The state a briefing starts in: its sections open as the document says, unless `forced`
    /// opens (`true`) or closes (`false`) them all.
    pub fn new(briefing: PreparedBriefing, words: &'static Words, forced: Option<bool>) -> Self {
        let open = briefing.sections.iter().map(|s| forced.unwrap_or(s.open)).collect();
        let total = briefing.sections.len();
        let mut state = Self {
            briefing,
            words,
            open,
            focused: None,
            status: String::new(),
            focus_note: None,
            tooltip: TooltipState::default(),
            toggled: Toggled::default(),
            scroll_to: None,
            rendered: total.min(FIRST_SLICE),
            filled: vec![false; total],
            forced,
        };
        state.fill();
        state
    }

    /// The briefing this state belongs to.
    pub fn briefing(&self) -> &PreparedBriefing {
        &self.briefing
    }

    /// What the `open` attribute said when this state last heard of it.
    pub fn forced(&self) -> Option<bool> {
        self.forced
    }

    /// Whether an open section on the page still waits for its points.
    pub fn filling(&self) -> bool {
        self.open.iter().zip(&self.filled).take(self.rendered).any(|(&open, &filled)| open && !filled)
    }

    /// Whether the whole briefing is on the page: every section, and every open section's points.
    pub fn complete(&self) -> bool {
        self.rendered >= self.open.len() && !self.filling()
    }

    /// Applies one action.
    pub fn apply(&mut self, action: ReaderAction<A>) {
        match action {
            ReaderAction::Toggle { section, open } => self.set_open([(section, open)]),
            ReaderAction::ShowAll => self.set_open((0..self.open.len()).map(|i| (i, true))),
            ReaderAction::HideAll => self.set_open((0..self.open.len()).map(|i| (i, false))),
            ReaderAction::Forced(forced) => {
                if forced != self.forced {
                    self.forced = forced;
                    self.open = self.briefing.sections.iter().map(|s| forced.unwrap_or(s.open)).collect();
                }
            }
            ReaderAction::Advance => self.rendered = self.open.len().min(self.rendered.saturating_add(SLICE)),
            ReaderAction::FocusSpeaker(speaker) => {
                let next = Some(speaker).filter(|s| self.focused != Some(*s));
                self.focus(next);
            }
            ReaderAction::ClearFocus => self.focus(None),
            ReaderAction::Tooltip(action) => self.tooltip.apply(action),
            ReaderAction::DeepLink(section) => {
                if let Some(slot) = self.open.get_mut(section) {
                    *slot = true;
                    self.scroll_to = Some(section);
                }
            }
            ReaderAction::Scrolled => self.scroll_to = None,
            ReaderAction::LinkCopied(copied) => {
                self.status = if copied { self.words.link_copied } else { self.words.link_not_copied }.to_owned();
            }
            ReaderAction::Reloaded(briefing) => self.reload(briefing),
        }
        // Whatever opened or closed, or came on the page: its points follow, within the budget.
        self.fill();
    }

    /// One pass of filling: closed sections are emptied; open ones on the page are filled in
    /// order until about [`FILL_BUDGET`] points went on the page (at least one section per
    /// pass, however many points it has).
    fn fill(&mut self) {
        let mut budget = FILL_BUDGET;
        let sections = self.filled.iter_mut().zip(&self.open).zip(&self.briefing.sections).enumerate();
        for (index, ((filled, &open), section)) in sections {
            if !open {
                *filled = false;
            } else if !*filled && index < self.rendered {
                let size = section.points.len();
                if budget == FILL_BUDGET || size <= budget {
                    *filled = true;
                    budget = budget.saturating_sub(size);
                }
            }
        }
    }

    fn reload(&mut self, briefing: PreparedBriefing) {
        let before = std::mem::replace(&mut self.briefing, briefing);
        let old: HashMap<&str, usize> = before.sections.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let was = |id: &str| old.get(id).copied();
        let forced = self.forced;
        let sections = &self.briefing.sections;
        let open = sections.iter().map(|s| was(&s.id).and_then(|i| self.open.get(i).copied()));
        let open = open.zip(sections).map(|(was_open, s)| was_open.unwrap_or(forced.unwrap_or(s.open))).collect();
        // Points on the page stay on the page (the fill pass below empties closed sections).
        let filled = sections.iter().map(|s| was(&s.id).and_then(|i| self.filled.get(i).copied()).unwrap_or(false));
        let filled = filled.collect();
        // Every section that was on the page stays on it, wherever the new copy puts it; if the
        // whole briefing was, the new sections come too (one slice of them at most).
        let kept = sections.iter().rposition(|s| was(&s.id).is_some_and(|i| i < self.rendered)).map_or(0, |i| i + 1);
        let floor =
            if self.rendered >= before.sections.len() { self.rendered.saturating_add(SLICE) } else { self.rendered };
        self.rendered = sections.len().min(floor.max(kept).max(FIRST_SLICE));
        self.open = open;
        self.filled = filled;
        let speaker = self.focused.and_then(|index| before.speakers.get(index));
        self.focused = speaker.and_then(|speaker| self.briefing.speakers.iter().position(|s| s.id == speaker.id));
        // Counted again in the new copy; the status line is not re-announced.
        self.focus_note = self.focused.and_then(|s| focus_message(&self.briefing, self.words, s));
        self.tooltip = TooltipState::default();
        self.scroll_to = None;
    }

    fn set_open(&mut self, changes: impl IntoIterator<Item = (usize, bool)>) {
        let mut toggled = Vec::new();
        for (index, value) in changes {
            if let (Some(slot), Some(section)) = (self.open.get_mut(index), self.briefing.sections.get(index)) {
                if *slot != value {
                    *slot = value;
                    toggled.push(SectionToggle { section: section.id.clone(), open: value });
                }
            }
        }
        if !toggled.is_empty() {
            self.toggled = Toggled { batch: self.toggled.batch.wrapping_add(1), sections: toggled };
        }
    }

    fn focus(&mut self, speaker: Option<usize>) {
        self.focus_note = speaker.and_then(|s| focus_message(&self.briefing, self.words, s));
        self.status = self.focus_note.clone().unwrap_or_else(|| self.words.focus_cleared.to_owned());
        self.focused = speaker;
    }
}

impl<A: Clone + PartialEq + 'static> Reducible for ReaderState<A> {
    type Action = ReaderAction<A>;

    /// An action that changes nothing keeps the same state, so nothing re-renders.
    fn reduce(self: Rc<Self>, action: ReaderAction<A>) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// "Showing 5 points by Jin Canrong."
fn focus_message(briefing: &PreparedBriefing, words: &Words, speaker: usize) -> Option<String> {
    let name = &briefing.speaker(speaker)?.name;
    let points = (0..briefing.sections.len()).map(|section| briefing.points_by(section, speaker)).sum();
    Some(words.count(&words.focus_status, points, name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::Language;
    use crate::model::parse_briefing;

    const BRIEFING: &str = r#"{"version":1,"id":"b","title":"T",
        "speakers":[{"id":"jin","name":"Jin Canrong"},{"id":"lee","name":"Lee Sang-hyun"}],
        "sections":[
          {"id":"one","title":"One","open":true,"points":[{"text":"A","speakers":["jin"]},{"text":"B","speakers":["lee"]}]},
          {"id":"two","title":"Two","points":[{"text":"Jin Canrong said so."}]},
          {"id":"three","title":"Three","points":[{"text":"C","speakers":["lee"]}]}]}"#;

    fn state(forced: Option<bool>) -> ReaderState<&'static str> {
        let briefing = PreparedBriefing::new(parse_briefing(BRIEFING.as_bytes()).expect("valid"));
        ReaderState::new(briefing, Language::English.words(), forced)
    }

    fn after(
        mut state: ReaderState<&'static str>,
        actions: Vec<ReaderAction<&'static str>>,
    ) -> ReaderState<&'static str> {
        for action in actions {
            state.apply(action);
        }
        state
    }

    fn toggle(section: &str, open: bool) -> SectionToggle {
        SectionToggle { section: section.into(), open }
    }

    #[test]
    fn sections_start_as_the_document_says_unless_forced() {
        assert_eq!(state(None).open, [true, false, false]);
        assert_eq!(state(Some(true)).open, [true, true, true]);
        assert_eq!(state(Some(false)).open, [false, false, false]);
    }

    #[test]
    fn a_toggle_opens_one_section_and_is_reported_once() {
        let s = after(state(None), vec![ReaderAction::Toggle { section: 1, open: true }]);
        assert_eq!(s.open, [true, true, false]);
        assert_eq!(s.toggled, Toggled { batch: 1, sections: vec![toggle("two", true)] });
        // Asking for what already holds changes nothing, and reports nothing new.
        let again = after(s.clone(), vec![ReaderAction::Toggle { section: 1, open: true }]);
        assert_eq!(again, s);
        // A section that does not exist is ignored.
        assert_eq!(after(s.clone(), vec![ReaderAction::Toggle { section: 9, open: true }]), s);
    }

    #[test]
    fn show_all_and_hide_all_report_only_the_sections_they_change() {
        let shown = after(state(None), vec![ReaderAction::ShowAll]);
        assert_eq!(shown.open, [true, true, true]);
        assert_eq!(shown.toggled.sections, [toggle("two", true), toggle("three", true)]);
        let hidden = after(shown, vec![ReaderAction::HideAll]);
        assert_eq!(hidden.open, [false, false, false]);
        assert_eq!(hidden.toggled.batch, 2);
        assert_eq!(hidden.toggled.sections, [toggle("one", false), toggle("two", false), toggle("three", false)]);
    }

    #[test]
    fn focusing_a_speaker_counts_their_points_and_choosing_them_again_clears_it() {
        // Jin made one point and is the one mentioned in a point that names no speakers.
        let focused = after(state(None), vec![ReaderAction::FocusSpeaker(0)]);
        assert_eq!(focused.focused, Some(0));
        assert_eq!(focused.status, "Showing 2 points by Jin Canrong.");
        assert_eq!(focused.focus_note.as_deref(), Some("Showing 2 points by Jin Canrong."));
        let other = after(focused.clone(), vec![ReaderAction::FocusSpeaker(1)]);
        assert_eq!((other.focused, other.status.as_str()), (Some(1), "Showing 2 points by Lee Sang-hyun."));
        let again = after(focused, vec![ReaderAction::FocusSpeaker(0)]);
        assert_eq!((again.focused, again.status.as_str()), (None, "Showing every speaker's points."));
        assert_eq!(again.focus_note, None);
    }

    #[test]
    fn show_everyone_clears_the_focus() {
        let s = after(state(None), vec![ReaderAction::FocusSpeaker(1), ReaderAction::ClearFocus]);
        assert_eq!((s.focused, s.status.as_str()), (None, "Showing every speaker's points."));
    }

    #[test]
    fn a_deep_link_opens_its_section_without_a_toggle_event_and_waits_to_scroll() {
        let s = after(state(None), vec![ReaderAction::DeepLink(2)]);
        assert_eq!(s.open, [true, false, true]);
        assert_eq!(s.toggled, Toggled::default());
        assert_eq!(s.scroll_to, Some(2));
        assert_eq!(after(s, vec![ReaderAction::Scrolled]).scroll_to, None);
        assert_eq!(after(state(None), vec![ReaderAction::DeepLink(7)]).scroll_to, None);
    }

    #[test]
    fn copying_a_link_says_how_it_went() {
        assert_eq!(after(state(None), vec![ReaderAction::LinkCopied(true)]).status, "Link copied");
        assert_eq!(after(state(None), vec![ReaderAction::LinkCopied(false)]).status, "The link could not be copied");
    }

    #[test]
    fn a_tooltip_shows_while_held_and_closes_when_its_delay_runs_out() {
        let hover = ReaderAction::Tooltip(TooltipAction::Hover { speaker: 1, anchor: "mention" });
        let shown = after(state(None), vec![hover]);
        assert_eq!(shown.tooltip.speaker(), Some(1));
        assert_eq!(shown.tooltip.closing, None);
        // The pointer leaves: a close is scheduled, which entering the tooltip cancels.
        let leaving = after(shown, vec![ReaderAction::Tooltip(TooltipAction::Unhover)]);
        let countdown = leaving.tooltip.closing.expect("a close is scheduled");
        let held = after(leaving.clone(), vec![ReaderAction::Tooltip(TooltipAction::EnterTooltip)]);
        assert_eq!(held.tooltip.closing, None);
        let stale = after(held, vec![ReaderAction::Tooltip(TooltipAction::Expire { countdown })]);
        assert_eq!(stale.tooltip.speaker(), Some(1));
        let closed = after(leaving, vec![ReaderAction::Tooltip(TooltipAction::Expire { countdown })]);
        assert_eq!(closed.tooltip.speaker(), None);
    }

    #[test]
    fn a_tap_toggles_a_tooltip_and_escape_dismisses_it() {
        let tap = ReaderAction::Tooltip(TooltipAction::Tap { speaker: 0, anchor: "chip" });
        let open = after(state(None), vec![tap.clone()]);
        assert_eq!(open.tooltip.speaker(), Some(0));
        assert_eq!(after(open.clone(), vec![tap]).tooltip.speaker(), None);
        assert_eq!(after(open, vec![ReaderAction::Tooltip(TooltipAction::Dismiss)]).tooltip.speaker(), None);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let first = Rc::new(state(None));
        let same = first.clone().reduce(ReaderAction::Scrolled);
        assert!(Rc::ptr_eq(&first, &same));
        let changed = first.clone().reduce(ReaderAction::ShowAll);
        assert!(!Rc::ptr_eq(&first, &changed));
    }

    #[test]
    fn a_reloaded_briefing_keeps_open_sections_and_the_focus_by_id() {
        // The new copy drops "one", moves "three" first, adds "four", and lists lee before jin.
        const RELOADED: &str = r#"{"version":1,"id":"b","title":"T",
            "speakers":[{"id":"lee","name":"Lee Sang-hyun"},{"id":"jin","name":"Jin Canrong"}],
            "sections":[
              {"id":"three","title":"Three","points":[{"text":"C","speakers":["lee"]}]},
              {"id":"two","title":"Two","open":true,"points":[{"text":"D"}]},
              {"id":"four","title":"Four","open":true,"points":[{"text":"E","speakers":["jin"]}]}]}"#;
        let reloaded = PreparedBriefing::new(parse_briefing(RELOADED.as_bytes()).expect("valid"));
        let before =
            after(state(None), vec![ReaderAction::Toggle { section: 2, open: true }, ReaderAction::FocusSpeaker(0)]);
        assert_eq!(before.open, [true, false, true]);
        let s = after(before, vec![ReaderAction::Reloaded(reloaded.clone())]);
        // "three" stays open, "two" stays closed whatever the new copy says, "four" is new.
        assert_eq!(s.open, [true, false, true]);
        assert_eq!(s.filled, [true, false, true]);
        // Jin is still the one in focus, now the second speaker, with the new copy's count.
        assert_eq!(s.focused, Some(1));
        assert_eq!(s.focus_note.as_deref(), Some("Showing 1 point by Jin Canrong."));
        assert!(s.briefing() == &reloaded);
        // Forced open, a new section starts open too; one the reader had closed stays closed.
        let closed = after(state(Some(true)), vec![ReaderAction::Toggle { section: 1, open: false }]);
        let forced = after(closed, vec![ReaderAction::Reloaded(reloaded)]);
        assert_eq!(forced.open, [true, false, true]);
    }

    /// A briefing of `sections` sections of `points` points each; `open` sections start open.
    fn long(sections: usize, points: usize, open: impl Fn(usize) -> bool) -> PreparedBriefing {
        let point = r#"{"text":"P"}"#;
        let points = vec![point; points].join(",");
        let sections: Vec<String> = (0..sections)
            .map(|i| format!(r#"{{"id":"s{i}","title":"S","open":{},"points":[{points}]}}"#, open(i)))
            .collect();
        let json = format!(r#"{{"version":1,"id":"b","title":"T","speakers":[],"sections":[{}]}}"#, sections.join(","));
        PreparedBriefing::new(parse_briefing(json.as_bytes()).expect("valid"))
    }

    fn ids(state: &ReaderState<&'static str>) -> Vec<String> {
        state.briefing().sections.iter().take(state.rendered).map(|s| s.id.clone()).collect()
    }

    /// Advances until the briefing is complete; returns the advances it took.
    fn advance_until_complete(state: &mut ReaderState<&'static str>) -> usize {
        let mut advances = 0;
        while !state.complete() && advances < 1000 {
            let before = state.clone();
            state.apply(ReaderAction::Advance);
            assert!(*state != before, "an advance that changes nothing would schedule itself forever");
            advances += 1;
        }
        advances
    }

    #[test]
    fn a_reloaded_copy_with_more_sections_shows_and_fills_every_section() {
        // Four sections, all on the page; the new copy adds one first and one last (open).
        let four = long(4, 1, |i| i == 0);
        let mut s = ReaderState::<&str>::new(four, Language::English.words(), None);
        assert!(s.complete());
        let json = r#"{"version":1,"id":"b","title":"T","speakers":[],"sections":[
            {"id":"new-first","title":"N","points":[{"text":"N"}]},
            {"id":"s0","title":"S","open":true,"points":[{"text":"P"}]},
            {"id":"s1","title":"S","points":[{"text":"P"}]},
            {"id":"s2","title":"S","points":[{"text":"P"}]},
            {"id":"s3","title":"S","points":[{"text":"P"}]},
            {"id":"new-last","title":"L","open":true,"points":[{"text":"L"}]}]}"#;
        let grown = PreparedBriefing::new(parse_briefing(json.as_bytes()).expect("valid"));
        s.apply(ReaderAction::Reloaded(grown));
        // Every section is on the page at once, the ones that were there and the new ones.
        assert_eq!(ids(&s), ["new-first", "s0", "s1", "s2", "s3", "new-last"]);
        assert_eq!(s.open, [false, true, false, false, false, true]);
        assert_eq!(s.filled, [false, true, false, false, false, true]);
        assert!(s.complete());
    }

    #[test]
    fn a_reloaded_copy_keeps_on_the_page_every_section_that_was_there() {
        // 300 sections, 108 on the page; the new copy puts 50 new ones first.
        let mut s = ReaderState::<&str>::new(long(300, 1, |_| false), Language::English.words(), None);
        s.apply(ReaderAction::Advance);
        assert_eq!(s.rendered, 108);
        let mut grown = crate::model::Briefing::clone(&long(350, 1, |_| false));
        for (i, section) in grown.sections.iter_mut().enumerate() {
            section.id = if i < 50 { format!("new{i}") } else { format!("s{}", i - 50) };
        }
        s.apply(ReaderAction::Reloaded(PreparedBriefing::new(grown)));
        assert_eq!(s.rendered, 158, "s0…s107 are still on the page, after the 50 new ones");
        assert_eq!(advance_until_complete(&mut s), 2);
        // A shorter copy: everything on the page, nothing out of range; s0…s2 stay closed, as
        // the reader had them, whatever the new copy says.
        s.apply(ReaderAction::Reloaded(long(3, 1, |_| true)));
        assert_eq!((s.rendered, s.open.as_slice(), s.complete()), (3, [false; 3].as_slice(), true));
    }

    #[test]
    fn a_long_briefing_arrives_a_slice_of_sections_per_task() {
        let mut s = ReaderState::<&str>::new(long(300, 20, |i| i == 0), Language::English.words(), None);
        assert_eq!((s.rendered, s.complete()), (8, false));
        assert_eq!(s.filled.iter().filter(|f| **f).count(), 1);
        let mut slices = vec![s.rendered];
        while !s.complete() {
            s.apply(ReaderAction::Advance);
            slices.push(s.rendered);
        }
        assert_eq!(slices, [8, 108, 208, 300]);
    }

    #[test]
    fn open_all_fills_about_200_points_per_task_as_the_sections_arrive() {
        // `open="all"` on 300 sections of 20 points: no task puts more than ~200 points on the page.
        let mut s = ReaderState::<&str>::new(long(300, 20, |_| false), Language::English.words(), Some(true));
        let points = |s: &ReaderState<&str>| s.filled.iter().filter(|f| **f).count() * 20;
        assert_eq!((s.rendered, points(&s)), (8, 160));
        let mut most = 0;
        while !s.complete() {
            let before = points(&s);
            s.apply(ReaderAction::Advance);
            most = most.max(points(&s) - before);
        }
        assert_eq!((most, points(&s)), (FILL_BUDGET, 6000));
    }

    #[test]
    fn sections_a_reader_opens_are_filled_about_200_points_per_task() {
        // Show all on five sections of 120 points: one section per task, as 120 + 120 > 200.
        let mut s = ReaderState::<&str>::new(long(5, 120, |_| false), Language::English.words(), None);
        s.apply(ReaderAction::ShowAll);
        assert_eq!((s.filled.as_slice(), s.filling()), ([true, false, false, false, false].as_slice(), true));
        s.apply(ReaderAction::Advance);
        assert_eq!(s.filled, [true, true, false, false, false]);
        assert_eq!(advance_until_complete(&mut s), 3);
        // Small sections go together, up to the budget.
        let mut small = ReaderState::<&str>::new(long(5, 50, |_| false), Language::English.words(), None);
        small.apply(ReaderAction::ShowAll);
        assert_eq!(small.filled, [true, true, true, true, false]);
        // A huge section still goes on the page, alone, at once.
        let mut huge = ReaderState::<&str>::new(long(2, 500, |_| false), Language::English.words(), None);
        huge.apply(ReaderAction::Toggle { section: 1, open: true });
        assert_eq!((huge.filled.as_slice(), huge.complete()), ([false, true].as_slice(), true));
        // Hide all empties every section at once.
        s.apply(ReaderAction::HideAll);
        assert_eq!((s.filled.as_slice(), s.complete()), ([false; 5].as_slice(), true));
    }

    #[test]
    fn changing_open_after_the_first_render_opens_or_closes_every_section_without_toggle_events() {
        let opened = after(state(None), vec![ReaderAction::Forced(Some(true))]);
        assert_eq!((opened.open.as_slice(), opened.filled.as_slice()), ([true; 3].as_slice(), [true; 3].as_slice()));
        assert_eq!(opened.toggled, Toggled::default());
        let closed = after(opened, vec![ReaderAction::Forced(Some(false))]);
        assert_eq!((closed.open.as_slice(), closed.filled.as_slice()), ([false; 3].as_slice(), [false; 3].as_slice()));
        // Removed: back to what the document says.
        let removed = after(closed.clone(), vec![ReaderAction::Forced(None)]);
        assert_eq!(removed.open, [true, false, false]);
        // The same value again leaves the reader's own toggles alone.
        let toggled = after(closed, vec![ReaderAction::Toggle { section: 1, open: true }]);
        assert_eq!(after(toggled.clone(), vec![ReaderAction::Forced(Some(false))]), toggled);
        assert_eq!(toggled.forced(), Some(false));
    }
}
