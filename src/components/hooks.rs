//! The briefing view's hooks: the reader's state and its effects (toggle events, tooltip timers,
//! deep-link scrolling, the tasks that put a long briefing on the page), and print.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::{PreparedBriefing, ReaderAction, ReaderState, SectionToggle, TooltipAction, Words};

/// How long a tooltip lingers after pointer and focus leave, so the pointer can reach it.
const TOOLTIP_LINGER_MS: u32 = 150;

/// The reader's state, its toggles reported to `on_toggle`, its tooltip closed on time, the
/// section a deep link names opened, and a long briefing put on the page task by task
/// (`on_complete` once all of it is).
#[hook]
pub fn use_reader(
    briefing: &PreparedBriefing,
    words: &'static Words,
    forced_open: Option<bool>,
    deep_link: Option<AttrValue>,
    on_toggle: Callback<SectionToggle>,
    on_complete: Callback<()>,
) -> UseReducerHandle<ReaderState> {
    let reader = {
        let briefing = briefing.clone();
        use_reducer(move || ReaderState::new(briefing, words, forced_open))
    };
    // `reload()` brings a new copy of the same briefing (the view is keyed by its id), and the
    // `open` attribute may change: carried over while rendering, so no frame shows the new
    // props with the old state.
    if reader.briefing() != briefing {
        reader.dispatch(ReaderAction::Reloaded(briefing.clone()));
    }
    if reader.forced() != forced_open {
        reader.dispatch(ReaderAction::Forced(forced_open));
    }
    use_effect_with(reader.toggled.clone(), move |toggled| {
        for toggle in &toggled.sections {
            on_toggle.emit(toggle.clone());
        }
    });
    let index = deep_link.as_ref().and_then(|id| briefing.sections.iter().position(|s| s.id == id.as_str()));
    let dispatcher = reader.dispatcher();
    use_effect_with(index, move |&index| {
        if let Some(index) = index {
            dispatcher.dispatch(ReaderAction::DeepLink(index));
        }
    });
    use_tooltip_timers(&reader);
    use_progress(&reader, on_complete);
    reader
}

/// A callback that sends an action to the reader's state; it keeps its identity across renders,
/// so that components given it are not re-rendered for nothing.
#[hook]
pub fn use_action<T: 'static>(reader: &UseReducerHandle<ReaderState>, action: fn(T) -> ReaderAction) -> Callback<T> {
    let dispatcher = reader.dispatcher();
    (*use_memo((), move |()| Callback::from(move |value| dispatcher.dispatch(action(value))))).clone()
}

/// Scrolls the deep-linked section into view once it is on the page.
#[hook]
pub fn use_deep_link_scroll(
    reader: &UseReducerHandle<ReaderState>,
    briefing: &PreparedBriefing,
    rendered: usize,
    root: &NodeRef,
) {
    let (root, dispatcher, briefing) = (root.clone(), reader.dispatcher(), briefing.clone());
    use_effect_with((reader.scroll_to, rendered), move |&(wanted, rendered)| {
        if let Some(section) = wanted.filter(|i| *i < rendered).and_then(|i| briefing.sections.get(i)) {
            let selector = format!("[data-section=\"{}\"]", section.id);
            if let Some(element) = root.cast::<Element>().and_then(|r| r.query_selector(&selector).ok().flatten()) {
                element.scroll_into_view();
            }
            dispatcher.dispatch(ReaderAction::Scrolled);
        }
    });
}

/// Closes the tooltip after its linger delay, on Escape anywhere, and on a tap elsewhere.
#[hook]
fn use_tooltip_timers(reader: &UseReducerHandle<ReaderState>) {
    let dispatcher = reader.dispatcher();
    use_effect_with(reader.tooltip.closing, move |closing| {
        let timer = closing.map(|countdown| {
            Timeout::new(TOOLTIP_LINGER_MS, move || {
                dispatcher.dispatch(ReaderAction::Tooltip(TooltipAction::Expire { countdown }))
            })
        });
        move || drop(timer)
    });
    let dispatcher = reader.dispatcher();
    let anchor = reader.tooltip.open.as_ref().map(|(_, anchor)| anchor.clone());
    use_effect_with(anchor, move |anchor| {
        let listeners = anchor.as_ref().and_then(|anchor| {
            let document = web_sys::window()?.document()?;
            let dismiss = move || dispatcher.dispatch(ReaderAction::Tooltip(TooltipAction::Dismiss));
            let on_escape = {
                let dismiss = dismiss.clone();
                EventListener::new(&document, "keydown", move |event| {
                    if event.dyn_ref::<KeyboardEvent>().is_some_and(|e| e.key() == "Escape") {
                        dismiss();
                    }
                })
            };
            let anchor = anchor.clone();
            // The widget's own tooltips are in its briefing; a partner's `.tooltip` is elsewhere.
            let briefing = anchor.closest(".briefing").ok().flatten();
            let on_tap_elsewhere = EventListener::new(&document, "pointerdown", move |event| {
                let touch = event.dyn_ref::<PointerEvent>().is_some_and(|e| e.pointer_type() != "mouse");
                let own_tooltip = |e: &Element| {
                    e.class_list().contains("tooltip")
                        && briefing.is_some()
                        && e.closest(".briefing").ok().flatten() == briefing
                };
                let inside = event
                    .composed_path()
                    .iter()
                    .any(|node| node.dyn_ref::<Element>().is_some_and(|e| *e == anchor || own_tooltip(e)));
                if touch && !inside {
                    dismiss();
                }
            });
            Some((on_escape, on_tap_elsewhere))
        });
        move || drop(listeners)
    });
}

/// Puts a long briefing on the page one task at a time (the next slice of sections, the next
/// open sections' points: [`ReaderAction::Advance`]), so that hundreds of sections never block
/// the page for long; tells `on_complete` once all of it is there.
#[hook]
fn use_progress(reader: &UseReducerHandle<ReaderState>, on_complete: Callback<()>) {
    let complete = reader.complete();
    let dispatcher = reader.dispatcher();
    // Every advance changes one of these, until the briefing is complete.
    use_effect_with((reader.rendered, reader.filled.clone(), complete), move |&(_, _, complete)| {
        let timer = (!complete).then(|| Timeout::new(0, move || dispatcher.dispatch(ReaderAction::Advance)));
        move || drop(timer)
    });
    use_effect_with(complete, move |&complete| {
        if complete {
            on_complete.emit(());
        }
    });
}

/// Whether the page is being printed (`window.print()`, the browser's print command, or print media
/// emulated): every section then shows its points, and the sections not yet rendered appear.
#[hook]
pub fn use_printing() -> bool {
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
