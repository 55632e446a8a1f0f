//! What shows while the briefing loads.

use yew::prelude::*;

use super::Words;

#[derive(Properties, PartialEq)]
pub struct LoadingStateProps {
    pub words: &'static Words,
}

#[function_component]
pub fn LoadingState(props: &LoadingStateProps) -> Html {
    html! {
        <div class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            { props.words.loading }
        </div>
    }
}
