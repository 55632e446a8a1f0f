//! Yew function components that render a briefing: props in, callbacks out.

mod briefing_header;
mod briefing_view;
mod error_alert;
mod hooks;
mod loading_state;
mod mention_text;
mod point_view;
mod prepared;
mod reader_state;
mod render_mode;
mod section_view;
mod speaker_card;
mod speaker_chip;
mod speaker_list;
mod speaker_mention;
mod speaker_tooltip;
mod text_blocks;
mod tooltip_anchor;
mod tooltip_state;
mod words;

use yew::{html, Html};

pub use briefing_header::BriefingHeader;
pub use briefing_view::{BriefingView, BriefingViewProps};
pub use error_alert::{ErrorAlert, ErrorAlertProps};
pub use loading_state::LoadingState;
pub use mention_text::mention_text;
pub use point_view::{point_view, PointContext};
pub use prepared::{PreparedBriefing, TextId};
pub use reader_state::{ReaderAction, ReaderState, SectionToggle, Toggled};
pub use render_mode::RenderMode;
pub use section_view::SectionView;
pub use speaker_card::SpeakerCard;
pub use speaker_chip::speaker_chip;
pub use speaker_list::SpeakerList;
pub use speaker_mention::speaker_mention;
pub use speaker_tooltip::SpeakerTooltip;
pub use tooltip_state::{TooltipAction, TooltipState};
pub use words::{CountedPhrase, Language, Plural, Words};

/// A heading at `level`: `<h1>`…`<h6>`, and past 6 (sections under an `h6` title) an element
/// with `role="heading"` and its `aria-level`, which HTML has no tag for.
pub fn heading(level: u8, class: &'static str, children: Html) -> Html {
    if level <= 6 {
        let tag = format!("h{}", level.max(1));
        html! { <@{tag} {class}>{ children }</@> }
    } else {
        html! { <div {class} role="heading" aria-level={level.to_string()}>{ children }</div> }
    }
}

/// The id of a speaker's tooltip element, unique within one widget.
pub fn tooltip_id(speaker_id: &str) -> String {
    format!("bw-tip-{speaker_id}")
}

/// The id of a section's header button.
pub fn section_button_id(section_id: &str) -> String {
    format!("bw-head-{section_id}")
}

/// The id of a section's panel.
pub fn section_panel_id(section_id: &str) -> String {
    format!("bw-panel-{section_id}")
}
