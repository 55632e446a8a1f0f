//! briefing-studio: the studio's WebAssembly module (`studio.html`). It converts the author's
//! Markdown with the very converter `briefing from-markdown` uses, and renders the inline
//! embed's static copy with the widget's own components in their static mode, in the browser.
//! The studio page shows the live preview with the real `<briefing-widget>`, loaded on its own.

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::unreachable)
)]

pub mod convert;
pub mod static_copy;

use briefing_widget::model::parse_briefing;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use static_copy::Urls;

/// Converts the author's Markdown: `{ json, diagnostics: [{ severity, line, column, at,
/// message }] }`, where `json`
/// is exactly what `briefing from-markdown` prints (absent while there is an error) and `at` is
/// the place as a UTF-16 offset into the text.
#[wasm_bindgen]
pub fn convert(markdown: &str) -> Result<JsValue, JsError> {
    let conversion = briefing_markdown::convert(markdown);
    let shown = convert::shown(markdown, &conversion);
    shown.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// The inline snippet for a briefing's JSON (what the studio shows): the script tag, the element
/// and the static copy in a declarative shadow root, as `briefing embed --inline` prints it.
/// Rejects with the model's message if the JSON is not a valid briefing.
#[wasm_bindgen(js_name = inlineSnippet)]
pub async fn inline_snippet(
    json: String,
    src: String,
    script: String,
    stylesheet: String,
    theme: String,
) -> Result<String, JsError> {
    let briefing = parse_briefing(json.as_bytes()).map_err(|error| JsError::new(&error.to_string()))?;
    let copy = static_copy::render(briefing, 2).await;
    let urls = Urls { src: &src, script: &script, stylesheet: &stylesheet, theme: &theme };
    Ok(static_copy::snippet(&urls, Some(&copy)))
}
