//! Tells a response that is not JSON at all (an HTML page, an empty or plain-text body) from a
//! broken JSON document, so that the partner reads "looks like an HTML page", not a syntax error.

use std::fmt;

use crate::model::Quoted;

/// What a body that is not JSON looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotJson {
    /// Markup: most often an error page or a login page served with status 200.
    Html,
    /// Nothing, or only whitespace.
    Empty,
    /// Anything else; holds the start of the body, shortened.
    Text { start: String },
}

impl fmt::Display for NotJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Html => f.write_str("the response looks like an HTML page"),
            Self::Empty => f.write_str("the response is empty"),
            Self::Text { start } => write!(f, "the response starts with {}", Quoted(start)),
        }
    }
}

/// How many characters of an unexpected body the message quotes.
const QUOTED_CHARS: usize = 24;

/// `Some` when `body` cannot be a JSON document: its first significant byte starts no JSON value.
/// A body that may be JSON (even broken JSON) is left to the parser, whatever its Content-Type.
pub fn not_json(body: &[u8]) -> Option<NotJson> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let start = body.iter().position(|b| !b.is_ascii_whitespace()).and_then(|at| body.get(at..));
    let Some(start) = start.filter(|s| !s.is_empty()) else { return Some(NotJson::Empty) };
    match start.first() {
        Some(b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => None,
        Some(b'<') => Some(NotJson::Html),
        _ => {
            let text = String::from_utf8_lossy(start.get(..QUOTED_CHARS * 4).unwrap_or(start));
            let mut quoted: String = text.chars().take(QUOTED_CHARS).collect();
            if text.chars().nth(QUOTED_CHARS).is_some() {
                quoted.push('…');
            }
            Some(NotJson::Text { start: quoted })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_of_any_shape_goes_to_the_parser() {
        for body in
            [&b"{}"[..], b"  [1]", b"\xEF\xBB\xBF{\"version\": 1}", b"\n\"text\"", b"-1", b"true", b"null", b"{ broken"]
        {
            assert_eq!(not_json(body), None, "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn html_empty_and_text_are_named() {
        assert_eq!(not_json(b"\n<!doctype html><html>"), Some(NotJson::Html));
        assert_eq!(not_json(b"<?xml version=\"1.0\"?>"), Some(NotJson::Html));
        assert_eq!(not_json(b""), Some(NotJson::Empty));
        assert_eq!(not_json(b" \r\n\t"), Some(NotJson::Empty));
        assert_eq!(not_json(b"\xEF\xBB\xBF"), Some(NotJson::Empty));
        assert_eq!(not_json(b"Service Unavailable"), Some(NotJson::Text { start: "Service Unavailable".into() }));
        let long = not_json("Ünïcödé text that goes on and on and on".as_bytes()).map(|n| n.to_string());
        assert_eq!(long.as_deref(), Some("the response starts with \"Ünïcödé text that goes o…\""));
        assert_eq!(not_json(b"\xFF\xFE"), Some(NotJson::Text { start: "\u{FFFD}\u{FFFD}".into() }));
    }
}
