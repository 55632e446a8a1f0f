//! Any bytes through the model's JSON reader and through serde_json, its reference: both read the
//! same value or refuse with the same message, line and column (`model::json::differential`).
#![no_main]

use briefing_widget::model::json::differential::{ours, reference};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    assert_eq!(ours(bytes), reference(bytes), "input {:?}", String::from_utf8_lossy(bytes));
});
