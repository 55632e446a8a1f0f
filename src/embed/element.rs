//! Mounting the widget into an element's shadow root, and tearing it down.

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::{fatal, styles, WidgetApp, WidgetProps};

/// One mounted widget, held by the loader's custom element between connect and disconnect.
#[wasm_bindgen]
pub struct BriefingElement {
    host: HtmlElement,
    app: Option<AppHandle<WidgetApp>>,
}

/// Renders a widget into `host`'s open shadow root (attaching one if needed).
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<BriefingElement, JsValue> {
    // Registered before anything renders, so that a panic from here on marks this widget too.
    fatal::register(&host);
    let app = render(&host).inspect_err(|_| fatal::unregister(&host))?;
    Ok(BriefingElement { host, app: Some(app) })
}

fn render(host: &HtmlElement) -> Result<AppHandle<WidgetApp>, JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    styles::adopt(&shadow)?;
    while let Some(child) = shadow.first_child() {
        shadow.remove_child(&child)?;
    }
    let document = host.owner_document().ok_or_else(|| JsValue::from_str("element has no document"))?;
    let root = document.create_element("div")?;
    root.set_class_name("root");
    shadow.append_child(&root)?;
    Ok(yew::Renderer::<WidgetApp>::with_root_and_props(root, WidgetProps::from_host(host)).render())
}

#[wasm_bindgen]
impl BriefingElement {
    /// Re-reads the element's attributes; a new `src` loads the new briefing.
    pub fn update(&mut self) {
        if let Some(app) = &mut self.app {
            app.update(WidgetProps::from_host(&self.host));
        }
    }

    /// Destroys the app: its DOM, listeners, timers and pending loads go with it.
    pub fn unmount(mut self) {
        fatal::unregister(&self.host);
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(shadow) = self.host.shadow_root() {
            while let Some(child) = shadow.first_child() {
                if shadow.remove_child(&child).is_err() {
                    break;
                }
            }
        }
    }
}
