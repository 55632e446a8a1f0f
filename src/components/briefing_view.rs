//! A whole briefing: header, show/hide-all controls, sections and the speaker tooltips; or, in
//! static mode, the same boxes with every section open and no controls.

use std::collections::HashMap;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::section_view::ACCENT_COUNT;
use super::tooltip_anchor::TooltipAnchors;
use super::{
    BriefingHeader, Language, PreparedBriefing, RenderMode, SectionView, SpeakerTooltip, TooltipAction, TooltipState,
    Words,
};
use crate::model::Section;

/// How long a tooltip lingers after pointer and focus leave, so the pointer can reach it.
const TOOLTIP_LINGER_MS: u32 = 150;
/// Above this many sections, panels are not landmark regions (too many landmarks hinder).
const MAX_REGIONS: usize = 6;
/// Sections rendered at once, then per later task, for long briefings.
const FIRST_SLICE: usize = 8;
const SLICE: usize = 100;
/// Points put on the page per task when many sections open at once ("Show all").
const FILL_BUDGET: usize = 200;

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
    /// A section the page's URL points to (`#<briefing id>/<section id>`): opened and scrolled to.
    #[prop_or_default]
    pub deep_link: Option<AttrValue>,
    /// A reader expanded or collapsed sections (by click, key, or show/hide all).
    #[prop_or_default]
    pub on_toggle: Callback<SectionToggle>,
    /// Every section is on the page (long briefings arrive in slices).
    #[prop_or_default]
    pub on_complete: Callback<()>,
    /// Live in the widget, or static HTML: every section open, no controls, no tooltips.
    #[prop_or_default]
    pub mode: RenderMode,
}

