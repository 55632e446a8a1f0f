//! The element's public events: `briefing-load`, `briefing-error` and `briefing-toggle`.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use super::shown::plain;
use crate::components::{PreparedBriefing, SectionToggle};

/// `briefing-load`'s `detail`.
#[derive(Serialize)]
struct Loaded<'a> {
    id: &'a str,
    title: &'a str,
    sections: Vec<SectionName<'a>>,
}

/// A section as `briefing-load` names it.
#[derive(Serialize)]
struct SectionName<'a> {
    id: &'a str,
    title: &'a str,
}

/// `briefing-error`'s `detail`.
#[derive(Serialize)]
struct Failed<'a> {
    message: &'a str,
}

/// Dispatches a bubbling, composed event with `detail` on the element.
fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // The return value only says whether a listener called preventDefault.
        let _ = host.dispatch_event(&event);
    }
}

/// `briefing-load`, `detail` `{ id, title, sections: [{ id, title }] }`.
pub fn loaded(host: &HtmlElement, briefing: &PreparedBriefing) {
    let sections = briefing.sections.iter().map(|s| SectionName { id: &s.id, title: &s.title }).collect();
    let detail = Loaded { id: &briefing.id, title: &briefing.title, sections };
    dispatch(host, "briefing-load", &plain(&detail));
}

/// `briefing-error`, `detail` `{ message }`.
pub fn failed(host: &HtmlElement, message: &str) {
    dispatch(host, "briefing-error", &plain(&Failed { message }));
}

/// `briefing-toggle`, `detail` `{ section, open }`.
pub fn toggled(host: &HtmlElement, toggle: &SectionToggle) {
    dispatch(host, "briefing-toggle", &plain(toggle));
}
