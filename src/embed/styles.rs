//! The widget's stylesheet, one constructable sheet shared by every shadow root (CSP-safe).

use std::cell::OnceCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// `widget.css` without comments and needless whitespace (see `build.rs`).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

thread_local! {
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// Adopts the widget's stylesheet into a shadow root.
pub fn adopt(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = SHEET.with(|cell| {
        cell.get_or_init(|| {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(CSS).ok()?;
            Some(sheet)
        })
        .clone()
    });
    let sheet = sheet.ok_or_else(|| JsValue::from_str("constructable stylesheets are not supported"))?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}