#[function_component]
pub fn BriefingView(props: &BriefingViewProps) -> Html {
    let briefing = &props.briefing;
    let words = props.language.words();
    let root = use_node_ref();
    let open = {
        let (sections, forced) = (briefing.sections.clone(), props.open);
        use_state(move || sections.iter().map(|s| forced.unwrap_or(s.open)).collect::<Vec<bool>>())
    };
    let focused = use_state(|| None::<usize>);
    use_carried_over(briefing, &open, &focused, props.open);
    let status = use_state(String::new);
    let rendered = use_rendered_sections(briefing.sections.len(), props.on_complete.clone());
    let printing = use_printing();
    let filled = use_filled_sections(briefing, &open);
    let tooltip = use_reducer(TooltipState::default);
    use_tooltip_timers(&tooltip);
    use_deep_link(props.deep_link.clone(), briefing, &open, *rendered, &root);

    // Callbacks keep their identity across renders (only their inputs change them), so that a
    // tooltip opening re-renders the tooltips, not every point.
    let set_open = use_callback(((*open).clone(), briefing.clone(), props.on_toggle.clone()), {
        let open = open.clone();
        move |changes: Vec<(usize, bool)>, (current, briefing, on_toggle)| {
            let mut next = current.clone();
            for (index, value) in changes {
                if let (Some(slot), Some(section)) = (next.get_mut(index), briefing.sections.get(index)) {
                    if *slot != value {
                        *slot = value;
                        on_toggle.emit(SectionToggle { section: section.id.clone(), open: value });
                    }
                }
            }
            open.set(next);
        }
    });
    let on_section_toggle =
        use_memo(set_open.clone(), |set_open| set_open.reform(|change: (usize, bool)| vec![change]));
    let set_all = |value: bool| {
        let count = briefing.sections.len();
        set_open.reform(move |_: MouseEvent| (0..count).map(|i| (i, value)).collect())
    };
    let on_focus = use_callback((*focused, briefing.clone()), {
        let (focused, status) = (focused.clone(), status.clone());
        move |speaker: Option<usize>, (current, briefing)| {
            let next = speaker.filter(|s| *current != Some(*s));
            let message = next.and_then(|s| focus_message(briefing, words, s));
            status.set(message.unwrap_or_else(|| words.focus_cleared.to_owned()));
            focused.set(next);
        }
    });
    let on_speaker = use_memo(on_focus.clone(), |on_focus| on_focus.reform(Some));
    let on_copy_link = use_callback(briefing.clone(), {
        let status = status.clone();
        move |index: usize, briefing| {
            if let Some(section) = briefing.sections.get(index) {
                copy_link(&briefing.id, &section.id, status.clone(), words);
            }
        }
    });
    let on_tooltip = use_memo((), {
        let dispatcher = tooltip.dispatcher();
        move |()| Callback::from(move |action| dispatcher.dispatch(action))
    });
    let on_header_key = use_memo((), |()| Callback::from(move_between_headers));
    let anchors = use_memo(on_tooltip.clone(), |on_tooltip| TooltipAnchors::new(on_tooltip));
    let accents = theme_accents(briefing);
    // A section's default accent: its theme's slot, or its own place when it has no theme.
    let accent_of = |index: usize, section: &Section| {
        section.theme.as_deref().and_then(|t| accents.get(t).copied()).unwrap_or(index)
    };
    let level = props.heading_level.clamp(1, 6);
    let section_level = level.saturating_add(1).min(6);
    let region = briefing.sections.len() <= MAX_REGIONS;
    let focus_note = focused.and_then(|s| focus_message(briefing, words, s));
    let mode = props.mode;
    if mode.is_static() {
        return html! {
            <article class="briefing is-static" lang={briefing.lang.clone()} dir={briefing.lang.as_deref().map(text_direction)}>
                <BriefingHeader
                    briefing={briefing.clone()}
                    {level}
                    date_label={props.date_label.clone()}
                    {words}
                    on_focus={Callback::noop()}
                    {mode}
                />
                // The controls' row, empty: the placeholders carry the buttons' words in an
                // attribute, which the stylesheet lays out invisibly, so that the row is as tall as
                // the buttons (wrapping alike) and nothing moves when they come.
                <div class="controls" aria-hidden="true">
                    <span class="control is-placeholder" data-words={words.show_all}></span>
                    <span class="control is-placeholder" data-words={words.hide_all}></span>
                </div>
                <div class="sections">
                    { for briefing.sections.iter().enumerate().map(|(index, section)| html! {
                        <SectionView
                            key={section.id.clone()}
                            briefing={briefing.clone()}
                            section={index}
                            open=true
                            level={section_level}
                            accent={accent_of(index, section)}
                            {region}
                            {words}
                            on_copy_link={Callback::noop()}
                            on_toggle={Callback::noop()}
                            on_header_key={Callback::noop()}
                            {mode}
                        />
                    }) }
                </div>
            </article>
        };
    }
    html! {
        <article
            ref={root}
            class={classes!("briefing", focused.is_some().then_some("has-focus"))}
            lang={briefing.lang.clone()}
            dir={briefing.lang.as_deref().map(text_direction)}
            onmouseover={anchors.onmouseover.clone()}
            onmouseout={anchors.onmouseout.clone()}
            onfocusin={anchors.onfocusin.clone()}
            onfocusout={anchors.onfocusout.clone()}
            onkeydown={anchors.onkeydown.clone()}
            onpointerup={anchors.onpointerup.clone()}
        >
            <BriefingHeader
                briefing={briefing.clone()}
                {level}
                date_label={props.date_label.clone()}
                {words}
                focused={*focused}
                on_focus={(*on_speaker).clone()}
            />
            <p class="visually-hidden" role="status">{ (*status).clone() }</p>
            <div class="controls">
                if let Some(note) = focus_note {
                    <p class="focus-note">
                        <span>{ note }</span>
                        <button type="button" class="control" onclick={on_focus.reform(|_: MouseEvent| None)}>
                            { words.clear_focus }
                        </button>
                    </p>
                }
                <button type="button" class="control" onclick={set_all(true)}>{ words.show_all }</button>
                <button type="button" class="control" onclick={set_all(false)}>{ words.hide_all }</button>
            </div>
            <div class="sections">
                { for briefing.sections.iter().enumerate().take(if printing { usize::MAX } else { *rendered }).map(|(index, section)| html! {
                    <SectionView
                        key={section.id.clone()}
                        briefing={briefing.clone()}
                        section={index}
                        open={open.get(index).copied().unwrap_or(false)}
                        level={section_level}
                        accent={accent_of(index, section)}
                        {region}
                        {words}
                        focused={*focused}
                        points={printing || filled.get(index).copied().unwrap_or(false)}
                        on_copy_link={on_copy_link.clone()}
                        on_toggle={(*on_section_toggle).clone()}
                        on_header_key={(*on_header_key).clone()}
                    />
                }) }
            </div>
            <div class="tooltips">
                { for (0..briefing.speakers.len()).map(|speaker| html! {
                    <SpeakerTooltip
                        briefing={briefing.clone()}
                        {speaker}
                        anchor={tooltip.open.as_ref().filter(|(s, _)| *s == speaker).map(|(_, a)| a.clone())}
                        on_tooltip={(*on_tooltip).clone()}
                    />
                }) }
            </div>
        </article>
    }
}

/// How many sections are on the page: a first slice at once, the rest in slices on later tasks,
/// so that a briefing of hundreds of sections never blocks the page for long.
/// When `reload()` brings a new copy of the same briefing, the open sections and the focused
/// speaker carry over by id; sections that are new start as the briefing (or `open`) says.
/// Done while rendering (state derived from props), which re-renders once with the new state.
#[hook]
fn use_carried_over(
    briefing: &PreparedBriefing,
    open: &UseStateHandle<Vec<bool>>,
    focused: &UseStateHandle<Option<usize>>,
    forced: Option<bool>,
) {
    let previous = use_mut_ref(|| briefing.clone());
    let before = previous.replace(briefing.clone());
    if before != *briefing {
        let was_open = |id: &str| open.get(before.sections.iter().position(|s| s.id == id)?).copied();
        open.set(briefing.sections.iter().map(|s| was_open(&s.id).unwrap_or(forced.unwrap_or(s.open))).collect());
        let speaker = focused.and_then(|index| before.speakers.get(index));
        focused.set(speaker.and_then(|speaker| briefing.speakers.iter().position(|s| s.id == speaker.id)));
    }
}

