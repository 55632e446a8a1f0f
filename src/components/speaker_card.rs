//! One speaker in the header's list: a button that brings their points into focus, with their
//! role, affiliation, profile link, and their bio in a tooltip (anchored by delegation); in
//! static HTML, their name as text and their bio below.

use yew::prelude::*;

use super::text_blocks::{non_blank, paragraph_blocks};
use super::{tooltip_id, PreparedBriefing, RenderMode, Words};

#[derive(Properties, PartialEq)]
pub struct SpeakerCardProps {
    pub briefing: PreparedBriefing,
    pub speaker: usize,
    /// Whether this speaker's points are in focus.
    pub focused: bool,
    pub words: &'static Words,
    /// The reader chose this speaker (or chose them again, to clear the focus).
    pub on_focus: Callback<usize>,
    /// Beyond the first few of a long list: in the static copy, hidden where scripts run.
    #[prop_or_default]
    pub extra: bool,
    #[prop_or_default]
    pub mode: RenderMode,
}

#[function_component]
pub fn SpeakerCard(props: &SpeakerCardProps) -> Html {
    let Some(speaker) = props.briefing.speaker(props.speaker) else { return Html::default() };
    let index = props.speaker;
    let has_bio = speaker.bio.is_some();
    html! {
        <li class={classes!("speaker", props.focused.then_some("is-focused"), props.extra.then_some("is-extra"))}>
            if props.mode.is_static() {
                <span class="speaker-name">{ speaker.name.clone() }</span>
            } else {
                <button
                    type="button"
                    class={classes!("speaker-name", has_bio.then_some("has-bio"))}
                    aria-pressed={props.focused.to_string()}
                    aria-label={props.words.with_name(props.words.focus_speaker, &speaker.name)}
                    aria-describedby={has_bio.then(|| tooltip_id(&speaker.id))}
                    onclick={props.on_focus.reform(move |_: MouseEvent| index)}
                    data-speaker={has_bio.then(|| index.to_string())}
                >
                    { speaker.name.clone() }
                </button>
            }
            // The spaces keep the words apart in text without styles; a flex box does not show them.
            if let Some(title) = non_blank(speaker.title.as_deref()) {
                { " " }<span class="speaker-title">{ title.to_owned() }</span>
            }
            if let Some(role) = &speaker.role {
                { " " }<span class="speaker-role">{ role.clone() }</span>
            }
            if let Some(affiliation) = &speaker.affiliation {
                { " " }<span class="speaker-affiliation">{ affiliation.clone() }</span>
            }
            if let Some(url) = &speaker.url {
                { " " }<a class="speaker-link" href={url.clone()} target="_blank" rel="noopener noreferrer">
                    { props.words.profile }
                </a>
            }
            // The bio lives in the tooltip; the static copy carries it for readers without
            // scripts and for search engines (the stylesheet shows it only without scripting).
            if let Some(bio) = speaker.bio.as_ref().filter(|_| props.mode.is_static()) {
                { " " }<span class="speaker-bio">{ paragraph_blocks(bio, "span") }</span>
            }
        </li>
    }
}
