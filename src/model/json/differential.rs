//! The reader against serde_json, its reference: what both readers' results are reduced to before
//! they are compared (by the unit tests, `tests/properties.rs` and the `json_differential` fuzz target).
//!
//! The two agree on bytes when both read the same value, or both refuse them with the same
//! message, line and column. "The same value" is as far as the model keeps values: integers that
//! fit 64 bits exactly, any other number only as "a number" (the model keeps no float, so a
//! float's digits are not compared, but whether it is in range is), objects as serde_json's
//! default map keeps them (by key, a repeated key's last value). Both stop nesting at depth 128.
//!
//! The reader judges range as serde_json does by default. serde_json's `float_roundtrip` feature
//! (which `jsonschema` turns on in `cargo test --workspace`) differs only for numbers between
//! f64::MAX and half a unit above it (such as `1.7976931348623158e308`): out of range by default,
//! f64::MAX with the feature. Tests keep away from that sliver.

use std::collections::BTreeMap;

use super::{from_slice, Map, Value};

/// The value read, or the error as (message without its position, line, column, is end of input).
pub type Outcome = Result<Value, (String, usize, usize, bool)>;

/// What the model's reader makes of `bytes`.
pub fn ours(bytes: &[u8]) -> Outcome {
    from_slice(bytes).map(canonical).map_err(|e| (e.message().to_owned(), e.line(), e.column(), e.is_eof()))
}

/// What serde_json makes of `bytes`.
pub fn reference(bytes: &[u8]) -> Outcome {
    match serde_json::from_slice::<serde_json::Value>(bytes) {
        // The workspace may turn on `preserve_order`: compare members as a set either way.
        Ok(value) => Ok(canonical(Value::from(&value))),
        Err(e) => {
            let full = e.to_string();
            let message = full.rfind(" at line ").and_then(|at| full.get(..at)).unwrap_or(&full).to_owned();
            Err((message, e.line(), e.column(), e.is_eof()))
        }
    }
}

/// A value with each object's members as serde_json keeps them: by key, a repeated key's last value.
fn canonical(value: Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        Value::Object(map) => {
            let sorted: BTreeMap<String, Value> = map.members.into_iter().map(|(k, v)| (k, canonical(v))).collect();
            Value::Object(Map { members: sorted.into_iter().collect() })
        }
        other => other,
    }
}
