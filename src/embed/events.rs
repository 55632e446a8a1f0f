//! The element's public events: `briefing-load`, `briefing-error` and `briefing-toggle`.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::components::{PreparedBriefing, SectionToggle};

/// A plain object of `detail`, built field by field: no serializer in the wasm for three shapes.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
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
    let sections: Array = briefing
        .sections
        .iter()
        .map(|s| object(&[("id", s.id.as_str().into()), ("title", s.title.as_str().into())]))
        .collect();
    let detail = object(&[
        ("id", briefing.id.as_str().into()),
        ("title", briefing.title.as_str().into()),
        ("sections", sections.into()),
    ]);
    dispatch(host, "briefing-load", &detail);
}

/// `briefing-error`, `detail` `{ message }`.
pub fn failed(host: &HtmlElement, message: &str) {
    dispatch(host, "briefing-error", &object(&[("message", message.into())]));
}

/// `briefing-toggle`, `detail` `{ section, open }`.
pub fn toggled(host: &HtmlElement, toggle: &SectionToggle) {
    dispatch(
        host,
        "briefing-toggle",
        &object(&[("section", toggle.section.as_str().into()), ("open", toggle.open.into())]),
    );
}
