//! URLs the embed snippet may point to: absolute http(s), as the model accepts them, or relative.

use std::str::FromStr;

use briefing_widget::model::rules;
use thiserror::Error;

/// A URL fit for the snippet's `src` and `href` attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetUrl(String);

/// Why a URL is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum UrlError {
    #[error("the URL is empty")]
    Empty,
    #[error("only http and https URLs, or relative ones, are allowed")]
    Scheme,
    #[error("a scheme-relative URL (//host/…) depends on the page's scheme; write https://host/…")]
    SchemeRelative,
    #[error("the URL contains whitespace, a control character or a backslash")]
    Unclean,
}

impl WidgetUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file `name` in the same folder, e.g. the stylesheet beside the widget's script.
    pub fn sibling(&self, name: &str) -> Self {
        let path = self.0.split(['?', '#']).next().unwrap_or_default();
        let folder = path.rfind('/').and_then(|end| path.get(..=end)).unwrap_or_default();
        // A folder of a valid URL plus a plain file name is still one.
        Self(format!("{folder}{name}"))
    }
}

impl FromStr for WidgetUrl {
    type Err = UrlError;

    fn from_str(value: &str) -> Result<Self, UrlError> {
        if value.is_empty() {
            return Err(UrlError::Empty);
        }
        if value.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\') {
            return Err(UrlError::Unclean);
        }
        if has_scheme(value) {
            rules::http_url(value).map_err(|_| UrlError::Scheme)?;
        } else if value.starts_with("//") {
            return Err(UrlError::SchemeRelative);
        }
        Ok(Self(value.to_owned()))
    }
}

/// Whether a URL starts with a scheme (`name:` before any `/`, `?` or `#`), as a browser reads it.
fn has_scheme(value: &str) -> bool {
    let head = value.split(['/', '?', '#']).next().unwrap_or_default();
    head.split_once(':').is_some_and(|(scheme, _)| {
        scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_https_and_relative_urls_pass() {
        for ok in [
            "https://data.example.org/briefings/a.json",
            "http://localhost:8080/a.json",
            "/briefings/a.json",
            "briefings/a.json",
            "../a.json?v=2#x",
            "./a:b.json",
        ] {
            assert_eq!(ok.parse::<WidgetUrl>().map(|u| u.0), Ok(ok.to_owned()), "{ok}");
        }
    }

    #[test]
    fn siblings_sit_in_the_same_folder() {
        let sibling = |url: &str| url.parse::<WidgetUrl>().map(|u| u.sibling("briefing-widget.css").0);
        assert_eq!(
            sibling("https://cdn.example.org/briefing-widget/v1/briefing-widget.js"),
            Ok("https://cdn.example.org/briefing-widget/v1/briefing-widget.css".to_owned())
        );
        assert_eq!(sibling("../widget/briefing-widget.js?v=2#x"), Ok("../widget/briefing-widget.css".to_owned()));
        assert_eq!(sibling("/a/b/?x=/y"), Ok("/a/b/briefing-widget.css".to_owned()));
        assert_eq!(sibling("briefing-widget.js"), Ok("briefing-widget.css".to_owned()));
    }

    #[test]
    fn other_schemes_and_unclean_urls_fail() {
        assert_eq!("javascript:alert(1)".parse::<WidgetUrl>(), Err(UrlError::Scheme));
        assert_eq!("JavaScript:alert(1)".parse::<WidgetUrl>(), Err(UrlError::Scheme));
        assert_eq!("data:text/html,x".parse::<WidgetUrl>(), Err(UrlError::Scheme));
        assert_eq!("localhost:8080/a.json".parse::<WidgetUrl>(), Err(UrlError::Scheme));
        assert_eq!("ftp://example.org/a.json".parse::<WidgetUrl>(), Err(UrlError::Scheme));
        assert_eq!("https://".parse::<WidgetUrl>(), Err(UrlError::Scheme));
        assert_eq!("//cdn.example.org/a.js".parse::<WidgetUrl>(), Err(UrlError::SchemeRelative));
        assert_eq!("a b.json".parse::<WidgetUrl>(), Err(UrlError::Unclean));
        assert_eq!("\\\\evil".parse::<WidgetUrl>(), Err(UrlError::Unclean));
        assert_eq!("".parse::<WidgetUrl>(), Err(UrlError::Empty));
    }
}
