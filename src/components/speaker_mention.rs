//! A speaker's name in running text or beside a point: focusable, described by the speaker's
//! tooltip. A plain view function, not a component: briefings hold thousands of mentions, and
//! their pointer and focus events are handled by delegation (see `tooltip_anchor`).

use yew::prelude::*;

use super::{tooltip_id, RenderMode};
use crate::model::Speaker;

/// The focusable element that names `speaker` (index `index`), with `content` inside; in static
/// HTML an inert span with the same look.
pub fn speaker_mention(index: usize, speaker: &Speaker, class: Classes, content: Html, mode: RenderMode) -> Html {
    if mode.is_static() {
        return html! { <span {class} part="mention">{ content }</span> };
    }
    html! {
        <span
            {class}
            part="mention"
            tabindex="0"
            data-speaker={index.to_string()}
            aria-describedby={tooltip_id(&speaker.id)}
        >
            { content }
        </span>
    }
}
