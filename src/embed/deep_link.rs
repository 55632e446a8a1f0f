//! Deep links: the section a page URL's fragment `#<briefing id>/<section id>` points to.

use gloo_events::EventListener;
use yew::prelude::*;

/// The section id the page's fragment names for this briefing, following `hashchange`.
#[hook]
pub fn use_deep_link(briefing_id: Option<String>) -> Option<AttrValue> {
    let fragment = use_state(current_fragment);
    {
        let fragment = fragment.clone();
        use_effect_with((), move |()| {
            let listener = web_sys::window()
                .map(|window| EventListener::new(&window, "hashchange", move |_| fragment.set(current_fragment())));
            move || drop(listener)
        });
    }
    briefing_id.and_then(|id| section_in(&fragment, &id)).map(AttrValue::from)
}

fn current_fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// `#dealing-with-north-korea-2013/signs` → `signs`, for that briefing only.
pub fn section_in(fragment: &str, briefing_id: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let decoded = js_sys::decode_uri_component(fragment).ok().and_then(|d| d.as_string());
    let fragment = decoded.as_deref().unwrap_or(fragment);
    let (briefing, section) = fragment.split_once('/')?;
    (briefing == briefing_id && !section.is_empty()).then(|| section.to_owned())
}
