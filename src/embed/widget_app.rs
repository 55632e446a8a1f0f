//! The widget's root component: loads the briefing named by `src` (or set as the `briefing`
//! property) and shows it, or says why not.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen_futures::spawn_local;
use web_sys::AbortController;
use yew::prelude::*;

use super::deep_link::use_deep_link;
use super::fetch::{fetch_bytes, FetchError};
use super::{events, locale, EarlyRequest, StaticCopy, WidgetProps};
use crate::components::{BriefingView, ErrorAlert, Language, LoadingState, PreparedBriefing, SectionToggle};
use crate::model::{parse_briefing, BriefingError};

/// Where loading stands.
#[derive(Clone, PartialEq)]
enum LoadState {
    /// Neither `src` nor `briefing`: the fallback shows, and the widget waits for one of them
    /// (frameworks often create the element first and set `briefing` a moment later).
    Waiting,
    Loading,
    Ready(PreparedBriefing),
    Failed(LoadFailure),
}

/// Why there is no briefing to show.
#[derive(Clone, PartialEq)]
struct LoadFailure {
    messages: Vec<AttrValue>,
    /// Network failures may pass; invalid documents will not.
    retryable: bool,
}

impl From<FetchError> for LoadFailure {
    fn from(error: FetchError) -> Self {
        Self { messages: vec![error.to_string().into()], retryable: true }
    }
}

impl From<BriefingError> for LoadFailure {
    fn from(error: BriefingError) -> Self {
        Self { messages: error.messages().into_iter().map(AttrValue::from).collect(), retryable: false }
    }
}

/// What the widget's loads remember between runs.
struct Loads {
    /// The loader's request, used by the first load if it is for the same `src`, and never again.
    early: Option<EarlyRequest>,
    /// What the last load was of (`src`, the `briefing` property): loading it again
    /// (`reload()`) keeps the briefing on screen, so that the reader's open sections and speaker
    /// focus carry over to the new one.
    from: Option<(Option<AttrValue>, Option<AttrValue>)>,
}

