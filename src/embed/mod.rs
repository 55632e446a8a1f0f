//! The `<briefing-widget>` element: shadow root, styles, loading, events, and the wasm exports
//! that the loader script (`briefing-widget.js`) calls.

mod deep_link;
mod early_request;
mod element;
mod events;
mod fatal;
mod fetch;
mod locale;
mod shown;
mod sniff;
mod static_copy;
mod styles;
mod widget_app;
mod widget_props;

pub use early_request::EarlyRequest;
pub use element::{mount, BriefingElement};
pub use fetch::FetchError;
pub use shown::Shown;
pub use static_copy::StaticCopy;
pub use widget_app::WidgetApp;
pub use widget_props::WidgetProps;

use wasm_bindgen::prelude::*;

/// Runs once when the module is instantiated: a panic is logged, and every widget says it failed.
#[wasm_bindgen(start)]
pub fn start() {
    fatal::install();
}

/// The author preview's warnings for a document: its unknown fields, each as
/// `path: unknown field, ignored (did you mean "…"?)`. Partner pages never call it; the widget
/// itself stays silent about unknown fields.
#[wasm_bindgen(js_name = authorWarnings)]
pub fn author_warnings(text: &str) -> Vec<String> {
    crate::model::check_briefing(text.as_bytes()).warnings.iter().map(ToString::to_string).collect()
}
