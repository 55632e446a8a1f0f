//! Which speaker tooltip shows, by the pointer and focus rules of WCAG 1.4.13.
//!
//! A tooltip opens when its anchor (a mention or chip) is hovered or focused, stays while the
//! pointer is over the anchor or the tooltip itself or the anchor has focus, and closes a moment
//! after none of those hold (so the pointer can travel onto it), or at once on Escape.

use std::rc::Rc;

use web_sys::Element;
use yew::Reducible;

/// What happened to a tooltip's anchor or to the tooltip.
#[derive(Debug, Clone, PartialEq)]
pub enum TooltipAction {
    /// The pointer entered the anchor of `speaker`.
    Hover { speaker: usize, anchor: Element },
    /// The anchor of `speaker` received keyboard focus.
    Focus { speaker: usize, anchor: Element },
    /// A tap on the anchor of `speaker`: opens it, or closes it when it is already open there.
    Tap { speaker: usize, anchor: Element },
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
    /// The close delay of round `round` ran out.
    Expire { round: u32 },
}

/// The open tooltip, if any, and what holds it open.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TooltipState {
    /// The speaker whose tooltip shows, and the element it points at.
    pub open: Option<(usize, Element)>,
    anchor_hovered: bool,
    anchor_focused: bool,
    tooltip_hovered: bool,
    /// Set while nothing holds the tooltip open: the round whose expiry closes it.
    pub closing: Option<u32>,
    round: u32,
}

impl TooltipState {
    /// The open speaker's index, if any.
    pub fn speaker(&self) -> Option<usize> {
        self.open.as_ref().map(|(speaker, _)| *speaker)
    }

    fn show(&mut self, speaker: usize, anchor: Element) {
        let same = self.open.as_ref().is_some_and(|(_, current)| *current == anchor);
        if !same {
            self.anchor_hovered = false;
            self.anchor_focused = false;
            self.tooltip_hovered = false;
        }
        self.open = Some((speaker, anchor));
    }

    fn close(&mut self) {
        *self = Self { round: self.round, ..Self::default() };
    }
}

impl Reducible for TooltipState {
    type Action = TooltipAction;

    fn reduce(self: Rc<Self>, action: TooltipAction) -> Rc<Self> {
        let mut next = (*self).clone();
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
            TooltipAction::Expire { round } => {
                if next.closing == Some(round) {
                    next.close();
                }
            }
        }
        let held = next.anchor_hovered || next.anchor_focused || next.tooltip_hovered;
        next.closing = match (&next.open, held, self.closing) {
            (Some(_), false, Some(round)) => Some(round),
            (Some(_), false, None) => {
                next.round = next.round.wrapping_add(1);
                Some(next.round)
            }
            _ => None,
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
