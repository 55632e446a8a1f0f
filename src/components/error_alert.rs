//! An error the reader and the partner can act on: what is wrong, where, and a retry if it can help.

use yew::prelude::*;

use super::Words;

/// How many problems are listed before the rest are counted.
pub const SHOWN_PROBLEMS: usize = 5;

#[derive(Properties, PartialEq)]
pub struct ErrorAlertProps {
    /// Each problem, one line each (e.g. `sections[2].points[0].speakers[1]: unknown speaker "zhou"`).
    pub messages: Vec<AttrValue>,
    /// Offered for network failures; `None` where retrying cannot help.
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
    pub words: &'static Words,
}

#[function_component]
pub fn ErrorAlert(props: &ErrorAlertProps) -> Html {
    let hidden = props.messages.len().saturating_sub(SHOWN_PROBLEMS);
    html! {
        <div class="error" part="error" role="alert">
            <p class="error-title">{ props.words.error_title }</p>
            <ul class="error-list">
                { for props.messages.iter().take(SHOWN_PROBLEMS).map(|m| html! { <li><code>{ m.clone() }</code></li> }) }
                if hidden > 0 {
                    <li class="error-more">{ props.words.more(hidden) }</li>
                }
            </ul>
            if let Some(on_retry) = &props.on_retry {
                <button type="button" class="retry" onclick={on_retry.reform(|_: MouseEvent| ())}>
                    { props.words.retry }
                </button>
            }
        </div>
    }
}
