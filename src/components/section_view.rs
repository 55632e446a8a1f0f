//! One themed section: a heading whose button expands or collapses the section's points, moves
//! between headers by key, and copies the section's link; in static HTML, a plain heading over
//! the points.

use std::collections::HashMap;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::model::{Briefing, CalendarDate};

use super::text_blocks::{date_text, own_words, paragraph_blocks, time_range};

use super::{
    heading, point_view, section_button_id, section_panel_id, PointContext, PreparedBriefing, RenderMode, Words,
};

/// How many default accents the stylesheet defines (`accent-0` …).
pub const ACCENT_COUNT: usize = 6;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub briefing: PreparedBriefing,
    pub section: usize,
    pub open: bool,
    /// The level of the section's heading, 1–7 (7: `role="heading"`, under an `h6` title).
    pub level: u8,
    /// Default accent slot, by the order in which the section's theme first appears.
    pub accent: usize,
    /// Whether the panel is a landmark region (only where there are few sections).
    pub region: bool,
    pub words: &'static Words,
    /// The speaker the reader is focusing on, if any.
    #[prop_or_default]
    pub focused: Option<usize>,
    /// The section's points are on the page: it is open and filled in, or the page is printing.
    #[prop_or_default]
    pub points: bool,
    /// The section's link was copied to the clipboard (`true`), or could not be.
    pub on_link_copied: Callback<bool>,
    /// The reader asked to expand (`true`) or collapse (`false`) this section.
    pub on_toggle: Callback<(usize, bool)>,
    /// Writes a session's date as the reader should see it.
    #[prop_or_default]
    pub format_date: Option<Callback<CalendarDate, String>>,
    #[prop_or_default]
    pub mode: RenderMode,
}

