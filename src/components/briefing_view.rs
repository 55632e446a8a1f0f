//! A whole briefing: header, show/hide-all controls, sections and the speaker tooltips, wired to
//! the reader's state; or, in static mode, the same boxes with every section open and no controls.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::hooks::{use_action, use_deep_link_scroll, use_printing, use_reader};
use super::section_view::accents;
use super::tooltip_anchor::TooltipAnchors;
use super::{
    BriefingHeader, Language, PreparedBriefing, ReaderAction, RenderMode, SectionToggle, SectionView, SpeakerTooltip,
};
use crate::model::rules::text_direction;

/// Above this many sections, panels are not landmark regions (too many landmarks hinder).
const MAX_REGIONS: usize = 6;

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
    let (words, mode) = (props.language.words(), props.mode);
    let live = !mode.is_static();
    let root = use_node_ref();
    let reader = use_reader(
        briefing,
        words,
        props.open,
        props.deep_link.clone(),
        props.on_toggle.clone(),
        props.on_complete.clone(),
    );
    let printing = use_printing();
    let rendered = reader.rendered;
    use_deep_link_scroll(&reader, briefing, rendered, &root);
    // Callbacks keep their identity across renders, so that a tooltip opening re-renders the
    // tooltips, not every point.
    let on_toggle = use_action(&reader, |(section, open)| ReaderAction::Toggle { section, open });
    let on_speaker = use_action(&reader, ReaderAction::FocusSpeaker);
    let on_link_copied = use_action(&reader, ReaderAction::LinkCopied);
    let on_tooltip = use_action(&reader, ReaderAction::Tooltip);
    let show_all = use_action(&reader, |_: MouseEvent| ReaderAction::ShowAll);
    let hide_all = use_action(&reader, |_: MouseEvent| ReaderAction::HideAll);
    let clear_focus = {
        let (clear, root) = (use_action(&reader, |()| ReaderAction::ClearFocus), root.clone());
        // The button goes away with the focus it clears: keyboard focus goes to the speaker's
        // button first, rather than falling to the page (WCAG 2.4.3).
        Callback::from(move |_: MouseEvent| {
            focus_pressed_speaker(&root);
            clear.emit(());
        })
    };
    let anchors = use_memo(on_tooltip.clone(), TooltipAnchors::new);
    let accents = accents(briefing);
    let level = props.heading_level.clamp(1, 6);
    let section_level = level.saturating_add(1).min(6);
    let region = briefing.sections.len() <= MAX_REGIONS;
    let focused = reader.focused.filter(|_| live);
    let shown = if printing || !live { usize::MAX } else { rendered };
    html! {
        <article
            ref={root}
            class={classes!("briefing", (!live).then_some("is-static"), focused.is_some().then_some("has-focus"))}
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
                {focused}
                on_focus={on_speaker}
                {mode}
            />
            if live {
                <p class="visually-hidden" role="status">{ reader.status.clone() }</p>
                <div class="controls">
                    if let Some(note) = reader.focus_note.clone() {
                        <p class="focus-note">
                            <span>{ note }</span>
                            <button type="button" class="control" onclick={clear_focus}>{ words.clear_focus }</button>
                        </p>
                    }
                    <button type="button" class="control" onclick={show_all}>{ words.show_all }</button>
                    <button type="button" class="control" onclick={hide_all}>{ words.hide_all }</button>
                </div>
            } else {
                // The controls' row, empty: the placeholders carry the buttons' words in an
                // attribute, which the stylesheet lays out invisibly, so that the row is as tall as
                // the buttons (wrapping alike) and nothing moves when they come.
                <div class="controls" aria-hidden="true">
                    <span class="control is-placeholder" data-words={words.show_all}></span>
                    <span class="control is-placeholder" data-words={words.hide_all}></span>
                </div>
            }
            <div class="sections">
                { for briefing.sections.iter().enumerate().take(shown).map(|(index, section)| html! {
                    <SectionView
                        key={section.id.clone()}
                        briefing={briefing.clone()}
                        section={index}
                        open={!live || reader.open.get(index).copied().unwrap_or(false)}
                        level={section_level}
                        accent={accents.get(index).copied().unwrap_or(index)}
                        {region}
                        {words}
                        {focused}
                        points={printing || reader.filled.get(index).copied().unwrap_or(false)}
                        on_link_copied={on_link_copied.clone()}
                        on_toggle={on_toggle.clone()}
                        {mode}
                    />
                }) }
            </div>
            if live {
                <div class="tooltips">
                    { for (0..briefing.speakers.len()).map(|speaker| html! {
                        <SpeakerTooltip
                            briefing={briefing.clone()}
                            {speaker}
                            anchor={reader.tooltip.open.as_ref().filter(|(s, _)| *s == speaker).map(|(_, a)| a.clone())}
                            on_tooltip={on_tooltip.clone()}
                        />
                    }) }
                </div>
            }
        </article>
    }
}

/// Moves keyboard focus to the button of the speaker in focus.
fn focus_pressed_speaker(root: &NodeRef) {
    let pressed =
        root.cast::<Element>().and_then(|r| r.query_selector(".speaker-name[aria-pressed=\"true\"]").ok().flatten());
    if let Some(button) = pressed.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
        // Focus only fails on a detached element, which a rendered speaker is not.
        let _ = button.focus();
    }
}