#[function_component]
pub fn WidgetApp(props: &WidgetProps) -> Html {
    let load = use_state(|| LoadState::Loading);
    let attempt = use_state(|| 0_u32);
    let loads = use_mut_ref(|| Loads { early: props.early.clone(), from: None });
    {
        let load = load.clone();
        let deps = (props.src.clone(), props.given.clone(), *attempt, props.reloads);
        use_effect_with(deps, move |(src, given, _, _)| {
            // Set by cleanup: the load belongs to an old source or an unmounted widget.
            let cancelled = Rc::new(Cell::new(false));
            let source = Some((src.clone(), given.clone()));
            let again = std::mem::replace(&mut loads.borrow_mut().from, source.clone()) == source;
            if !(again && matches!(*load, LoadState::Ready(_))) {
                load.set(LoadState::Loading);
            }
            let taken = loads.borrow_mut().early.take();
            let early = taken.and_then(|early| match (given, src) {
                (None, Some(src)) => early.take_for(src),
                _ => early.abort(),
            });
            let (response, controller) = match early {
                Some((response, controller)) => (Some(response), Some(controller)),
                None => (None, AbortController::new().ok()),
            };
            let source = match (given, src, &controller) {
                // The `briefing` property: the same checks as a fetched document, no request.
                (Some(json), _, _) => Some(Source::Given(json.clone())),
                (None, Some(src), Some(controller)) => Some(Source::Url(src.to_string(), controller.clone(), response)),
                (None, None, _) | (None, _, None) => None,
            };
            match source {
                Some(source) => {
                    let (load, cancelled) = (load.clone(), cancelled.clone());
                    spawn_local(async move {
                        let outcome = source.load().await;
                        if !cancelled.get() {
                            load.set(outcome);
                        }
                    });
                }
                None => load.set(LoadState::Waiting),
            }
            move || {
                cancelled.set(true);
                if let Some(controller) = controller {
                    controller.abort();
                }
            }
        });
    }
    // Over a static copy, the live render stays hidden until every section is in, then takes the
    // copy's place; `briefing-load` waits for that (set when it had to wait).
    let load_waits = use_mut_ref(|| false);
    {
        // Announce the outcome once it is on screen.
        let (host, static_copy, load_waits) = (props.host.clone(), props.static_copy.clone(), load_waits.clone());
        let shown = props.shown.clone();
        use_effect_with((*load).clone(), move |load| match load {
            LoadState::Ready(briefing) => {
                shown.set(Some(briefing.clone()));
                if static_copy.as_ref().is_some_and(StaticCopy::showing) {
                    *load_waits.borrow_mut() = true;
                } else {
                    events::loaded(&host, briefing);
                }
            }
            LoadState::Failed(failure) => {
                shown.set(None);
                // The alert goes above the copy, which stays readable.
                if let Some(static_copy) = &static_copy {
                    static_copy.show_live_above();
                }
                let message = failure.messages.iter().map(AttrValue::as_str).collect::<Vec<_>>().join("\n");
                events::failed(&host, &message);
            }
            LoadState::Loading | LoadState::Waiting => shown.set(None),
        });
    }
    let deep_link = use_deep_link(match &*load {
        LoadState::Ready(briefing) => Some(briefing.id.clone()),
        _ => None,
    });
    let tag = locale::language_tag(props.lang.as_deref());
    let language = Language::from_tag(&tag);
    let words = language.words();
    let fallback = html! { <div class="fallback"><slot></slot></div> };
    let body = match &*load {
        LoadState::Waiting => fallback,
        LoadState::Loading => html! { <><LoadingState {words} />{ fallback }</> },
        LoadState::Failed(failure) => {
            let on_retry = failure.retryable.then(|| {
                let attempt = attempt.clone();
                Callback::from(move |()| attempt.set(attempt.wrapping_add(1)))
            });
            html! { <><ErrorAlert messages={failure.messages.clone()} {on_retry} {words} />{ fallback }</> }
        }
        LoadState::Ready(briefing) => {
            let date_label = briefing.date.and_then(|date| locale::format_date(date, &tag)).map(AttrValue::from);
            let on_toggle = {
                let host = props.host.clone();
                Callback::from(move |toggle: SectionToggle| events::toggled(&host, &toggle))
            };
            let on_complete = {
                let (host, static_copy, briefing) = (props.host.clone(), props.static_copy.clone(), briefing.clone());
                let load_waits = load_waits.clone();
                Callback::from(move |()| {
                    if let Some(static_copy) = static_copy.as_ref().filter(|p| p.showing()) {
                        static_copy.swap_for_live();
                        if load_waits.replace(false) {
                            events::loaded(&host, &briefing);
                        }
                    }
                })
            };
            html! {
                <BriefingView
                    key={briefing.id.clone()}
                    briefing={briefing.clone()}
                    heading_level={props.heading_level}
                    open={props.open}
                    {date_label}
                    {language}
                    {deep_link}
                    {on_toggle}
                    {on_complete}
                />
            }
        }
    };
    // The widget's own words are in `language`; the briefing sets its own lang and dir inside.
    html! { <div class="frame" lang={language.tag()} dir={language.direction()}>{ body }</div> }
}

/// Where a briefing comes from: the `briefing` property's JSON text, or `src` (with the
/// controller that aborts the request, and the loader's request if it started one).
enum Source {
    Given(AttrValue),
    Url(String, AbortController, Option<Promise>),
}

impl Source {
    /// Reads the document, validates it and prepares it for rendering.
    async fn load(self) -> LoadState {
        let bytes = match self {
            Source::Given(json) => Ok(json.as_bytes().to_vec()),
            Source::Url(src, controller, early) => fetch_bytes(&src, &controller, early).await,
        };
        match bytes.map(|bytes| parse_briefing(&bytes)) {
            Ok(Ok(briefing)) => {
                let prepared = PreparedBriefing::new(briefing);
                // Parsing a large briefing is one task and rendering its first slice another:
                // the page stays responsive in between.
                gloo_timers::future::TimeoutFuture::new(0).await;
                LoadState::Ready(prepared)
            }
            Ok(Err(error)) => LoadState::Failed(error.into()),
            Err(error) => LoadState::Failed(error.into()),
        }
    }
}
