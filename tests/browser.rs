//! Components and the embedded element in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use briefing_widget::components::{BriefingView, BriefingViewProps, PreparedBriefing};
use briefing_widget::embed;
use briefing_widget::model::parse_briefing;
use gloo_timers::future::sleep;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

const EXAMPLE: &str = include_str!("fixtures/north-korea-2013.json");
const SECTIONS: [&str; 4] = ["drivers", "signs", "resistance", "cooperation"];
const UNKNOWN_SPEAKER: &str = include_str!("fixtures/invalid/unknown-speaker.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Yew render and timers run.
async fn settle(ms: u64) {
    sleep(Duration::from_millis(ms)).await;
}

/// Waits (up to 3 s) until `condition` holds: rendering is asynchronous, and slower under load.
async fn eventually(condition: impl Fn() -> bool, what: &str) {
    for _ in 0..150 {
        if condition() {
            return;
        }
        settle(20).await;
    }
    panic!("never happened: {what}");
}

/// The widget's stylesheet, once per test page, so that layout (tooltip placement) is real.
fn add_styles() {
    if document().get_element_by_id("widget-css").is_none() {
        let style = document().create_element("style").unwrap();
        style.set_id("widget-css");
        style.set_text_content(Some(include_str!("../src/embed/widget.css")));
        document().head().unwrap().append_child(&style).unwrap();
    }
}

/// Mounts the example briefing in a fresh container and returns it.
async fn mount_example(on_toggle: Callback<briefing_widget::components::SectionToggle>) -> Element {
    add_styles();
    let container = document().create_element("div").unwrap();
    container.set_class_name("root");
    document().body().unwrap().append_child(&container).unwrap();
    let briefing = PreparedBriefing::new(parse_briefing(EXAMPLE.as_bytes()).unwrap());
    let props = yew::props!(BriefingViewProps { briefing, on_toggle });
    yew::Renderer::<BriefingView>::with_root_and_props(container.clone(), props).render();
    settle(20).await;
    container
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap()
}

fn section_button(root: &Element, id: &str) -> HtmlElement {
    find(root, &format!("#bw-head-{id}"))
}

fn is_open(root: &Element, id: &str) -> bool {
    let button = section_button(root, id);
    let expanded = button.get_attribute("aria-expanded").unwrap();
    let panel = find(root, &format!("#{}", button.get_attribute("aria-controls").unwrap()));
    assert_eq!(expanded == "true", !panel.hidden(), "aria-expanded and the panel agree");
    expanded == "true"
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

/// A mouse event as the browser would send it (`mouseover`/`mouseout` bubble; `mouseenter`/`mouseleave` do not).
fn pointer(target: &Element, kind: &str) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(matches!(kind, "mouseover" | "mouseout"));
    target.dispatch_event(&MouseEvent::new_with_mouse_event_init_dict(kind, &init).unwrap()).unwrap();
}

/// The tooltip a mention or chip points to.
fn tooltip_of(root: &Element, anchor: &Element) -> HtmlElement {
    let id = anchor.get_attribute("aria-describedby").expect("anchor has aria-describedby");
    let tooltip = find(root, &format!("#{id}"));
    assert_eq!(tooltip.get_attribute("role").as_deref(), Some("tooltip"));
    tooltip
}

#[wasm_bindgen_test]
async fn sections_start_as_the_briefing_says_and_toggle_by_click() {
    let toggles = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let record = {
        let toggles = toggles.clone();
        Callback::from(move |t: briefing_widget::components::SectionToggle| {
            toggles.borrow_mut().push((t.section, t.open))
        })
    };
    let root = mount_example(record).await;
    assert!(is_open(&root, "drivers"), "open: true in the JSON");
    assert!(!is_open(&root, "signs"), "open defaults to false");
    section_button(&root, "signs").click();
    eventually(|| is_open(&root, "signs"), "a click opens").await;
    section_button(&root, "signs").click();
    eventually(|| !is_open(&root, "signs"), "a second click closes").await;
    assert_eq!(*toggles.borrow(), vec![("signs".to_owned(), true), ("signs".to_owned(), false)]);
    root.remove();
}

#[wasm_bindgen_test]
async fn sections_toggle_by_enter_and_space() {
    let root = mount_example(Callback::noop()).await;
    key(&section_button(&root, "resistance"), "Enter");
    eventually(|| is_open(&root, "resistance"), "Enter opens").await;
    key(&section_button(&root, "resistance"), " ");
    eventually(|| !is_open(&root, "resistance"), "Space closes").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_section_headers() {
    let root = mount_example(Callback::noop()).await;
    section_button(&root, "drivers").focus().unwrap();
    key(&section_button(&root, "drivers"), "ArrowDown");
    assert_eq!(document().active_element().unwrap().id(), "bw-head-signs");
    key(&section_button(&root, "signs"), "End");
    assert_eq!(document().active_element().unwrap().id(), "bw-head-cooperation");
    key(&section_button(&root, "cooperation"), "ArrowDown");
    assert_eq!(document().active_element().unwrap().id(), "bw-head-drivers", "wraps around");
    root.remove();
}

#[wasm_bindgen_test]
async fn show_all_and_hide_all() {
    let root = mount_example(Callback::noop()).await;
    let controls = root.query_selector_all(".controls button").unwrap();
    let (show, hide): (HtmlElement, HtmlElement) =
        (controls.item(0).unwrap().dyn_into().unwrap(), controls.item(1).unwrap().dyn_into().unwrap());
    show.click();
    eventually(|| SECTIONS.iter().all(|id| is_open(&root, id)), "show all opens every section").await;
    hide.click();
    eventually(|| SECTIONS.iter().all(|id| !is_open(&root, id)), "hide all closes every section").await;
    root.remove();
}

#[wasm_bindgen_test]
async fn mentions_are_focusable_and_name_their_speaker() {
    let root = mount_example(Callback::noop()).await;
    let mentions = root.query_selector_all(".summary .mention").unwrap();
    let names: Vec<String> =
        (0..mentions.length()).map(|i| mentions.item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(names, ["L. Gordon Flake", "Jin Canrong", "Zhu Feng", "Paul Haenle", "Zhang Chuanjie", "Geoff Dyer"]);
    for i in 0..mentions.length() {
        let mention: HtmlElement = mentions.item(i).unwrap().dyn_into().unwrap();
        assert_eq!(mention.tab_index(), 0);
        mention.focus().unwrap();
        assert_eq!(document().active_element().as_ref(), Some(mention.as_ref()));
    }
    root.remove();
}

#[wasm_bindgen_test]
async fn a_tooltip_shows_on_hover_and_stays_while_the_pointer_is_over_it() {
    let root = mount_example(Callback::noop()).await;
    let chip: Element = find(&root, "#bw-panel-drivers .chip").into();
    let tooltip = tooltip_of(&root, &chip);
    assert!(tooltip.hidden(), "hidden at first");
    pointer(&chip, "mouseover");
    eventually(|| !tooltip.hidden(), "shows on hover").await;
    let (tip, anchor) = (tooltip.get_bounding_client_rect(), chip.get_bounding_client_rect());
    let (below, above) = (tip.top() - anchor.bottom(), anchor.top() - tip.bottom());
    let window = web_sys::window().unwrap();
    let viewport = window.inner_height().unwrap().as_f64().unwrap();
    let width = f64::from(document().document_element().unwrap().client_width());
    // 8px below its anchor when it fits there, else 8px above; inside the viewport either way.
    if anchor.bottom() + 8.0 + tip.height() <= viewport {
        assert!((below - 8.0).abs() <= 1.0, "8px below its anchor, as it fits there: {below}px below");
        assert!(tip.bottom() <= viewport, "inside the viewport: bottom {} of {viewport}", tip.bottom());
    } else {
        assert!((above - 8.0).abs() <= 1.0, "8px above its anchor, as it does not fit below: {above}px above");
        assert!(tip.top() >= 0.0, "inside the viewport: top {}", tip.top());
    }
    assert!(
        tip.left() >= 7.0 && tip.right() <= width - 7.0,
        "inside the viewport's width: {}..{}",
        tip.left(),
        tip.right()
    );
    let overlap = tip.right().min(anchor.right()) - tip.left().max(anchor.left());
    assert!(overlap > 0.0, "horizontally beside its anchor");
    let text = tooltip.text_content().unwrap();
    assert!(
        text.contains("L. Gordon Flake")
            && text.contains("Maureen and Mike Mansfield Foundation")
            && text.contains("panelist"),
        "{text}"
    );
    // The pointer travels from the chip onto the tooltip: it stays.
    pointer(&chip, "mouseout");
    settle(30).await;
    pointer(&tooltip, "mouseenter");
    settle(400).await;
    assert!(!tooltip.hidden(), "stays while the pointer is over it");
    pointer(&tooltip, "mouseleave");
    settle(400).await;
    assert!(tooltip.hidden(), "hides when the pointer has left both");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_tooltip_shows_on_focus_and_hides_on_escape_and_blur() {
    let root = mount_example(Callback::noop()).await;
    let mention: HtmlElement = find(&root, ".summary .mention");
    let tooltip = tooltip_of(&root, &mention);
    mention.focus().unwrap();
    eventually(|| !tooltip.hidden(), "shows on focus").await;
    key(&mention, "Escape");
    eventually(|| tooltip.hidden(), "Escape hides it").await;
    assert_eq!(document().active_element().as_ref(), Some(mention.as_ref()), "focus stays put");
    // Focus again, then move focus away.
    mention.blur().unwrap();
    mention.focus().unwrap();
    eventually(|| !tooltip.hidden(), "shows on focus again").await;
    // `.blur()` sends the real focusout that the widget listens to (a synthetic `blur` would not
    // bubble to it): the tooltip stays for its linger delay, then hides.
    mention.blur().unwrap();
    assert_ne!(document().active_element().as_ref(), Some(mention.as_ref()), "focus left the mention");
    settle(60).await;
    assert!(!tooltip.hidden(), "lingers a moment, so the pointer can reach it");
    settle(400).await;
    assert!(tooltip.hidden(), "hides when focus leaves");
    root.remove();
}

/// Mounts `<briefing-widget>`-like host via the embed layer, with the document as a data: URL.
async fn mount_element(json: &str) -> (HtmlElement, embed::BriefingElement) {
    let host: HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    let src = format!("data:application/json,{}", js_sys::encode_uri_component(json));
    host.set_attribute("src", &src).unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = embed::mount(host.clone(), JsValue::UNDEFINED, None).unwrap();
    (host, handle)
}

async fn wait_for(host: &HtmlElement, selector: &str) -> Element {
    for _ in 0..100 {
        if let Some(found) = host.shadow_root().unwrap().query_selector(selector).unwrap() {
            return found;
        }
        settle(20).await;
    }
    panic!("{selector} never appeared");
}

#[wasm_bindgen_test]
async fn an_invalid_briefing_shows_an_alert_naming_the_path() {
    let errors = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let (host, handle) = mount_element(UNKNOWN_SPEAKER).await;
    let listener = {
        let errors = errors.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
            let message = js_sys::Reflect::get(&e.detail(), &"message".into()).unwrap().as_string().unwrap();
            errors.borrow_mut().push(message);
        })
    };
    host.add_event_listener_with_callback("briefing-error", listener.as_ref().unchecked_ref()).unwrap();
    let alert = wait_for(&host, "[role=alert]").await;
    let text = alert.text_content().unwrap();
    assert!(text.contains("sections[1].points[0].speakers[2]: unknown speaker \"zhou\""), "{text}");
    assert!(alert.query_selector("button").unwrap().is_none(), "no Retry for a document that is wrong");
    assert!(host.shadow_root().unwrap().query_selector("slot").unwrap().is_some(), "fallback stays visible");
    settle(20).await;
    assert_eq!(errors.borrow().len(), 1);
    assert!(errors.borrow()[0].contains("unknown speaker \"zhou\""));
    handle.unmount();
    assert!(host.shadow_root().unwrap().first_child().is_none(), "unmount empties the shadow root");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_element_renders_the_briefing_in_its_shadow_root() {
    let (host, handle) = mount_element(EXAMPLE).await;
    let title = wait_for(&host, "h2.title").await;
    assert_eq!(title.text_content().unwrap(), "Dealing With North Korea's Increased Belligerence");
    let time = wait_for(&host, "time").await;
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("2013-04-29"));
    assert!(time.text_content().unwrap().contains("2013"));
    assert!(host.shadow_root().unwrap().query_selector("slot").unwrap().is_none(), "fallback hidden once rendered");
    handle.unmount();
    host.remove();
}
