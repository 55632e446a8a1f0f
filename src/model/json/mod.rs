//! A small JSON document tree and reader, so the widget ships no general-purpose JSON library:
//! the values the format's rules inspect, with serde_json's syntax errors (message, line, column).

#[cfg(any(test, feature = "json-reference"))]
pub mod differential;
mod reader;
#[cfg(test)]
mod tests;

pub use reader::{from_slice, SyntaxError};

/// A JSON value, shaped like `serde_json::Value` for the few uses the rules make of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map<String, Value>),
}

impl Value {
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// A field of an object; `None` for a missing field or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Self::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }
}

/// A JSON number: an integer that fits 64 bits, or any other number (kept only as "a number").
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Unsigned(u64),
    Negative(i64),
    Float,
}

impl Number {
    pub fn is_u64(&self) -> bool {
        matches!(self, Self::Unsigned(_))
    }

    pub fn is_i64(&self) -> bool {
        match self {
            Self::Unsigned(n) => i64::try_from(*n).is_ok(),
            Self::Negative(_) => true,
            Self::Float => false,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Self::Unsigned(n) => Some(*n),
            _ => None,
        }
    }
}

impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unsigned(n) => n.fmt(f),
            Self::Negative(n) => n.fmt(f),
            Self::Float => f.write_str("a number"),
        }
    }
}

/// An object's members in document order; a repeated key's last value wins, as in serde_json.
#[derive(Debug, Clone, PartialEq)]
pub struct Map<K, V> {
    members: Vec<(K, V)>,
}

impl<V> Map<String, V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The keys in document order (a repeated key as often as it stands).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(|(k, _)| k.as_str())
    }
}

/// For the differential tests against serde_json.
#[cfg(any(test, feature = "json-reference"))]
impl From<&serde_json::Value> for Value {
    fn from(value: &serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Self::Null,
            serde_json::Value::Bool(b) => Self::Bool(*b),
            serde_json::Value::Number(n) => Self::Number(match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Number::Unsigned(u),
                (None, Some(i)) => Number::Negative(i),
                (None, None) => Number::Float,
            }),
            serde_json::Value::String(s) => Self::String(s.clone()),
            serde_json::Value::Array(items) => Self::Array(items.iter().map(Self::from).collect()),
            serde_json::Value::Object(map) => {
                Self::Object(Map { members: map.iter().map(|(k, v)| (k.clone(), Self::from(v))).collect() })
            }
        }
    }
}
