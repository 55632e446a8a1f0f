//! Mounting the widget into an element's shadow root, the element's JavaScript API (`briefing`,
//! `reload()`, attribute changes), and tearing it down.

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue};

use super::{styles, EarlyRequest, Shown, StaticCopy, WidgetApp, WidgetProps};

/// One mounted widget, held by the loader's custom element between connect and disconnect.
#[wasm_bindgen]
pub struct BriefingElement {
    host: HtmlElement,
    app: Option<AppHandle<WidgetApp>>,
    static_copy: Option<StaticCopy>,
    given: Option<AttrValue>,
    reloads: u32,
    shown: Shown,
}

/// Renders a widget into `host`'s open shadow root (attaching one if needed). `early` is the
/// loader's request for the briefing (`{ src, controller, response }`), if it started one;
/// `given` the `briefing` property's value as JSON text, if one is set.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, early: JsValue, given: Option<String>) -> Result<BriefingElement, JsValue> {
    let mut element = BriefingElement {
        host,
        app: None,
        static_copy: None,
        given: given.map(AttrValue::from),
        reloads: 0,
        shown: Shown::default(),
    };
    element.render(EarlyRequest::from_js(&early))?;
    Ok(element)
}

impl BriefingElement {
    /// The props from the element's attributes and what its properties and methods set.
    fn props(&self) -> WidgetProps {
        WidgetProps {
            static_copy: self.static_copy.clone(),
            given: self.given.clone(),
            reloads: self.reloads,
            shown: self.shown.clone(),
            ..WidgetProps::from_host(&self.host)
        }
    }

    /// Renders into the shadow root: a declarative one from the page (`attachShadow` would empty
    /// it) or a new one. A static copy from `briefing embed --inline` (or `briefing publish`'s, in
    /// the light DOM, shown through a slot) stays on screen, and the
    /// live root, hidden until it can take the copy's place, goes above it (where an error alert
    /// belongs).
    fn render(&mut self, early: Option<EarlyRequest>) -> Result<(), JsValue> {
        let host = &self.host;
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            // The page attached a closed shadow root (an open one would be found above).
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).map_err(|_| {
                JsValue::from_str(
                    "the page attached a closed shadow root to the element, so the widget has nowhere to render",
                )
            })?,
        };
        styles::adopt(&shadow)?;
        let mut copy = StaticCopy::find(&shadow);
        let mut child = shadow.first_child();
        while let Some(node) = child {
            child = node.next_sibling();
            if copy.is_none() || !StaticCopy::is_copy_or_its_stylesheet(&node) {
                shadow.remove_child(&node)?;
            }
        }
        if copy.is_none() {
            copy = StaticCopy::slot_for_light_copy(host, &shadow);
        }
        let document = host.owner_document().ok_or_else(|| JsValue::from_str("element has no document"))?;
        let root = document.create_element("div")?;
        root.set_class_name("root");
        if copy.is_some() {
            root.set_attribute("hidden", "")?;
        }
        shadow.insert_before(&root, shadow.first_child().as_ref())?;
        self.static_copy = copy.map(|copy| StaticCopy::new(copy, root.clone()));
        let props = WidgetProps { early, ..self.props() };
        self.app = Some(yew::Renderer::<WidgetApp>::with_root_and_props(root, props).render());
        Ok(())
    }
}

#[wasm_bindgen]
impl BriefingElement {
    /// Re-reads the element's attributes, with `given` the `briefing` property's value as JSON
    /// text (`None`: show `src`); a new `src` or a new briefing is loaded and shown. With `reload`
    /// (`reload()`), the briefing is loaded again even if nothing changed; the reader's open
    /// sections and speaker focus stay where the same ids still exist.
    pub fn update(&mut self, given: Option<String>, reload: bool) {
        self.given = given.map(AttrValue::from);
        self.reloads = self.reloads.wrapping_add(u32::from(reload));
        let props = self.props();
        if let Some(app) = &mut self.app {
            app.update(props);
        }
    }

    /// The briefing shown, as a new plain object, or `null` while loading or after an error.
    pub fn briefing(&self) -> JsValue {
        self.shown.to_js()
    }

    /// Destroys the app: its DOM, listeners, timers and pending loads go with it.
    pub fn unmount(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        // A static copy not yet replaced stays, with its stylesheet: the element may come back.
        if let Some(shadow) = self.host.shadow_root() {
            let mut child = shadow.first_child();
            while let Some(node) = child {
                child = node.next_sibling();
                if !StaticCopy::is_copy_or_its_stylesheet(&node) {
                    // A node just read from its parent can be removed from it.
                    let _ = shadow.remove_child(&node);
                }
            }
        }
    }
}
