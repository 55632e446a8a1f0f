//! One themed section: a heading whose button expands or collapses the section's points; in
//! static HTML, a plain heading over the points.

use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::{point_view, section_button_id, section_panel_id, PointPlace, PreparedBriefing, RenderMode, Words};

/// How many default accents the stylesheet defines (`accent-0` …).
pub const ACCENT_COUNT: usize = 6;

#[derive(Properties, PartialEq)]
pub struct SectionViewProps {
    pub briefing: PreparedBriefing,
    pub section: usize,
    pub open: bool,
    /// The level of the section's heading, 1–6.
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
    /// The reader asked for a link to this section.
    pub on_copy_link: Callback<usize>,
    /// The reader asked to expand (`true`) or collapse (`false`) this section.
    pub on_toggle: Callback<(usize, bool)>,
    /// Up, Down, Home or End on the header: move focus between section headers.
    pub on_header_key: Callback<KeyboardEvent>,
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
        let (on_toggle, on_header_key) = (props.on_toggle.clone(), props.on_header_key.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            // Handled here rather than left to the button's default action, so that the same
            // keys work however the event arrives (assistive tech, synthetic input).
            "Enter" | " " if !e.repeat() => {
                e.prevent_default();
                on_toggle.emit((index, !open));
            }
            "ArrowUp" | "ArrowDown" | "Home" | "End" => on_header_key.emit(e),
            _ => {}
        })
    };
    let place = PointPlace {
        briefing: &props.briefing,
        section: index,
        label_level: props.level.saturating_add(1).min(6),
        words: props.words,
        focused: props.focused,
        mode: props.mode,
    };
    let button_id = section_button_id(&section.id);
    let panel_id = section_panel_id(&section.id);
    let heading = format!("h{}", props.level.clamp(1, 6));
    let words = props.words;
    let focused = props.focused;
    let count = match focused.and_then(|s| Some((props.briefing.points_by(index, s), props.briefing.speaker(s)?))) {
        Some((mine, speaker)) => words.count(&words.points_by, mine, &speaker.name),
        None => words.point_count(section.points.len()),
    };
    let mode = props.mode;
    let points =
        || html! { <ul class="points">{ for (0..section.points.len()).map(|point| point_view(place, point)) }</ul> };
    if mode.is_static() {
        // The same boxes as the widget's open section, without the controls: the title is heading
        // text, and the copy-link button's place is kept, so that nothing moves when it comes.
        return html! {
            <section
                class={classes!("section", format!("accent-{}", props.accent % ACCENT_COUNT), "is-open")}
                part="section"
                data-section={section.id.clone()}
            >
                <div class="section-header">
                    <@{heading} class="section-heading">
                        <span class="section-toggle" part="section-header">
                            <span class="chevron" aria-hidden="true"></span>
                            <span class="section-title">{ section.title.clone() }</span>
                            { " " }<span class="count">{ count }</span>
                        </span>
                    </@>
                    <span class="copy-link-space" aria-hidden="true"></span>
                </div>
                <div class="section-body" part="section-body">{ points() }</div>
            </section>
        };
    }
    html! {
        <section
            ref={node}
            class={classes!("section", format!("accent-{}", props.accent % ACCENT_COUNT), open.then_some("is-open"))}
            part="section"
            data-section={section.id.clone()}
        >
            <div class="section-header">
            <@{heading} class="section-heading">
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
                    <span class="chevron" aria-hidden="true"></span>
                    <span class="section-title">{ section.title.clone() }</span>
                    <span class="count">{ count }</span>
                </button>
            </@>
            <button
                type="button"
                class="copy-link"
                aria-label={format!("{}: {}", words.copy_link, section.title)}
                title={words.copy_link}
                onclick={props.on_copy_link.reform(move |_: MouseEvent| index)}
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
            </div>
            <div
                id={panel_id}
                class="section-body"
                part="section-body"
                role={props.region.then_some("region")}
                aria-labelledby={props.region.then_some(button_id)}
                hidden={!open}
            >
                // A closed section's points are not on the page: a long briefing is mostly
                // closed sections, and their nodes would cost time and memory for nothing.
                if props.points {
                    { points() }
                }
            </div>
        </section>
    }
}
