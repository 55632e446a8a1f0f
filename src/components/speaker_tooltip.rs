//! A speaker's tooltip: name, affiliation, role and bio, placed beside its anchor in the viewport
//! (again whenever the window is resized or zoomed while it shows).

use gloo_events::EventListener;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::text_blocks::paragraph_blocks;
use super::{tooltip_id, PreparedBriefing, TooltipAction};

/// Space kept between the tooltip and its anchor or the viewport's edge, in CSS pixels.
const GAP: f64 = 8.0;

#[derive(Properties, PartialEq)]
pub struct SpeakerTooltipProps {
    pub briefing: PreparedBriefing,
    pub speaker: usize,
    /// The element the tooltip points at while it shows; `None` while hidden.
    pub anchor: Option<Element>,
    pub on_tooltip: Callback<TooltipAction>,
}

#[function_component]
pub fn SpeakerTooltip(props: &SpeakerTooltipProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.anchor.clone(), move |anchor| {
            let shown = node.cast::<HtmlElement>().zip(anchor.clone());
            if let Some((tooltip, anchor)) = &shown {
                place(tooltip, anchor);
            }
            // A resize or zoom moves the anchor (text reflows): the tooltip follows while it shows.
            let on_resize = shown.zip(web_sys::window()).map(|((tooltip, anchor), window)| {
                EventListener::new(&window, "resize", move |_| place(&tooltip, &anchor))
            });
            move || drop(on_resize)
        });
    }
    let Some(speaker) = props.briefing.speaker(props.speaker) else { return Html::default() };
    let details: Vec<&str> = [speaker.title.as_deref(), speaker.role.as_deref(), speaker.affiliation.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let on_tooltip = &props.on_tooltip;
    html! {
        <div
            ref={node}
            id={tooltip_id(&speaker.id)}
            class="tooltip"
            part="tooltip"
            role="tooltip"
            hidden={props.anchor.is_none()}
            onmouseenter={on_tooltip.reform(|_: MouseEvent| TooltipAction::EnterTooltip)}
            onmouseleave={on_tooltip.reform(|_: MouseEvent| TooltipAction::LeaveTooltip)}
        >
            <strong class="tooltip-name">{ speaker.name.clone() }</strong>
            if !details.is_empty() {
                <span class="tooltip-details">{ details.join(" · ") }</span>
            }
            if let Some(bio) = &speaker.bio {
                <span class="tooltip-bio">{ paragraph_blocks(bio, "span") }</span>
            }
        </div>
    }
}

/// Puts the tooltip below its anchor, or above when there is no room below, shifted sideways
/// to stay inside the viewport. Positions go through the CSSOM, which a strict CSP allows.
fn place(tooltip: &HtmlElement, anchor: &Element) {
    let Some(window) = web_sys::window() else { return };
    let viewport_width =
        window.document().and_then(|d| d.document_element()).map(|e| f64::from(e.client_width())).unwrap_or(0.0);
    let viewport_height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    // Offsets are relative to the tooltip's containing block, the widget's root.
    let origin = tooltip
        .offset_parent()
        .map(|p| p.get_bounding_client_rect())
        .map(|r| (r.left(), r.top()))
        .unwrap_or((0.0, 0.0));
    let target = anchor.get_bounding_client_rect();
    let size = tooltip.get_bounding_client_rect();
    let centred = target.left() + target.width() / 2.0 - size.width() / 2.0;
    let left = centred.min(viewport_width - size.width() - GAP).max(GAP);
    let below = target.bottom() + GAP;
    let fits_below = below + size.height() <= viewport_height;
    let fits_above = target.top() - GAP - size.height() >= 0.0;
    let (top, above) =
        if fits_below || !fits_above { (below, false) } else { (target.top() - GAP - size.height(), true) };
    let style = tooltip.style();
    // A declaration the browser refuses leaves the last position: nothing better to do.
    let _ = style.set_property("left", &pixels(left - origin.0));
    let _ = style.set_property("top", &pixels(top - origin.1));
    let _ = tooltip.class_list().toggle_with_force("is-above", above);
}

/// A length in whole CSS pixels: integer formatting keeps Rust's float formatting out of the wasm.
fn pixels(value: f64) -> String {
    format!("{}px", value.round() as i64)
}