#[hook]
fn use_rendered_sections(total: usize, on_complete: Callback<()>) -> UseStateHandle<usize> {
    let rendered = use_state(|| total.min(FIRST_SLICE));
    {
        let handle = rendered.clone();
        use_effect_with(*rendered, move |&count| {
            if count >= total {
                on_complete.emit(());
            }
            let timer = (count < total).then(|| Timeout::new(0, move || handle.set((count + SLICE).min(total))));
            move || drop(timer)
        });
    }
    rendered
}

/// Which sections have their points on the page: the open ones, filled in. Sections open from
/// the start are filled at once (they arrive in slices anyway), and so is a section a reader
/// opens, in the same render; when many open at once ("Show all"), their points go on the page
/// about [`FILL_BUDGET`] per task, in order, so that the page keeps answering.
#[hook]
fn use_filled_sections(briefing: &PreparedBriefing, open: &[bool]) -> Vec<bool> {
    let filled = use_state(|| open.to_vec());
    let round = use_state(|| 0_u32);
    {
        let (filled, round_handle, briefing) = (filled.clone(), round.clone(), briefing.clone());
        use_effect_with((open.to_vec(), *round), move |(open, round)| {
            let mut next = (*filled).clone();
            let (mut budget, mut waiting) = (FILL_BUDGET, false);
            let sizes = briefing.sections.iter().map(|s| s.points.len());
            for ((slot, &open), size) in next.iter_mut().zip(open).zip(sizes) {
                if !open {
                    *slot = false;
                } else if !*slot {
                    // At least one section per task, however many points it has.
                    if budget == FILL_BUDGET || size <= budget {
                        *slot = true;
                        budget = budget.saturating_sub(size);
                    } else {
                        waiting = true;
                    }
                }
            }
            if next != *filled {
                filled.set(next);
            }
            let round = *round;
            let timer = waiting.then(|| Timeout::new(0, move || round_handle.set(round.wrapping_add(1))));
            move || drop(timer)
        });
    }
    (*filled).clone()
}

/// Whether the page is being printed (`window.print()`, the browser's print command, or print media
/// emulated): every section then shows its points, and the sections not yet rendered appear.
#[hook]
fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let window = web_sys::window();
            let query = window.as_ref().and_then(|w| w.match_media("print").ok().flatten());
            let listeners = window.zip(query).map(|(window, query)| {
                let on = |target: &web_sys::EventTarget, kind: &'static str| {
                    let (printing, query) = (printing.clone(), query.clone());
                    // `beforeprint` comes before the media query matches: print then too.
                    EventListener::new(target, kind, move |_| printing.set(kind == "beforeprint" || query.matches()))
                };
                [on(&window, "beforeprint"), on(&window, "afterprint"), on(&query, "change")]
            });
            move || drop(listeners)
        });
    }
    *printing
}

/// Opens the section a deep link names (without a toggle event: the reader did not toggle it)
/// and scrolls it into view once it is on the page.
#[hook]
fn use_deep_link(
    target: Option<AttrValue>,
    briefing: &PreparedBriefing,
    open: &UseStateHandle<Vec<bool>>,
    rendered: usize,
    root: &NodeRef,
) {
    let index = target.as_ref().and_then(|id| briefing.sections.iter().position(|s| s.id == id.as_str()));
    let pending = use_state(|| None::<usize>);
    {
        let (open, pending) = (open.clone(), pending.clone());
        use_effect_with(index, move |&index| {
            if let Some(index) = index {
                let mut next = (*open).clone();
                if let Some(slot) = next.get_mut(index) {
                    *slot = true;
                }
                open.set(next);
                pending.set(Some(index));
            }
        });
    }
    let (root, briefing) = (root.clone(), briefing.clone());
    use_effect_with((*pending, rendered), move |&(wanted, rendered)| {
        if let Some(section) = wanted.filter(|i| *i < rendered).and_then(|i| briefing.sections.get(i)) {
            let selector = format!("[data-section=\"{}\"]", section.id);
            if let Some(element) = root.cast::<Element>().and_then(|r| r.query_selector(&selector).ok().flatten()) {
                element.scroll_into_view();
            }
            pending.set(None);
        }
    });
}

/// "Showing 5 points by Jin Canrong."
fn focus_message(briefing: &PreparedBriefing, words: &Words, speaker: usize) -> Option<String> {
    let name = &briefing.speaker(speaker)?.name;
    let points = (0..briefing.sections.len()).map(|section| briefing.points_by(section, speaker)).sum();
    Some(words.count(&words.focus_status, points, name))
}

/// Copies the URL of this page pointing at a section to the clipboard, and says how it went.
/// The page's own URL is never changed.
fn copy_link(briefing_id: &str, section_id: &str, status: UseStateHandle<String>, words: &'static Words) {
    let Some(window) = web_sys::window() else { return };
    let href = window.location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let link = format!("{base}#{briefing_id}/{section_id}");
    let promise = window.navigator().clipboard().write_text(&link);
    wasm_bindgen_futures::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        status.set(if copied { words.link_copied } else { words.link_not_copied }.to_owned());
    });
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
