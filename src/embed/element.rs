//! Mounting the widget into an element's shadow root, and tearing it down.

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::{fatal, styles, EarlyRequest, Prerender, WidgetApp, WidgetProps};

/// One mounted widget, held by the loader's custom element between connect and disconnect.
#[wasm_bindgen]
pub struct BriefingElement {
    host: HtmlElement,
    app: Option<AppHandle<WidgetApp>>,
    prerender: Option<Prerender>,
}

/// Renders a widget into `host`'s open shadow root (attaching one if needed). `early` is the
/// loader's request for the briefing (`{ src, controller, response }`), if it started one.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, early: JsValue) -> Result<BriefingElement, JsValue> {
    // Registered before anything renders, so that a panic from here on marks this widget too.
    fatal::register(&host);
    let (app, prerender) = render(&host, EarlyRequest::from_js(&early)).inspect_err(|_| fatal::unregister(&host))?;
    Ok(BriefingElement { host, app: Some(app), prerender })
}

/// Renders into the shadow root: a declarative one from the page (`attachShadow` would empty it)
/// or a new one. A static copy from `briefing embed --inline` stays on screen, and the live root,
/// hidden until it can take the copy's place, goes above it (where an error alert belongs).
fn render(
    host: &HtmlElement,
    early: Option<EarlyRequest>,
) -> Result<(AppHandle<WidgetApp>, Option<Prerender>), JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    styles::adopt(&shadow)?;
    let copy = Prerender::find(&shadow);
    let mut child = shadow.first_child();
    while let Some(node) = child {
        child = node.next_sibling();
        if copy.is_none() || !Prerender::keeps(&node) {
            shadow.remove_child(&node)?;
        }
    }
    let document = host.owner_document().ok_or_else(|| JsValue::from_str("element has no document"))?;
    let root = document.create_element("div")?;
    root.set_class_name("root");
    if copy.is_some() {
        root.set_attribute("hidden", "")?;
    }
    shadow.insert_before(&root, shadow.first_child().as_ref())?;
    let prerender = copy.map(|copy| Prerender::new(copy, root.clone()));
    let props = WidgetProps { prerender: prerender.clone(), early, ..WidgetProps::from_host(host) };
    Ok((yew::Renderer::<WidgetApp>::with_root_and_props(root, props).render(), prerender))
}

#[wasm_bindgen]
impl BriefingElement {
    /// Re-reads the element's attributes; a new `src` loads the new briefing.
    pub fn update(&mut self) {
        if let Some(app) = &mut self.app {
            app.update(WidgetProps { prerender: self.prerender.clone(), ..WidgetProps::from_host(&self.host) });
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
