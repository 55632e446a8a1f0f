//! A speaker's name in running text or beside a point: focusable, with the speaker's tooltip.

use yew::prelude::*;

use super::tooltip_anchor::use_tooltip_anchor;
use super::TooltipAction;

#[derive(Properties, PartialEq)]
pub struct SpeakerMentionProps {
    /// Index of the speaker in the briefing.
    pub speaker: usize,
    /// The id of the speaker's tooltip element.
    pub tooltip_id: AttrValue,
    /// Classes: `mention` in text, `chip` beside a point, plus state such as `is-focused`.
    #[prop_or(classes!("mention"))]
    pub class: Classes,
    /// Tells the briefing's tooltip what the reader does.
    pub on_tooltip: Callback<TooltipAction>,
    pub children: Html,
}

#[function_component]
pub fn SpeakerMention(props: &SpeakerMentionProps) -> Html {
    let anchor = use_tooltip_anchor(props.speaker, &props.on_tooltip);
    html! {
        <span
            ref={anchor.node}
            class={props.class.clone()}
            part="mention"
            tabindex="0"
            aria-describedby={props.tooltip_id.clone()}
            onmouseenter={anchor.onmouseenter}
            onmouseleave={anchor.onmouseleave}
            onfocus={anchor.onfocus}
            onblur={anchor.onblur}
            onkeydown={anchor.onkeydown}
            onpointerup={anchor.onpointerup}
        >
            { props.children.clone() }
        </span>
    }
}
