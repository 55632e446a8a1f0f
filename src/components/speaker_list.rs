//! The header's list of who spoke; choosing one brings their points into focus.

use yew::prelude::*;

use super::{heading, PreparedBriefing, RenderMode, SpeakerCard, Words};

#[derive(Properties, PartialEq)]
pub struct SpeakerListProps {
    pub briefing: PreparedBriefing,
    pub words: &'static Words,
    /// The level of the list's heading, 1–6.
    pub level: u8,
    /// The speaker in focus, if any.
    #[prop_or_default]
    pub focused: Option<usize>,
    pub on_focus: Callback<usize>,
    #[prop_or_default]
    pub mode: RenderMode,
}

#[function_component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let count = props.briefing.speakers.len();
    if count == 0 {
        return Html::default();
    }
    html! {
        <section class="speakers" aria-label={props.words.speakers}>
            { heading(props.level, "speakers-heading", html! { props.words.speakers }) }
            <ul class="speaker-list">
                { for (0..count).map(|speaker| html! {
                    <SpeakerCard
                        briefing={props.briefing.clone()}
                        {speaker}
                        focused={props.focused == Some(speaker)}
                        words={props.words}
                        on_focus={props.on_focus.clone()}
                        mode={props.mode}
                    />
                }) }
            </ul>
        </section>
    }
}
