//! The briefing view's hooks: the reader's state and its effects (toggle events, tooltip timers,
//! deep-link scrolling), and how much of a long briefing is on the page (slices, fill, print).

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use super::{PreparedBriefing, ReaderAction, ReaderState, SectionToggle, TooltipAction, Words};

/// How long a tooltip lingers after pointer and focus leave, so the pointer can reach it.
const TOOLTIP_LINGER_MS: u32 = 150;
/// Sections rendered at once, then per later task, for long briefings.
const FIRST_SLICE: usize = 8;
const SLICE: usize = 100;
/// Points put on the page per task when many sections open at once ("Show all").
const FILL_BUDGET: usize = 200;

/// The reader's state, its toggles reported to `on_toggle`, its tooltip closed on time, and the
/// section a deep link names opened.
#[hook]
pub fn use_reader(
    briefing: &PreparedBriefing,
    words: &'static Words,
    forced_open: Option<bool>,
    deep_link: Option<AttrValue>,
    on_toggle: Callback<SectionToggle>,
) -> UseReducerHandle<ReaderState> {
    let reader = {
        let briefing = briefing.clone();
        use_reducer(move || ReaderState::new(briefing, words, forced_open))
    };
    // `reload()` brings a new copy of the same briefing (the view is keyed by its id): carried
    // over while rendering, so no frame shows the new copy with the old state.
    if reader.briefing() != briefing {
        reader.dispatch(ReaderAction::Reloaded { briefing: briefing.clone(), forced: forced_open });
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

/// How many sections are on the page: a first slice at once, the rest in slices on later tasks,
/// so that a briefing of hundreds of sections never blocks the page for long.
#[hook]
pub fn use_rendered_sections(total: usize, on_complete: Callback<()>) -> usize {
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
    *rendered
}

/// Which sections have their points on the page: the open ones, filled in (see [`fill`]).
#[hook]
pub fn use_sections_with_points(briefing: &PreparedBriefing, open: &[bool]) -> Vec<bool> {
    let filled = use_state(|| open.to_vec());
    let pass = use_state(|| 0_u32);
    {
        let (filled, pass_handle, briefing) = (filled.clone(), pass.clone(), briefing.clone());
        use_effect_with((open.to_vec(), *pass), move |(open, pass)| {
            let sizes: Vec<usize> = briefing.sections.iter().map(|s| s.points.len()).collect();
            let (next, waiting) = fill(&filled, open, &sizes);
            if next != *filled {
                filled.set(next);
            }
            let pass = *pass;
            let timer = waiting.then(|| Timeout::new(0, move || pass_handle.set(pass.wrapping_add(1))));
            move || drop(timer)
        });
    }
    (*filled).clone()
}

/// One pass of filling: closed sections are emptied; closed-to-open ones are filled in order
/// until about [`FILL_BUDGET`] points went on the page (at least one section per pass, however
/// many points it has). Returns which sections are filled, and whether some still wait.
pub fn fill(filled: &[bool], open: &[bool], sizes: &[usize]) -> (Vec<bool>, bool) {
    let mut next = filled.to_vec();
    let (mut budget, mut waiting) = (FILL_BUDGET, false);
    for ((slot, &open), &size) in next.iter_mut().zip(open).zip(sizes) {
        if !open {
            *slot = false;
        } else if !*slot {
            if budget == FILL_BUDGET || size <= budget {
                *slot = true;
                budget = budget.saturating_sub(size);
            } else {
                waiting = true;
            }
        }
    }
    (next, waiting)
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

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn sections_a_reader_opens_are_filled_about_200_points_per_pass() {
        // Show all on five sections of 120 points: one section per pass, as 120 + 120 > 200.
        let (open, sizes) = ([true; 5], [120; 5]);
        let (first, waiting) = fill(&[false; 5], &open, &sizes);
        assert_eq!((first.as_slice(), waiting), ([true, false, false, false, false].as_slice(), true));
        let (second, _) = fill(&first, &open, &sizes);
        assert_eq!(second, [true, true, false, false, false]);
        // Small sections go together, up to the budget.
        let (small, waiting) = fill(&[false; 5], &open, &[50; 5]);
        assert_eq!((small, waiting), (vec![true, true, true, true, false], true));
        // A huge section still goes on the page, alone.
        assert_eq!(fill(&[false, false], &[true, true], &[5000, 1]).0, [true, false]);
    }

    #[test]
    fn closed_sections_are_emptied_and_done_means_not_waiting() {
        let (next, waiting) = fill(&[true, true], &[false, true], &[3, 3]);
        assert_eq!((next, waiting), (vec![false, true], false));
    }
}
