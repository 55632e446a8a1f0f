//! A speaker's name in running text or beside a point: focusable, with the speaker's tooltip.

use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::TooltipAction;

#[derive(Properties, PartialEq)]
pub struct SpeakerMentionProps {
    /// Index of the speaker in the briefing.
    pub speaker: usize,
    /// The id of the speaker's tooltip element.
    pub tooltip_id: AttrValue,
    /// Extra classes: `mention` in text, `chip` beside a point.
    #[prop_or(classes!("mention"))]
    pub class: Classes,
    /// Tells the briefing's tooltip what the reader does.
    pub on_tooltip: Callback<TooltipAction>,
    pub children: Html,
}

#[function_component]
pub fn SpeakerMention(props: &SpeakerMentionProps) -> Html {
    let speaker = props.speaker;
    // The anchor is this element itself: with Yew's delegation an event's current target is the
    // app's root, and its target may be a descendant.
    let node = use_node_ref();
    let anchor_action = |make: fn(usize, Element) -> TooltipAction| {
        let (on_tooltip, node) = (props.on_tooltip.clone(), node.clone());
        move |_: Event| {
            if let Some(anchor) = node.cast::<Element>() {
                on_tooltip.emit(make(speaker, anchor));
            }
        }
    };
    let onmouseenter = {
        let show = anchor_action(|speaker, anchor| TooltipAction::Hover { speaker, anchor });
        Callback::from(move |e: MouseEvent| show(e.into()))
    };
    let onfocus = {
        let show = anchor_action(|speaker, anchor| TooltipAction::Focus { speaker, anchor });
        Callback::from(move |e: FocusEvent| show(e.into()))
    };
    let onpointerup = {
        let tap = anchor_action(|speaker, anchor| TooltipAction::Tap { speaker, anchor });
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                e.prevent_default();
                tap(e.into());
            }
        })
    };
    let onmouseleave = props.on_tooltip.reform(|_: MouseEvent| TooltipAction::Unhover);
    let onblur = props.on_tooltip.reform(|_: FocusEvent| TooltipAction::Blur);
    let onkeydown = {
        let on_tooltip = props.on_tooltip.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_tooltip.emit(TooltipAction::Dismiss);
            }
        })
    };
    html! {
        <span
            ref={node}
            class={props.class.clone()}
            part="mention"
            tabindex="0"
            aria-describedby={props.tooltip_id.clone()}
            {onmouseenter}
            {onmouseleave}
            {onfocus}
            {onblur}
            {onpointerup}
            {onkeydown}
        >
            { props.children.clone() }
        </span>
    }
}
