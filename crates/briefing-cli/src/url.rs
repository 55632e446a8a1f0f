//! URLs the embed snippet may point to: absolute http(s), as the model accepts them, or relative.

use std::str::FromStr;

use briefing_widget::model::rules;
use thiserror::Error;
use url::{ParseError, Url};

/// A URL fit for the snippet's `src` and `href` attributes: written as the partner gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WidgetUrl {
    text: String,
    /// The URL as browsers read it, when it is absolute; `None` for a relative reference.
    absolute: Option<Box<Url>>,
}

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
        &self.text
    }

    /// The file `name` in the same folder, e.g. the stylesheet beside the widget's script:
    /// `https://cdn.example.org` and `https://cdn.example.org/v1/` hold `…/name` at their root and in
    /// `v1/`. An absolute URL is resolved by the WHATWG URL rules; a relative reference keeps its
    /// own form (`../widget/`), which the page's URL resolves later.
    pub fn sibling(&self, name: &str) -> Self {
        if let Some(joined) = self.absolute.as_ref().and_then(|url| url.join(name).ok()) {
            return Self { text: joined.to_string(), absolute: Some(Box::new(joined)) };
        }
        let path = self.text.split(['?', '#']).next().unwrap_or_default();
        let last_segment = path.rsplit('/').next().unwrap_or_default();
        let folder = if matches!(last_segment, "." | "..") {
            // `..` names a folder: the file is inside it.
            format!("{path}/")
        } else {
            path.rfind('/').and_then(|end| path.get(..=end)).unwrap_or_default().to_owned()
        };
        Self { text: format!("{folder}{name}"), absolute: None }
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
        if value.starts_with("//") {
            return Err(UrlError::SchemeRelative);
        }
        let absolute = match Url::parse(value) {
            Ok(url) => {
                // The model's rule too, so that the snippet never links what a briefing may not.
                let http = matches!(url.scheme(), "http" | "https") && rules::http_url(value).is_ok();
                if !http {
                    return Err(UrlError::Scheme);
                }
                Some(Box::new(url))
            }
            Err(ParseError::RelativeUrlWithoutBase) => None,
            // A scheme with a broken rest, such as `https://` without a host.
            Err(_) => return Err(UrlError::Scheme),
        };
        Ok(Self { text: value.to_owned(), absolute })
    }
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
            assert_eq!(ok.parse::<WidgetUrl>().map(|u| u.text), Ok(ok.to_owned()), "{ok}");
        }
    }

    #[test]
    fn siblings_sit_in_the_same_folder() {
        let sibling = |url: &str| url.parse::<WidgetUrl>().map(|u| u.sibling("briefing-widget.css").text);
        assert_eq!(
            sibling("https://cdn.example.org/briefing-widget/v1/briefing-widget.js"),
            Ok("https://cdn.example.org/briefing-widget/v1/briefing-widget.css".to_owned())
        );
        assert_eq!(sibling("../widget/briefing-widget.js?v=2#x"), Ok("../widget/briefing-widget.css".to_owned()));
        assert_eq!(sibling("/a/b/?x=/y"), Ok("/a/b/briefing-widget.css".to_owned()));
        assert_eq!(sibling("briefing-widget.js"), Ok("briefing-widget.css".to_owned()));
        assert_eq!(sibling("https://cdn.example.org"), Ok("https://cdn.example.org/briefing-widget.css".to_owned()));
        assert_eq!(
            sibling("https://cdn.example.org?x=/y"),
            Ok("https://cdn.example.org/briefing-widget.css".to_owned())
        );
        assert_eq!(sibling("../.."), Ok("../../briefing-widget.css".to_owned()));
        assert_eq!(sibling("./"), Ok("./briefing-widget.css".to_owned()));
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
