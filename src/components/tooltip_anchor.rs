//! Tooltip anchors by delegation: one set of listeners on the briefing finds the mention, chip or
//! speaker under the pointer or focus by its `data-speaker` attribute, so that thousands of
//! mentions cost no listener each.

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, Node};
use yew::prelude::*;

use super::TooltipAction;

/// The attribute that marks an element as the anchor of a speaker's tooltip.
pub const ANCHOR_ATTRIBUTE: &str = "data-speaker";

/// Handlers to put on the element that contains every anchor.
pub struct TooltipAnchors {
    pub onmouseover: Callback<MouseEvent>,
    pub onmouseout: Callback<MouseEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onfocusout: Callback<FocusEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
    /// A touch tap toggles the tooltip (hover does not exist on touch screens).
    pub onpointerup: Callback<PointerEvent>,
}

/// The anchor an event happened in, and its speaker.
fn anchor_of(target: Option<web_sys::EventTarget>) -> Option<(usize, Element)> {
    let element = target?.dyn_into::<Element>().ok()?;
    let anchor = element.closest(&format!("[{ANCHOR_ATTRIBUTE}]")).ok()??;
    let speaker = anchor.get_attribute(ANCHOR_ATTRIBUTE)?.parse().ok()?;
    Some((speaker, anchor))
}

/// Whether `node` is `anchor` or inside it.
fn within(anchor: &Element, node: Option<web_sys::EventTarget>) -> bool {
    node.and_then(|n| n.dyn_into::<Node>().ok()).is_some_and(|n| anchor.contains(Some(&n)))
}

impl TooltipAnchors {
    /// Handlers that report to `on_tooltip`.
    pub fn new(on_tooltip: &Callback<TooltipAction>) -> Self {
        let on = |make: fn(usize, Element) -> TooltipAction| {
            let on_tooltip = on_tooltip.clone();
            move |target| {
                if let Some((speaker, anchor)) = anchor_of(target) {
                    on_tooltip.emit(make(speaker, anchor));
                }
            }
        };
        let hover = on(|speaker, anchor| TooltipAction::Hover { speaker, anchor });
        let focus = on(|speaker, anchor| TooltipAction::Focus { speaker, anchor });
        let tap = on(|speaker, anchor| TooltipAction::Tap { speaker, anchor });
        let (unhover, blur, escape) = (on_tooltip.clone(), on_tooltip.clone(), on_tooltip.clone());
        Self {
            onmouseover: Callback::from(move |e: MouseEvent| hover(e.target())),
            onmouseout: Callback::from(move |e: MouseEvent| {
                // Moving between the anchor's own descendants is not leaving it.
                if let Some((_, anchor)) = anchor_of(e.target()) {
                    if !within(&anchor, e.related_target()) {
                        unhover.emit(TooltipAction::Unhover);
                    }
                }
            }),
            onfocusin: Callback::from(move |e: FocusEvent| focus(e.target())),
            onfocusout: Callback::from(move |e: FocusEvent| {
                if anchor_of(e.target()).is_some() {
                    blur.emit(TooltipAction::Blur);
                }
            }),
            onkeydown: Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Escape" {
                    escape.emit(TooltipAction::Dismiss);
                }
            }),
            onpointerup: Callback::from(move |e: PointerEvent| {
                if e.pointer_type() == "touch" {
                    tap(e.target());
                }
            }),
        }
    }
}
