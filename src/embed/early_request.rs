//! The briefing request the loader starts before the module is ready, handed to the widget once:
//! the JSON downloads while the wasm does.

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::AbortController;

/// The loader's request (`{ src, controller, response, started }`): the `src` attribute it was
/// started for, the controller that aborts it, the promise of its response, and when it started
/// (`Date.now()`: the time limit counts from there).
#[derive(Debug, Clone)]
pub struct EarlyRequest {
    src: String,
    controller: AbortController,
    response: Promise,
    started: Option<f64>,
}

/// A request under way: its response, the controller that aborts it, and when it started.
pub type Started = (Promise, AbortController, Option<f64>);

/// The same request: the same controller (a promise has no equality of its own).
impl PartialEq for EarlyRequest {
    fn eq(&self, other: &Self) -> bool {
        self.src == other.src && self.controller == other.controller
    }
}

impl EarlyRequest {
    /// Reads what the loader passed to `mount`; anything else is no early request.
    pub fn from_js(value: &JsValue) -> Option<Self> {
        let field = |name: &str| Reflect::get(value, &JsValue::from_str(name)).ok();
        Some(Self {
            src: field("src")?.as_string()?,
            controller: field("controller")?.dyn_into().ok()?,
            response: field("response")?.dyn_into().ok()?,
            started: field("started").and_then(|v| v.as_f64()),
        })
    }

    /// The request and its controller, if it was started for `src`; otherwise it is aborted.
    pub fn take_for(self, src: &str) -> Option<Started> {
        if super::widget_props::trim(&self.src) == src {
            Some((self.response, self.controller, self.started))
        } else {
            self.controller.abort();
            None
        }
    }

    /// Aborts the request: the widget shows something else (the `briefing` property's value).
    pub fn abort(self) -> Option<Started> {
        self.controller.abort();
        None
    }
}
