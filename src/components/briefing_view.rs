//! A whole briefing: header, show/hide-all controls, sections and the speaker tooltips.

use std::collections::HashMap;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::section_view::ACCENT_COUNT;
use super::{BriefingHeader, Language, PreparedBriefing, SectionView, SpeakerTooltip, TooltipAction, TooltipState};

/// How long a tooltip lingers after pointer and focus leave, so the pointer can reach it.
const TOOLTIP_LINGER_MS: u32 = 150;
/// Above this many sections, panels are not landmark regions (too many landmarks hinder).
const MAX_REGIONS: usize = 6;

/// A reader expanded or collapsed a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionToggle {
    pub section: String,
    pub open: bool,
}

#[derive(Properties, PartialEq)]
pub struct BriefingViewProps {
    pub briefing: PreparedBriefing,
    /// The title's heading level; sections sit one below.
    #[prop_or(2)]
    pub heading_level: u8,
    /// Overrides which sections start expanded: all (`true`) or none (`false`).
    #[prop_or_default]
    pub open: Option<bool>,
    /// The event's date as the reader should see it.
    #[prop_or_default]
    pub date_label: Option<AttrValue>,
    /// The language of the widget's own words.
    #[prop_or_default]
    pub language: Language,
    /// A reader expanded or collapsed sections (by click, key, or show/hide all).
    #[prop_or_default]
    pub on_toggle: Callback<SectionToggle>,
}

