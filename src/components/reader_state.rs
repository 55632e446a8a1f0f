//! The reader's state in one briefing (open sections, the speaker in focus, the status line, the
//! tooltip, a pending deep link) and every transition, as a pure reducer tested natively.

use std::rc::Rc;

use serde::Serialize;
use web_sys::Element;
use yew::Reducible;

use super::{PreparedBriefing, TooltipAction, TooltipState, Words};

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
    /// A new copy of the briefing arrived (`reload()`): open sections and the speaker in focus
    /// carry over by id; sections new to it start as the document says, unless `forced`.
    Reloaded {
        briefing: PreparedBriefing,
        forced: Option<bool>,
    },
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
}

impl<A: Clone + PartialEq> ReaderState<A> {
    /// The state a briefing starts in: its sections open as the document says, unless `forced`
    /// opens (`true`) or closes (`false`) them all.
    pub fn new(briefing: PreparedBriefing, words: &'static Words, forced: Option<bool>) -> Self {
        let open = briefing.sections.iter().map(|s| forced.unwrap_or(s.open)).collect();
        Self {
            briefing,
            words,
            open,
            focused: None,
            status: String::new(),
            focus_note: None,
            tooltip: TooltipState::default(),
            toggled: Toggled::default(),
            scroll_to: None,
        }
    }

    /// The briefing this state belongs to.
    pub fn briefing(&self) -> &PreparedBriefing {
        &self.briefing
    }

    /// Applies one action.
    pub fn apply(&mut self, action: ReaderAction<A>) {
        match action {
            ReaderAction::Toggle { section, open } => self.set_open([(section, open)]),
            ReaderAction::ShowAll => self.set_open((0..self.open.len()).map(|i| (i, true))),
            ReaderAction::HideAll => self.set_open((0..self.open.len()).map(|i| (i, false))),
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
            ReaderAction::Reloaded { briefing, forced } => self.reload(briefing, forced),
        }
    }

    fn reload(&mut self, briefing: PreparedBriefing, forced: Option<bool>) {
        let before = std::mem::replace(&mut self.briefing, briefing);
        let was_open = |id: &str| self.open.get(before.sections.iter().position(|s| s.id == id)?).copied();
        let open = self.briefing.sections.iter().map(|s| was_open(&s.id).unwrap_or(forced.unwrap_or(s.open))).collect();
        self.open = open;
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
        let s = after(before, vec![ReaderAction::Reloaded { briefing: reloaded.clone(), forced: None }]);
        // "three" stays open, "two" stays closed whatever the new copy says, "four" is new.
        assert_eq!(s.open, [true, false, true]);
        // Jin is still the one in focus, now the second speaker, with the new copy's count.
        assert_eq!(s.focused, Some(1));
        assert_eq!(s.focus_note.as_deref(), Some("Showing 1 point by Jin Canrong."));
        assert!(s.briefing() == &reloaded);
        // Forced open, a new section starts open too; one the reader had closed stays closed.
        let forced = after(state(Some(false)), vec![ReaderAction::Reloaded { briefing: reloaded, forced: Some(true) }]);
        assert_eq!(forced.open, [false, false, true]);
    }
}
