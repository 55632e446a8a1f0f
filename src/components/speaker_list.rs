//! The header's list of who spoke: name, role and affiliation.

use yew::prelude::*;

use super::{tooltip_id, PreparedBriefing, SpeakerMention, TooltipAction, Words};

#[derive(Properties, PartialEq)]
pub struct SpeakerListProps {
    pub briefing: PreparedBriefing,
    pub words: &'static Words,
    /// The level of the list's heading, 1–6.
    pub level: u8,
    pub on_tooltip: Callback<TooltipAction>,
}

#[function_component]
pub fn SpeakerList(props: &SpeakerListProps) -> Html {
    let speakers = &props.briefing.speakers;
    if speakers.is_empty() {
        return Html::default();
    }
    let heading = format!("h{}", props.level.clamp(1, 6));
    html! {
        <section class="speakers" aria-label={props.words.speakers}>
            <@{heading} class="speakers-heading">{ props.words.speakers }</@>
            <ul class="speaker-list">
                { for speakers.iter().enumerate().map(|(index, speaker)| html! {
                    <li class="speaker">
                        if speaker.bio.is_some() {
                            <SpeakerMention
                                speaker={index}
                                tooltip_id={tooltip_id(&speaker.id)}
                                class={classes!("speaker-name", "has-bio")}
                                on_tooltip={props.on_tooltip.clone()}
                            >
                                { speaker.name.clone() }
                            </SpeakerMention>
                        } else {
                            <span class="speaker-name">{ speaker.name.clone() }</span>
                        }
                        if let Some(role) = &speaker.role {
                            <span class="speaker-role">{ role.clone() }</span>
                        }
                        if let Some(affiliation) = &speaker.affiliation {
                            <span class="speaker-affiliation">{ affiliation.clone() }</span>
                        }
                        if let Some(url) = &speaker.url {
                            <a class="speaker-link" href={url.clone()} target="_blank" rel="noopener noreferrer">
                                { props.words.profile }
                            </a>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
