//! The header's list of who spoke, grouped by side or panel; choosing one brings their points
//! into focus. A long list shows its first few until the reader asks for everyone.

use yew::prelude::*;

use super::{heading, PreparedBriefing, RenderMode, SpeakerCard, Words};

/// Above this many speakers, the list starts with the first [`FIRST_SPEAKERS`].
pub const FEW_SPEAKERS: usize = 8;
pub const FIRST_SPEAKERS: usize = 6;

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
    /// Every speaker is shown, not only the first few.
    #[prop_or_default]
    pub all: bool,
    /// The reader asked for every speaker.
    #[prop_or_default]
    pub on_all: Callback<MouseEvent>,
    #[prop_or_default]
    pub mode: RenderMode,
}

/// The speakers in the order the header lists them: grouped by `group`, groups in order of first
/// appearance, speakers without a group first.
pub fn listing_order(briefing: &PreparedBriefing) -> Vec<(Option<&str>, Vec<usize>)> {
    let mut groups: Vec<(Option<&str>, Vec<usize>)> = Vec::new();
    for (index, speaker) in briefing.speakers.iter().enumerate() {
        let group = speaker.group.as_deref().filter(|g| !g.trim().is_empty());
        match groups.iter_mut().find(|(name, _)| *name == group) {
            Some((_, members)) => members.push(index),
            None => groups.push((group, vec![index])),
        }
    }
    groups.sort_by_key(|(name, _)| name.is_some());
    groups
}

#[function_component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let count = props.briefing.speakers.len();
    if count == 0 {
        return Html::default();
    }
    let words = props.words;
    let live = !props.mode.is_static();
    let long = count > FEW_SPEAKERS;
    // Live, the rest is not on the page until asked for; the static copy carries everyone and
    // the stylesheet hides the rest only where scripts run, so the widget takes over unmoved.
    let shown = if long && live && !props.all { FIRST_SPEAKERS } else { count };
    let mut position = 0;
    let card = |speaker: usize, position: usize| {
        html! {
            <SpeakerCard
                briefing={props.briefing.clone()}
                {speaker}
                focused={props.focused == Some(speaker)}
                words={words}
                on_focus={props.on_focus.clone()}
                extra={long && !props.all && position >= FIRST_SPEAKERS}
                mode={props.mode}
            />
        }
    };
    let mut blocks = Vec::new();
    for (group, members) in listing_order(&props.briefing) {
        let members: Vec<(usize, usize)> = members
            .into_iter()
            .map(|m| {
                position += 1;
                (m, position - 1)
            })
            .filter(|(_, p)| *p < shown)
            .collect();
        if members.is_empty() {
            continue;
        }
        let extra = long && !props.all && members.iter().all(|(_, p)| *p >= FIRST_SPEAKERS);
        blocks.push(html! {
            <div class={classes!("speaker-group", extra.then_some("is-extra"))}>
                if let Some(group) = group {
                    { heading(props.level.saturating_add(1), "speaker-group-heading", html! { group.to_owned() }) }
                }
                <ul class="speaker-list">
                    { for members.into_iter().map(|(speaker, position)| card(speaker, position)) }
                </ul>
            </div>
        });
    }
    let more = words.count(&words.all_speakers, count, "");
    html! {
        <section class="speakers" aria-label={words.speakers}>
            { heading(props.level, "speakers-heading", html! { words.speakers }) }
            { for blocks }
            if long && !props.all {
                if live {
                    <button type="button" class="control all-speakers" onclick={props.on_all.clone()}>{ more }</button>
                } else {
                    <span class="control all-speakers is-placeholder" aria-hidden="true" data-words={more}></span>
                }
            }
        </section>
    }
}
