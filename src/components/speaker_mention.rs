//! A speaker's name in running text or beside a point: a button described by the speaker's
//! tooltip. A plain view function, not a component: briefings hold thousands of mentions, and
//! their pointer and focus events are handled by delegation (see `tooltip_anchor`).

use yew::prelude::*;

use super::{tooltip_id, RenderMode};
use crate::model::Speaker;

/// The button that names `speaker` (index `index`), with `content` inside; in static HTML an
/// inert span with the same look and box. A button, not a focusable span: its content is its
/// accessible name in every engine (WebKit gives a generic element none and ran the tooltip
/// into it), and Enter, Space and a tap activate it. It has no action of its own: focus and
/// taps show its tooltip (see `tooltip_anchor`).
pub fn speaker_mention(index: usize, speaker: &Speaker, class: Classes, content: Html, mode: RenderMode) -> Html {
    if mode.is_static() {
        return html! { <span {class} part="mention">{ content }</span> };
    }
    html! {
        <button
            type="button"
            {class}
            part="mention"
            data-speaker={index.to_string()}
            aria-describedby={tooltip_id(&speaker.id)}
        >
            { content }
        </button>
    }
}
