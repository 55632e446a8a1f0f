//! briefing-widget: an event briefing on any web page.
//!
//! Bytes flow one way: [`model`] (parse and validate, pure Rust) → [`components`] (Yew views)
//! → [`embed`] (the `<briefing-widget>` element: shadow root, loading, events).

// A panic aborts the module and with it every widget on the page: no code path may panic.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, clippy::unreachable)
)]
#![deny(clippy::disallowed_methods)]

/// The allocator in the wasm: Talc, smaller and faster there than the default dlmalloc.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod components;
pub mod embed;
pub mod model;
