//! The pointer, focus, touch and Escape handlers that make an element a speaker tooltip's anchor.

use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::TooltipAction;

/// Handlers to spread on the anchor element, and the ref that names it.
pub struct TooltipAnchor {
    pub node: NodeRef,
    pub onmouseenter: Callback<MouseEvent>,
    pub onmouseleave: Callback<MouseEvent>,
    pub onfocus: Callback<FocusEvent>,
    pub onblur: Callback<FocusEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
    /// A touch tap toggles the tooltip (hover does not exist on touch screens).
    pub onpointerup: Callback<PointerEvent>,
}

/// Makes the element behind the returned ref the anchor of `speaker`'s tooltip.
#[hook]
pub fn use_tooltip_anchor(speaker: usize, on_tooltip: &Callback<TooltipAction>) -> TooltipAnchor {
    // The anchor is the element itself: with Yew's delegation an event's current target is the
    // app's root, and its target may be a descendant.
    let node = use_node_ref();
    let anchored = |make: fn(usize, Element) -> TooltipAction| {
        let (on_tooltip, node) = (on_tooltip.clone(), node.clone());
        move || {
            if let Some(anchor) = node.cast::<Element>() {
                on_tooltip.emit(make(speaker, anchor));
            }
        }
    };
    let hover = anchored(|speaker, anchor| TooltipAction::Hover { speaker, anchor });
    let focus = anchored(|speaker, anchor| TooltipAction::Focus { speaker, anchor });
    let tap = anchored(|speaker, anchor| TooltipAction::Tap { speaker, anchor });
    let escape = on_tooltip.clone();
    TooltipAnchor {
        node: node.clone(),
        onmouseenter: Callback::from(move |_| hover()),
        onmouseleave: on_tooltip.reform(|_| TooltipAction::Unhover),
        onfocus: Callback::from(move |_| focus()),
        onblur: on_tooltip.reform(|_| TooltipAction::Blur),
        onkeydown: Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                escape.emit(TooltipAction::Dismiss);
            }
        }),
        onpointerup: Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                tap();
            }
        }),
    }
}
