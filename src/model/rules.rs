//! The format's value rules (slugs, dates, language tags, URLs, text lengths) and the direction
//! a language tag's text runs in.

use super::error::ProblemKind;
use super::types::CalendarDate;

/// Checks a slug: 1–64 characters of `a-z`, `0-9` and `-`, starting with a letter or digit.
pub fn slug(value: &str) -> Result<(), ProblemKind> {
    let valid = (1..=64).contains(&value.len())
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-');
    if valid {
        Ok(())
    } else {
        Err(ProblemKind::NotSlug { value: value.to_owned() })
    }
}

/// Checks text length in Unicode code points: at least `min`, at most `max`.
pub fn text_length(value: &str, min: usize, max: usize) -> Result<(), ProblemKind> {
    let length = value.chars().count();
    if length < min {
        Err(ProblemKind::Empty)
    } else if length > max {
        Err(ProblemKind::TooLong { length, max })
    } else {
        Ok(())
    }
}

/// Parses a real calendar date written `YYYY-MM-DD`.
pub fn calendar_date(value: &str) -> Result<CalendarDate, ProblemKind> {
    let not_date = || ProblemKind::NotDate { value: value.to_owned() };
    let bytes = value.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    if !shaped {
        return Err(not_date());
    }
    let number = |range: std::ops::Range<usize>| value.get(range).and_then(|s| s.parse::<u16>().ok());
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return Err(not_date());
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if day == 0 || day > days_in_month {
        return Err(ProblemKind::NoSuchDate { value: value.to_owned() });
    }
    // Both fit: month ≤ 12 and day ≤ 31 were checked above.
    let (month, day) = (month as u8, day as u8);
    Ok(CalendarDate { year, month, day })
}

/// Checks a BCP 47 language tag's shape: a 2–8 letter primary subtag, then 1–8 character subtags.
pub fn language_tag(value: &str) -> Result<(), ProblemKind> {
    let mut subtags = value.split('-');
    let primary_ok =
        subtags.next().is_some_and(|s| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()));
    let rest_ok = subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(())
    } else {
        Err(ProblemKind::NotLanguageTag { value: value.to_owned() })
    }
}

/// Checks that a URL is absolute http or https with a host, and nothing a browser would reinterpret.
pub fn http_url(value: &str) -> Result<(), ProblemKind> {
    // The scheme is judged after any leading spaces, so that " https://x" is called incomplete.
    let start = value.trim_start();
    let lower = start.get(..8).unwrap_or(start).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        start.get(8..)
    } else if lower.starts_with("http://") {
        start.get(7..)
    } else {
        return Err(ProblemKind::NotHttpUrl);
    };
    let host_ok = rest.is_some_and(|r| r.chars().next().is_some_and(|c| !matches!(c, '/' | '?' | '#' | '\\')));
    let clean = !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if host_ok && clean {
        Ok(())
    } else {
        Err(ProblemKind::IncompleteUrl { value: value.to_owned() })
    }
}

/// The direction of text in a language: right-to-left for Arabic, Hebrew, Persian, Urdu and kin.
pub fn text_direction(lang: &str) -> &'static str {
    let primary = lang.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let rtl_script = lang.split('-').any(|s| s.eq_ignore_ascii_case("Arab") || s.eq_ignore_ascii_case("Hebr"));
    let rtl_language =
        matches!(primary.as_str(), "ar" | "he" | "iw" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb");
    if rtl_language || rtl_script {
        "rtl"
    } else {
        "ltr"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_languages_and_scripts() {
        for rtl in ["ar", "ar-EG", "he", "fa", "ur", "ckb", "az-Arab", "lad-Hebr"] {
            assert_eq!(text_direction(rtl), "rtl", "{rtl}");
        }
        for ltr in ["en", "zh-Hans", "az", "", "arn"] {
            assert_eq!(text_direction(ltr), "ltr", "{ltr}");
        }
    }

    #[test]
    fn slugs() {
        for ok in ["a", "drivers", "dealing-with-north-korea-2013", "2013", &"a".repeat(64)] {
            assert_eq!(slug(ok), Ok(()), "{ok}");
        }
        for bad in ["", "-a", "Drivers", "a_b", "a b", "ä", &"a".repeat(65)] {
            assert!(slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lengths_count_code_points() {
        assert_eq!(text_length(&"朱".repeat(300), 1, 300), Ok(()));
        assert_eq!(text_length(&"朱".repeat(301), 1, 300), Err(ProblemKind::TooLong { length: 301, max: 300 }));
        assert_eq!(text_length("", 1, 300), Err(ProblemKind::Empty));
    }

    #[test]
    fn dates_must_exist() {
        assert_eq!(calendar_date("2013-04-29"), Ok(CalendarDate { year: 2013, month: 4, day: 29 }));
        assert!(calendar_date("2024-02-29").is_ok());
        assert!(calendar_date("2000-02-29").is_ok());
        for bad in ["2023-02-29", "1900-02-29", "2013-04-31", "2013-13-01", "2013-00-10", "2013-01-00"] {
            assert!(matches!(calendar_date(bad), Err(ProblemKind::NoSuchDate { .. })), "{bad}");
        }
        for bad in ["2013-4-29", "29/04/2013", "2013-04-29T00:00", "２０１３-04-29", ""] {
            assert!(matches!(calendar_date(bad), Err(ProblemKind::NotDate { .. })), "{bad}");
        }
    }

    #[test]
    fn language_tags() {
        for ok in ["en", "zh-Hans", "ar", "en-GB", "sr-Latn-RS", "de-CH-1996"] {
            assert_eq!(language_tag(ok), Ok(()), "{ok}");
        }
        for bad in ["", "e", "english language", "en_GB", "en-", "zh-Hans-toolongsubtag"] {
            assert!(language_tag(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_http_and_https_urls() {
        for ok in ["https://example.org/event", "http://example.org", "HTTPS://EXAMPLE.ORG/x?y#z"] {
            assert_eq!(http_url(ok), Ok(()), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "ftp://example.org",
            "//example.org",
            "/relative",
            "",
        ] {
            assert_eq!(http_url(bad), Err(ProblemKind::NotHttpUrl), "{bad}");
        }
        for incomplete in [
            "https://",
            "https:///path",
            "http://?q",
            "https://exa mple.org",
            "https://example.org/\n",
            " https://example.org",
            "https://example.org/\u{0}",
        ] {
            assert_eq!(
                http_url(incomplete),
                Err(ProblemKind::IncompleteUrl { value: incomplete.into() }),
                "{incomplete:?}"
            );
        }
    }
}