#[function_component]
pub fn BriefingView(props: &BriefingViewProps) -> Html {
    let briefing = &props.briefing;
    let words = props.language.words();
    let open = {
        let (sections, forced) = (briefing.sections.clone(), props.open);
        use_state(move || sections.iter().map(|s| forced.unwrap_or(s.open)).collect::<Vec<bool>>())
    };
    let tooltip = use_reducer(TooltipState::default);
    use_tooltip_timers(&tooltip);

    let set_open = {
        let (open, briefing, on_toggle) = (open.clone(), briefing.clone(), props.on_toggle.clone());
        Callback::from(move |changes: Vec<(usize, bool)>| {
            let mut next = (*open).clone();
            for (index, value) in changes {
                if let (Some(slot), Some(section)) = (next.get_mut(index), briefing.sections.get(index)) {
                    if *slot != value {
                        *slot = value;
                        on_toggle.emit(SectionToggle { section: section.id.clone(), open: value });
                    }
                }
            }
            open.set(next);
        })
    };
    let on_section_toggle = set_open.reform(|change: (usize, bool)| vec![change]);
    let set_all = |value: bool| {
        let count = briefing.sections.len();
        set_open.reform(move |_: MouseEvent| (0..count).map(|i| (i, value)).collect())
    };
    let on_tooltip = {
        let dispatcher = tooltip.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let accents = theme_accents(briefing);
    let level = props.heading_level.clamp(1, 6);
    let section_level = level.saturating_add(1).min(6);
    let all_open = open.iter().all(|o| *o);
    let none_open = !open.iter().any(|o| *o);
    let region = briefing.sections.len() <= MAX_REGIONS;
    html! {
        <article class="briefing" lang={briefing.lang.clone()} dir={briefing.lang.as_deref().map(text_direction)}>
            <BriefingHeader
                briefing={briefing.clone()}
                {level}
                date_label={props.date_label.clone()}
                {words}
                on_tooltip={on_tooltip.clone()}
            />
            <div class="controls">
                <button type="button" class="control" onclick={set_all(true)} disabled={all_open}>{ words.show_all }</button>
                <button type="button" class="control" onclick={set_all(false)} disabled={none_open}>{ words.hide_all }</button>
            </div>
            <div class="sections">
                { for briefing.sections.iter().enumerate().map(|(index, section)| html! {
                    <SectionView
                        key={section.id.clone()}
                        briefing={briefing.clone()}
                        section={index}
                        open={open.get(index).copied().unwrap_or(false)}
                        level={section_level}
                        accent={section.theme.as_ref().and_then(|t| accents.get(t.as_str()).copied()).unwrap_or(index)}
                        {region}
                        {words}
                        on_toggle={on_section_toggle.clone()}
                        on_header_key={Callback::from(move_between_headers)}
                        on_tooltip={on_tooltip.clone()}
                    />
                }) }
            </div>
            <div class="tooltips">
                { for (0..briefing.speakers.len()).map(|speaker| html! {
                    <SpeakerTooltip
                        briefing={briefing.clone()}
                        {speaker}
                        anchor={tooltip.open.as_ref().filter(|(s, _)| *s == speaker).map(|(_, a)| a.clone())}
                        on_tooltip={on_tooltip.clone()}
                    />
                }) }
            </div>
        </article>
    }
}

/// Closes the tooltip after its linger delay, on Escape anywhere, and on a tap elsewhere.
#[hook]
fn use_tooltip_timers(tooltip: &UseReducerHandle<TooltipState>) {
    let dispatcher = tooltip.dispatcher();
    use_effect_with(tooltip.closing, move |closing| {
        let timer = closing
            .map(|round| Timeout::new(TOOLTIP_LINGER_MS, move || dispatcher.dispatch(TooltipAction::Expire { round })));
        move || drop(timer)
    });
    let dispatcher = tooltip.dispatcher();
    let anchor = tooltip.open.as_ref().map(|(_, anchor)| anchor.clone());
    use_effect_with(anchor, move |anchor| {
        let listeners = anchor.as_ref().and_then(|anchor| {
            let document = web_sys::window()?.document()?;
            let on_escape = {
                let dispatcher = dispatcher.clone();
                EventListener::new(&document, "keydown", move |event| {
                    if event.dyn_ref::<KeyboardEvent>().is_some_and(|e| e.key() == "Escape") {
                        dispatcher.dispatch(TooltipAction::Dismiss);
                    }
                })
            };
            let anchor = anchor.clone();
            let on_tap_elsewhere = EventListener::new(&document, "pointerdown", move |event| {
                let touch = event.dyn_ref::<PointerEvent>().is_some_and(|e| e.pointer_type() != "mouse");
                let inside = event.composed_path().iter().any(|node| {
                    node.dyn_ref::<Element>().is_some_and(|e| *e == anchor || e.class_list().contains("tooltip"))
                });
                if touch && !inside {
                    dispatcher.dispatch(TooltipAction::Dismiss);
                }
            });
            Some((on_escape, on_tap_elsewhere))
        });
        move || drop(listeners)
    });
}

/// Up/Down/Home/End on a section header move focus to the previous, next, first or last header.
fn move_between_headers(event: KeyboardEvent) {
    let Some(current) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(headers) =
        current.closest(".briefing").ok().flatten().and_then(|root| root.query_selector_all(".section-toggle").ok())
    else {
        return;
    };
    let all: Vec<HtmlElement> = (0..headers.length()).filter_map(|i| headers.item(i)?.dyn_into().ok()).collect();
    let Some(position) = all.iter().position(|h| **h == current) else { return };
    let last = all.len().saturating_sub(1);
    let target = match event.key().as_str() {
        "ArrowUp" => position.checked_sub(1).unwrap_or(last),
        "ArrowDown" => {
            if position >= last {
                0
            } else {
                position + 1
            }
        }
        "Home" => 0,
        _ => last,
    };
    if let Some(header) = all.get(target) {
        event.prevent_default();
        // Focus only fails on a detached element, which a header under a briefing is not.
        let _ = header.focus();
    }
}

/// Each theme's default accent slot, in the order themes first appear.
fn theme_accents(briefing: &PreparedBriefing) -> HashMap<&str, usize> {
    let mut accents = HashMap::new();
    for theme in briefing.sections.iter().filter_map(|s| s.theme.as_deref()) {
        let next = accents.len() % ACCENT_COUNT;
        accents.entry(theme).or_insert(next);
    }
    accents
}

/// The direction of text in a language: right-to-left for Arabic, Hebrew, Persian, Urdu and kin.
pub fn text_direction(lang: &str) -> &'static str {
    let primary = lang.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let rtl_script = lang.split('-').any(|s| s.eq_ignore_ascii_case("Arab") || s.eq_ignore_ascii_case("Hebr"));
    let rtl_language =
        matches!(primary.as_str(), "ar" | "he" | "iw" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb");
    if rtl_language || rtl_script {
        "rtl"
    } else {
        "ltr"
    }
}
