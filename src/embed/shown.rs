//! The briefing a widget shows now, shared between the widget and its element's `briefing` getter.

use std::cell::RefCell;
use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsValue;

use crate::components::PreparedBriefing;

/// Set by the widget when a briefing is on screen, cleared while it loads or after an error.
/// Clones share one cell; equality is identity (one cell per mounted widget).
#[derive(Clone, Default)]
pub struct Shown(Rc<RefCell<Option<PreparedBriefing>>>);

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Shown {
    /// Records what the widget now shows.
    pub fn set(&self, briefing: Option<PreparedBriefing>) {
        if let Ok(mut slot) = self.0.try_borrow_mut() {
            *slot = briefing;
        }
    }

    /// The briefing shown, as a fresh plain object (format version 1, absent optional fields
    /// left out, dates as `YYYY-MM-DD`), or `null`.
    pub fn to_js(&self) -> JsValue {
        match self.0.try_borrow().ok().and_then(|slot| slot.clone()) {
            Some(briefing) => plain(&*briefing),
            None => JsValue::NULL,
        }
    }
}

/// A value as a plain JavaScript object that `JSON.stringify` reads back as the same JSON.
pub fn plain<T: Serialize + ?Sized>(value: &T) -> JsValue {
    // The model's types serialize to strings, numbers, booleans, arrays and structs only, which
    // cannot fail; `null` stands in should that ever change.
    value.serialize(&serde_wasm_bindgen::Serializer::new()).unwrap_or(JsValue::NULL)
}