#[function_component]
pub fn SectionView(props: &SectionViewProps) -> Html {
    let node = use_node_ref();
    let section = props.briefing.sections.get(props.section);
    let theme = section.and_then(|s| s.theme.clone());
    {
        // The theme's accent comes from a custom property whose name holds the theme, which only
        // the CSSOM can set (no `style` attribute: the partner's CSP may forbid it).
        let node = node.clone();
        use_effect_with(theme, move |theme| {
            if let (Some(element), Some(theme)) = (node.cast::<HtmlElement>(), theme) {
                let value = format!("var(--briefing-theme-{theme})");
                // Setting a custom property cannot fail for a slug; nothing to report if it did.
                let _ = element.style().set_property("--_theme", &value);
            }
        });
    }
    let Some(section) = section else { return Html::default() };
    let (index, open) = (props.section, props.open);
    let onclick = props.on_toggle.reform(move |_: MouseEvent| (index, !open));
    let onkeydown = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            // Handled here rather than left to the button's default action, so that the same
            // keys work however the event arrives (assistive tech, synthetic input).
            "Enter" | " " if !e.repeat() => {
                e.prevent_default();
                on_toggle.emit((index, !open));
            }
            "ArrowUp" | "ArrowDown" | "Home" | "End" => move_between_headers(e),
            _ => {}
        })
    };
    let place = PointContext {
        briefing: &props.briefing,
        section: index,
        label_level: props.level.saturating_add(1),
        words: props.words,
        focused: props.focused,
        mode: props.mode,
    };
    let button_id = section_button_id(&section.id);
    let panel_id = section_panel_id(&section.id);
    let words = props.words;
    let focused = props.focused;
    let count = match focused.and_then(|s| Some((props.briefing.points_by(index, s), props.briefing.speaker(s)?))) {
        Some((mine, speaker)) => words.count(&words.points_by, mine, &speaker.name),
        None => words.point_count(section.points.len()),
    };
    let mode = props.mode;
    let live = !mode.is_static();
    // The static copy has every section open, and the live one's boxes: the title is heading
    // text, and the copy-link button's place is kept, so that nothing moves when it comes.
    let when: Vec<String> = section
        .date
        .map(|date| date_text(props.format_date.as_ref(), date))
        .into_iter()
        .chain(time_range(section.time, section.end_time))
        .collect();
    let label = html! {
        <>
            <span class="chevron" aria-hidden="true"></span>
            <span class="section-title">{ section.title.clone() }</span>
            if !when.is_empty() {
                { " " }<span class="section-when">{ when.join(" · ") }</span>
            }
            // The space keeps the words apart in text without styles (the static copy).
            if !live { { " " } }
            // The widget's words, isolated: in an Arabic briefing, "4 points" stays "4 points".
            { own_words(words, "count", count) }
        </>
    };
    let name_of = |index: &usize| props.briefing.speaker(*index).map(|s| s.name.clone());
    let chair = section.chair.as_ref().and_then(name_of);
    let participants: Vec<String> =
        section.speakers.iter().filter(|s| Some(**s) != section.chair).filter_map(name_of).collect();
    let session = (chair.is_some() || !participants.is_empty()).then(|| {
        html! {
            <dl class="session">
                if let Some(chair) = chair {
                    <div><dt>{ words.chair }</dt>{ " " }<dd>{ chair }</dd></div>
                }
                if !participants.is_empty() {
                    <div><dt>{ words.participants }</dt>{ " " }<dd>{ participants.join(", ") }</dd></div>
                }
            </dl>
        }
    });
    let summary = section.summary.as_deref().map(|summary| {
        html! { <div class="section-summary">{ paragraph_blocks(summary, "p") }</div> }
    });
    let toggle = if live {
        html! {
            <button
                type="button"
                id={button_id.clone()}
                class="section-toggle"
                part="section-header"
                aria-expanded={open.to_string()}
                aria-controls={panel_id.clone()}
                {onclick}
                {onkeydown}
            >
                { label }
            </button>
        }
    } else {
        html! { <span class="section-toggle" part="section-header">{ label }</span> }
    };
    let copy_link = if live {
        let (briefing_id, section_id) = (props.briefing.id.clone(), section.id.clone());
        let on_link_copied = props.on_link_copied.clone();
        html! {
            <button
                type="button"
                class="copy-link"
                aria-label={format!("{}: {}", words.copy_link, section.title)}
                title={words.copy_link}
                onclick={move |_: MouseEvent| copy_link(&briefing_id, &section_id, on_link_copied.clone())}
            >
                <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
                    <path
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2"
                        stroke-linecap="round"
                        d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
                    />
                </svg>
            </button>
        }
    } else {
        html! { <span class="copy-link-space" aria-hidden="true"></span> }
    };
    let region = live && props.region;
    html! {
        <section
            ref={node}
            class={classes!("section", format!("accent-{}", props.accent % ACCENT_COUNT), open.then_some("is-open"))}
            part="section"
            data-section={section.id.clone()}
        >
            <div class="section-header">
                { heading(props.level, "section-heading", toggle) }
                { copy_link }
            </div>
            <div
                id={live.then_some(panel_id)}
                class="section-body"
                part="section-body"
                role={region.then_some("region")}
                aria-labelledby={region.then_some(button_id)}
                hidden={!open}
            >
                // A closed section's points are not on the page: a long briefing is mostly
                // closed sections, and their nodes would cost time and memory for nothing.
                if props.points || !live {
                    { session }
                    { summary }
                    if !section.points.is_empty() {
                        <ul class="points">{ for (0..section.points.len()).map(|point| point_view(place, point)) }</ul>
                    }
                }
            </div>
        </section>
    }
}

/// Copies the URL of this page pointing at a section to the clipboard, and says how it went
/// (also where there is no clipboard). The page's own URL is never changed.
fn copy_link(briefing_id: &str, section_id: &str, on_link_copied: Callback<bool>) {
    let Some(window) = web_sys::window() else { return };
    let href = window.location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    let link = format!("{base}#{briefing_id}/{section_id}");
    // Outside a secure context (plain http on a host name) there is no clipboard API at all.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let Some(clipboard) = clipboard.filter(|c| c.is_object()).map(JsCast::unchecked_into::<web_sys::Clipboard>) else {
        on_link_copied.emit(false);
        return;
    };
    let promise = clipboard.write_text(&link);
    wasm_bindgen_futures::spawn_local(async move {
        on_link_copied.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Up/Down/Home/End on a section header move focus to the previous, next, first or last header.
pub fn move_between_headers(event: KeyboardEvent) {
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

/// Each section's default accent slot: its theme's, by the order in which themes first appear,
/// or its own place when it has no theme.
pub fn accents(briefing: &Briefing) -> Vec<usize> {
    let mut themes: HashMap<&str, usize> = HashMap::new();
    for theme in briefing.sections.iter().filter_map(|s| s.theme.as_deref()) {
        let next = themes.len() % ACCENT_COUNT;
        themes.entry(theme).or_insert(next);
    }
    let slot = |(index, section): (usize, &crate::model::Section)| {
        section.theme.as_deref().and_then(|t| themes.get(t).copied()).unwrap_or(index)
    };
    briefing.sections.iter().enumerate().map(slot).collect()
}
