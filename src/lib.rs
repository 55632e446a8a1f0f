//! briefing-widget: an event briefing on any web page.
//!
//! Bytes flow one way: [`model`] (parse and validate, pure Rust) → [`components`] (Yew views)
//! → [`embed`] (the `<briefing-widget>` element: shadow root, loading, events).

pub mod components;
pub mod embed;
pub mod model;
