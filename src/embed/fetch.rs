//! Fetches a briefing's bytes: HTTP status checked, a time limit, the 2 MiB limit enforced while
//! the body streams in (an oversized answer is never buffered whole), and a body that is not JSON
//! at all named as such. A body that will not be used (an error status, a declared or streamed
//! size over the limit, an HTML page) is cancelled, not left downloading.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::{Promise, Uint8Array};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, RequestInit, RequestMode, Response,
};

use super::sniff::{self, NotJson};
use crate::model::{BriefingError, MAX_DOCUMENT_BYTES};

/// How long a briefing may take to arrive.
pub const TIMEOUT_SECONDS: u32 = 15;

/// Why the briefing's bytes could not be had: each is worth a retry but a document over the limit.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum FetchError {
    #[error("{url} answered HTTP {status}{}", if .status_text.is_empty() { String::new() } else { format!(" {}", .status_text) })]
    Http { url: String, status: u16, status_text: String },
    #[error("could not fetch {url}: the host may be unreachable, or may not allow cross-origin requests from this page (CORS)")]
    Network { url: String },
    #[error("{url} did not answer within {TIMEOUT_SECONDS} seconds")]
    Timeout { url: String },
    #[error("{url}: {}", BriefingError::TooLarge { bytes: *.bytes })]
    TooLarge { url: String, bytes: usize },
    /// Larger than the limit, found while streaming (no Content-Length said so up front).
    #[error("{url}: document is larger than the 2 MiB limit; loading stopped there")]
    TooLargeStream { url: String },
    #[error("{url} did not answer with JSON: {body} ({})", content_type_label(.content_type.as_deref()))]
    NotJson { url: String, content_type: Option<String>, body: NotJson },
}

/// Fetches `url`, giving up [`TIMEOUT_SECONDS`] after the request started or when `controller`
/// is aborted. `early` is the response of a request for `url` already under way (the loader's,
/// with `controller` as its), and when it started (`Date.now()`). Errors name the URL resolved
/// against the page, as the browser fetched it.
pub async fn fetch_bytes(
    url: &str,
    controller: &AbortController,
    early: Option<(Promise, Option<f64>)>,
) -> Result<Vec<u8>, FetchError> {
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    let resolved = base.and_then(|base| web_sys::Url::new_with_base(url, &base).ok()).map(|u| u.href());
    let url = resolved.as_deref().unwrap_or(url);
    let (early, started) = early.map_or((None, None), |(response, started)| (Some(response), started));
    let limit = f64::from(TIMEOUT_SECONDS * 1000);
    let waited = started.map_or(0.0, |started| (js_sys::Date::now() - started).clamp(0.0, limit));
    let timed_out = Rc::new(Cell::new(false));
    let _deadline = {
        let (timed_out, controller) = (timed_out.clone(), controller.clone());
        // In 0..=15000 ms: the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let remaining = (limit - waited) as u32;
        Timeout::new(remaining, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let failed = |_: JsValue| {
        let url = url.to_owned();
        if timed_out.get() {
            FetchError::Timeout { url }
        } else {
            FetchError::Network { url }
        }
    };
    let request = match early {
        Some(response) => response,
        None => {
            let window = web_sys::window().ok_or_else(|| failed(JsValue::NULL))?;
            let init = RequestInit::new();
            init.set_mode(RequestMode::Cors);
            init.set_signal(Some(&controller.signal()));
            window.fetch_with_str_and_init(url, &init)
        }
    };
    let response: Response = JsFuture::from(request).await.and_then(JsCast::dyn_into).map_err(failed)?;
    let url = if response.url().is_empty() { url.to_owned() } else { response.url() };
    if !response.ok() {
        // The error page's body is never read: stop it downloading.
        controller.abort();
        return Err(FetchError::Http { url, status: response.status(), status_text: response.status_text() });
    }
    let declared =
        response.headers().get("content-length").ok().flatten().and_then(|length| length.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|bytes| *bytes > MAX_DOCUMENT_BYTES) {
        controller.abort();
        return Err(FetchError::TooLarge { url, bytes });
    }
    let content_type = response.headers().get("content-type").ok().flatten().filter(|t| !t.trim().is_empty());
    let Some(body) = response.body() else {
        return Err(FetchError::NotJson { url, content_type, body: NotJson::Empty });
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(declared.unwrap_or(0));
    loop {
        let chunk: ReadableStreamReadResult = JsFuture::from(reader.read()).await.map_err(failed)?.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return match sniff::not_json(&bytes) {
                Some(body) => Err(FetchError::NotJson { url, content_type, body }),
                None => Ok(bytes),
            };
        }
        let chunk = Uint8Array::new(&chunk.get_value());
        let length = chunk.length() as usize;
        if bytes.len() + length > MAX_DOCUMENT_BYTES {
            // Stop the download: the rest is never read.
            controller.abort();
            return Err(FetchError::TooLargeStream { url });
        }
        let start = bytes.len();
        bytes.resize(start + length, 0);
        if let Some(slot) = bytes.get_mut(start..) {
            chunk.copy_to(slot);
        }
        // Markup is known from its first byte: the rest of an HTML page is not waited for.
        if let Some(body @ NotJson::Html) = sniff::not_json(&bytes) {
            controller.abort();
            return Err(FetchError::NotJson { url, content_type, body });
        }
    }
}

fn content_type_label(content_type: Option<&str>) -> String {
    content_type.map_or_else(|| "no Content-Type".to_owned(), |t| format!("Content-Type: {}", t.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_url_and_what_went_wrong() {
        let url = || "https://data.example.org/b.json".to_owned();
        let cases = [
            (
                FetchError::Http { url: url(), status: 404, status_text: "Not Found".into() },
                "https://data.example.org/b.json answered HTTP 404 Not Found",
            ),
            (FetchError::Http { url: url(), status: 500, status_text: String::new() }, "https://data.example.org/b.json answered HTTP 500"),
            (
                FetchError::Network { url: url() },
                "could not fetch https://data.example.org/b.json: the host may be unreachable, or may not allow cross-origin requests from this page (CORS)",
            ),
            (FetchError::Timeout { url: url() }, "https://data.example.org/b.json did not answer within 15 seconds"),
            (
                FetchError::TooLarge { url: url(), bytes: 3 * 1024 * 1024 },
                "https://data.example.org/b.json: document is 3.0 MiB; the limit is 2 MiB",
            ),
            (
                FetchError::TooLargeStream { url: url() },
                "https://data.example.org/b.json: document is larger than the 2 MiB limit; loading stopped there",
            ),
            (
                FetchError::NotJson { url: url(), content_type: Some("text/html; charset=utf-8".into()), body: NotJson::Html },
                "https://data.example.org/b.json did not answer with JSON: the response looks like an HTML page (Content-Type: text/html; charset=utf-8)",
            ),
            (
                FetchError::NotJson { url: url(), content_type: None, body: NotJson::Empty },
                "https://data.example.org/b.json did not answer with JSON: the response is empty (no Content-Type)",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
