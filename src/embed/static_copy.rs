//! The static copy `briefing embed --inline` puts in a declarative shadow root, or `briefing
//! publish` in the element's light DOM: it stays on screen while the widget loads, and the live
//! render takes its place in one step.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, ShadowRoot};

/// The attribute that marks the copy's root (`<div class="root" data-prerendered>`).
const MARK: &str = "data-prerendered";
/// The slot a light-DOM copy names (`slot="briefing-copy"`), so that the live root's fallback
/// slot, which comes first, does not take it while the live root is hidden.
const COPY_SLOT: &str = "briefing-copy";

/// A widget mounted over a static copy: the copy, and the live root kept hidden until it is ready.
#[derive(Clone, PartialEq)]
pub struct StaticCopy {
    copy: Element,
    live: Element,
}

impl StaticCopy {
    /// The static copy among a shadow root's children, if the page has one.
    pub fn find(shadow: &ShadowRoot) -> Option<Element> {
        let mut child = shadow.first_element_child();
        while let Some(element) = child {
            if element.has_attribute(MARK) {
                return Some(element);
            }
            child = element.next_element_sibling();
        }
        None
    }

    /// For a copy in the host's light DOM (`briefing publish`'s pages: every crawler and
    /// annotation tool reads it; `<div class="root" data-prerendered slot="briefing-copy">`), a
    /// `<slot>` marked as the copy that shows it in the shadow root
    /// until the swap removes the slot; the copy itself stays in the light DOM, unrendered.
    pub fn slot_for_light_copy(host: &Element, shadow: &ShadowRoot) -> Option<Element> {
        host.query_selector(&format!(":scope > [{MARK}]")).ok().flatten()?;
        let slot = host.owner_document()?.create_element("slot").ok()?;
        slot.set_attribute(MARK, "").ok()?;
        slot.set_attribute("name", COPY_SLOT).ok()?;
        shadow.append_child(&slot).ok()?;
        Some(slot)
    }

    /// Whether mounting keeps `node`: the copy and its stylesheet link.
    pub fn is_copy_or_its_stylesheet(node: &Node) -> bool {
        node.dyn_ref::<Element>().is_some_and(|e| e.has_attribute(MARK) || e.local_name() == "link")
    }

    /// `live` must be hidden; it is shown by `swap_for_live` or `show_live_above`.
    pub fn new(copy: Element, live: Element) -> Self {
        Self { copy, live }
    }

    /// Whether the copy is still on the page.
    pub fn showing(&self) -> bool {
        self.copy.parent_node().is_some()
    }

    /// Removes the copy and its stylesheet link (the adopted sheet has the same rules) and shows
    /// the live render, in one task: the browser never paints a state in between.
    pub fn swap_for_live(&self) {
        if let Some(shadow) = self.copy.parent_node() {
            let mut child = shadow.first_child();
            while let Some(node) = child {
                child = node.next_sibling();
                if Self::is_copy_or_its_stylesheet(&node) {
                    // A node just read from its parent can be removed from it.
                    let _ = shadow.remove_child(&node);
                }
            }
        }
        let _ = self.live.remove_attribute("hidden");
    }

    /// Shows the live root above the copy, which stays: for an error alert and the fallback.
    pub fn show_live_above(&self) {
        // Removing an attribute only fails for an invalid name.
        let _ = self.live.remove_attribute("hidden");
    }
}
