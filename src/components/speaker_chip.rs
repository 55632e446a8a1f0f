//! A speaker named beside a point they made, with their tooltip.

use yew::prelude::*;

use super::{speaker_mention, RenderMode};
use crate::model::Speaker;

/// The chip for `speaker` (index `index`); `focused` while the reader focuses on them.
pub fn speaker_chip(index: usize, speaker: &Speaker, focused: bool, mode: RenderMode) -> Html {
    let class = classes!("chip", focused.then_some("is-focused"));
    speaker_mention(index, speaker, class, html! { { speaker.name.clone() } }, mode)
}
