//! After a panic (which aborts the module): every mounted widget says it stopped working, through
//! plain DOM calls, and the loader is told never to call into the module again.

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use js_sys::Function;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::{events, Prerender};

/// What the reader sees in every widget once the module has failed.
pub const STOPPED: &str = "This briefing stopped working; reload the page.";
/// `detail.message` of the `briefing-error` that goes with it.
pub const STOPPED_DETAIL: &str = "this briefing stopped working after an internal error; reload the page \
                                  (the browser console has the details)";

thread_local! {
    /// The hosts of every mounted widget, between `mount` and `unmount`.
    static MOUNTED: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
    /// The loader's callback, told first so that nothing calls into the module from here on.
    static LISTENER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Installs the panic hook; runs once, when the module starts. Through Yew, which otherwise puts
/// its own hook in place when the first widget renders.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(on_panic));
}

/// Remembers a mounted widget's host, to mark it failed should the module panic.
pub fn register(host: &HtmlElement) {
    with_mounted(|mounted| {
        if !mounted.contains(host) {
            mounted.push(host.clone());
        }
    });
}

/// Forgets an unmounted widget's host.
pub fn unregister(host: &HtmlElement) {
    with_mounted(|mounted| mounted.retain(|h| h != host));
}

fn with_mounted(change: impl FnOnce(&mut Vec<HtmlElement>)) {
    // Borrowed only here and in the hook: a failed borrow means a panic is being handled.
    let _ = MOUNTED.try_with(|cell| cell.try_borrow_mut().map(|mut mounted| change(&mut mounted)));
}

/// Called by the loader once, with a function the hook calls before touching any widget.
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
    // Where in the module it happened, for the bug report (the message has only the Rust line).
    let stack = js_sys::Reflect::get(&js_sys::Error::new(""), &"stack".into()).unwrap_or_default();
    web_sys::console::error_2(&format!("briefing-widget: internal error: {info}\n").into(), &stack);
    // The loader first: a partner's listener for the events below must not reach the module.
    let listener = LISTENER.try_with(|cell| cell.try_borrow().ok().and_then(|l| l.clone())).ok().flatten();
    if let Some(listener) = listener {
        let _ = listener.call0(&JsValue::NULL);
    }
    let hosts = MOUNTED.try_with(|cell| cell.try_borrow_mut().map(|mut m| std::mem::take(&mut *m)).unwrap_or_default());
    for host in hosts.unwrap_or_default() {
        // One widget's DOM refusing must not spare the others.
        let _ = mark_failed(&host);
    }
}

/// Replaces the widget's shadow content with the failure alert and the fallback (above the static
/// copy, if it is still there), marks the host `data-failed`, and dispatches `briefing-error`; no
/// Yew, whose state may be mid-borrow.
fn mark_failed(host: &HtmlElement) -> Result<(), JsValue> {
    let document = host.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let mut child = shadow.first_child();
    while let Some(node) = child {
        child = node.next_sibling();
        if !Prerender::keeps(&node) {
            shadow.remove_child(&node)?;
        }
    }
    let root = element(&document, "div", "root")?;
    let alert = element(&document, "div", "error")?;
    alert.set_attribute("part", "error")?;
    alert.set_attribute("role", "alert")?;
    let title = element(&document, "p", "error-title")?;
    title.set_text_content(Some(STOPPED));
    alert.append_child(&title)?;
    let fallback = element(&document, "div", "fallback")?;
    let slot = document.create_element("slot")?;
    fallback.append_child(&slot)?;
    root.append_child(&alert)?;
    root.append_child(&fallback)?;
    shadow.insert_before(&root, shadow.first_child().as_ref())?;
    host.set_attribute("data-failed", "")?;
    events::failed(host, STOPPED_DETAIL);
    Ok(())
}

fn element(document: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    element.set_class_name(class);
    Ok(element)
}
