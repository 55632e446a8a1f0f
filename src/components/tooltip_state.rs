//! Which speaker tooltip shows, by the pointer and focus rules of WCAG 1.4.13.
//!
//! A tooltip opens when its anchor (a mention or chip) is hovered or focused, stays while the
//! pointer is over the anchor or the tooltip itself or the anchor has focus, and closes a moment
//! after none of those hold (so the pointer can travel onto it), or at once on Escape.

use web_sys::Element;

/// What happened to a tooltip's anchor or to the tooltip. `A` is the anchor: an element in the
/// widget, anything comparable in native tests.
#[derive(Debug, Clone, PartialEq)]
pub enum TooltipAction<A = Element> {
    /// The pointer entered the anchor of `speaker`.
    Hover { speaker: usize, anchor: A },
    /// The anchor of `speaker` received keyboard focus.
    Focus { speaker: usize, anchor: A },
    /// A tap on the anchor of `speaker`: opens it, or closes it when it is already open there.
    Tap { speaker: usize, anchor: A },
    /// The pointer left the anchor.
    Unhover,
    /// The anchor lost focus.
    Blur,
    /// The pointer entered the tooltip.
    EnterTooltip,
    /// The pointer left the tooltip.
    LeaveTooltip,
    /// Escape, or a tap elsewhere: close now.
    Dismiss,
    /// The close delay numbered `countdown` ran out.
    Expire { countdown: u32 },
}

/// The open tooltip, if any, and what holds it open.
#[derive(Debug, Clone, PartialEq)]
pub struct TooltipState<A = Element> {
    /// The speaker whose tooltip shows, and the element it points at.
    pub open: Option<(usize, A)>,
    anchor_hovered: bool,
    anchor_focused: bool,
    tooltip_hovered: bool,
    /// Set while nothing holds the tooltip open: the number of the close delay that closes it.
    pub closing: Option<u32>,
    /// How many close delays have started, to tell a stale one from the current one.
    countdowns: u32,
}

impl<A> Default for TooltipState<A> {
    fn default() -> Self {
        Self {
            open: None,
            anchor_hovered: false,
            anchor_focused: false,
            tooltip_hovered: false,
            closing: None,
            countdowns: 0,
        }
    }
}

impl<A: PartialEq> TooltipState<A> {
    /// The open speaker's index, if any.
    pub fn speaker(&self) -> Option<usize> {
        self.open.as_ref().map(|(speaker, _)| *speaker)
    }

    fn show(&mut self, speaker: usize, anchor: A) {
        let same = self.open.as_ref().is_some_and(|(_, current)| *current == anchor);
        if !same {
            self.anchor_hovered = false;
            self.anchor_focused = false;
            self.tooltip_hovered = false;
        }
        self.open = Some((speaker, anchor));
    }

    fn close(&mut self) {
        *self = Self { countdowns: self.countdowns, ..Self::default() };
    }

    /// Applies what happened; a part of the reader's state (`ReaderState`).
    pub fn apply(&mut self, action: TooltipAction<A>) {
        let was_closing = self.closing;
        let next = self;
        match action {
            TooltipAction::Hover { speaker, anchor } => {
                next.show(speaker, anchor);
                next.anchor_hovered = true;
            }
            TooltipAction::Focus { speaker, anchor } => {
                next.show(speaker, anchor);
                next.anchor_focused = true;
            }
            TooltipAction::Tap { speaker, anchor } => {
                if next.open.as_ref().is_some_and(|(_, current)| *current == anchor) {
                    next.close();
                } else {
                    next.show(speaker, anchor);
                    next.anchor_focused = true;
                }
            }
            TooltipAction::Unhover => next.anchor_hovered = false,
            TooltipAction::Blur => next.anchor_focused = false,
            TooltipAction::EnterTooltip => next.tooltip_hovered = true,
            TooltipAction::LeaveTooltip => next.tooltip_hovered = false,
            TooltipAction::Dismiss => next.close(),
            TooltipAction::Expire { countdown } => {
                if next.closing == Some(countdown) {
                    next.close();
                }
            }
        }
        let held = next.anchor_hovered || next.anchor_focused || next.tooltip_hovered;
        next.closing = match (&next.open, held, was_closing) {
            (Some(_), false, Some(countdown)) => Some(countdown),
            (Some(_), false, None) => {
                next.countdowns = next.countdowns.wrapping_add(1);
                Some(next.countdowns)
            }
            _ => None,
        };
    }
}
