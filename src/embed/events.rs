//! The element's public events: `briefing-load`, `briefing-error` and `briefing-toggle`.

use serde::Serialize;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::components::{PreparedBriefing, SectionToggle};

/// `detail` of `briefing-load`.
#[derive(Serialize)]
struct Loaded<'a> {
    id: &'a str,
    title: &'a str,
    sections: Vec<SectionSummary<'a>>,
}

#[derive(Serialize)]
struct SectionSummary<'a> {
    id: &'a str,
    title: &'a str,
}

/// `detail` of `briefing-error`.
#[derive(Serialize)]
struct Failed<'a> {
    message: &'a str,
}

/// Dispatches a bubbling, composed event with `detail` on the element.
fn dispatch(host: &HtmlElement, name: &str, detail: &impl Serialize) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    // A detail that cannot be converted is sent as `null` rather than not at all.
    init.set_detail(&serde_wasm_bindgen::to_value(detail).unwrap_or(wasm_bindgen::JsValue::NULL));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // The return value only says whether a listener called preventDefault.
        let _ = host.dispatch_event(&event);
    }
}

pub fn loaded(host: &HtmlElement, briefing: &PreparedBriefing) {
    let sections = briefing.sections.iter().map(|s| SectionSummary { id: &s.id, title: &s.title }).collect();
    dispatch(host, "briefing-load", &Loaded { id: &briefing.id, title: &briefing.title, sections });
}

pub fn failed(host: &HtmlElement, message: &str) {
    dispatch(host, "briefing-error", &Failed { message });
}

pub fn toggled(host: &HtmlElement, toggle: &SectionToggle) {
    dispatch(host, "briefing-toggle", toggle);
}
