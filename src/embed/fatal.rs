//! After a panic (which aborts the module): the panic is logged and the loader is told, which
//! never calls into the module again and marks every widget failed (the loader owns that markup).

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use js_sys::Function;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The loader's callback, told that the module is dead.
    static LISTENER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Installs the panic hook; runs once, when the module starts. Through Yew, which otherwise puts
/// its own hook in place when the first widget renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(on_panic));
}

/// Called by the loader once, with the function the hook calls after a panic, with its message.
#[wasm_bindgen(js_name = onFatalError)]
pub fn on_fatal_error(listener: Function) {
    let _ = LISTENER.try_with(|cell| cell.try_borrow_mut().map(|mut slot| *slot = Some(listener)));
}

/// Panics, so that end-to-end tests can check what a panic leaves on the page; only in builds
/// with the `panic-for-tests` feature (the tests' build, never the release).
#[cfg(feature = "panic-for-tests")]
#[doc(hidden)]
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn __panic_for_tests() {
    panic!("a panic requested by a test");
}

fn on_panic(info: &PanicHookInfo) {
    // The loader logs it with the stack, which shows where in the module it happened (the
    // message has only the Rust line), and marks every widget failed.
    let message = JsValue::from(format!("briefing-widget: internal error: {info}\n"));
    match LISTENER.try_with(|cell| cell.try_borrow().ok().and_then(|l| l.clone())).ok().flatten() {
        Some(listener) => drop(listener.call1(&JsValue::NULL, &message)),
        None => web_sys::console::error_1(&message),
    }
}
