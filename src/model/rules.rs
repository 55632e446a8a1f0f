//! The format's value rules (slugs, dates, language tags, URLs, text lengths) and the direction
//! a language tag's text runs in.

use super::error::ProblemKind;
use super::types::{CalendarDate, ClockTime, Timestamp};

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

/// Parses a time of day written `HH:MM` on a 24-hour clock.
pub fn clock_time(value: &str) -> Result<ClockTime, ProblemKind> {
    let bytes = value.as_bytes();
    let two = |a: Option<&u8>, b: Option<&u8>| match (a, b) {
        (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() => Some((a - b'0') * 10 + (b - b'0')),
        _ => None,
    };
    let hour = two(bytes.first(), bytes.get(1));
    let minute = two(bytes.get(3), bytes.get(4));
    match (hour, minute) {
        (Some(hour), Some(minute)) if bytes.len() == 5 && bytes.get(2) == Some(&b':') && hour < 24 && minute < 60 => {
            Ok(ClockTime { hour, minute })
        }
        _ => Err(ProblemKind::NotTime { value: value.to_owned() }),
    }
}

/// Checks an IANA time zone name's shape: `UTC`, or `Area/Location` (`America/Argentina/Salta`)
/// of letters, digits, `_`, `+` and `-`. Whether the zone exists is the browser's to know: the
/// widget shows the times without the reader's own where it does not.
pub fn time_zone(value: &str) -> Result<(), ProblemKind> {
    let part_ok =
        |p: &str| (1..=30).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric() || b"_+-".contains(&b));
    let parts: Vec<&str> = value.split('/').collect();
    let area_ok = value.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    let valid = value == "UTC" || ((2..=3).contains(&parts.len()) && area_ok && parts.iter().all(|p| part_ok(p)));
    if valid {
        Ok(())
    } else {
        Err(ProblemKind::NotTimeZone { value: value.to_owned() })
    }
}

/// Parses an RFC 3339 date-time with an offset (`2013-04-30T09:00:00Z`, `…+08:00`, seconds with
/// an optional fraction), or a date alone (`2013-04-30`, counted from its midnight UTC).
pub fn timestamp(value: &str) -> Result<Timestamp, ProblemKind> {
    let bad = || ProblemKind::NotTimestamp { value: value.to_owned() };
    let date = calendar_date(value.get(..10).ok_or_else(bad)?).map_err(|kind| match kind {
        ProblemKind::NoSuchDate { .. } => kind,
        _ => bad(),
    })?;
    let rest = value.get(10..).ok_or_else(bad)?;
    let days = days_from_civil(date);
    if rest.is_empty() {
        return Ok(Timestamp { text: value.to_owned(), date, minutes: days * 1440 });
    }
    let rest = rest.strip_prefix(['T', 't']).ok_or_else(bad)?;
    let time = clock_time(rest.get(..5).ok_or_else(bad)?).map_err(|_| bad())?;
    let seconds = rest.get(5..8).filter(|s| {
        let b = s.as_bytes();
        b.first() == Some(&b':') && b.iter().skip(1).all(u8::is_ascii_digit) && s.get(1..).is_some_and(|d| d < "60")
    });
    let mut rest = rest.get(8..).filter(|_| seconds.is_some()).ok_or_else(bad)?;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(bad());
        }
        rest = fraction.get(digits..).ok_or_else(bad)?;
    }
    let offset = if rest == "Z" || rest == "z" {
        0
    } else {
        let sign = match rest.as_bytes().first() {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ => return Err(bad()),
        };
        let offset = clock_time(rest.get(1..).ok_or_else(bad)?).map_err(|_| bad())?;
        sign * (i64::from(offset.hour) * 60 + i64::from(offset.minute))
    };
    let minutes = days * 1440 + i64::from(time.hour) * 60 + i64::from(time.minute) - offset;
    Ok(Timestamp { text: value.to_owned(), date, minutes })
}

/// Days from 0000-03-01 to a date (Howard Hinnant's days_from_civil, shifted to stay positive).
fn days_from_civil(date: CalendarDate) -> i64 {
    let (month, day) = (i64::from(date.month), i64::from(date.day));
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era
}

/// Parses a moment in a recording, `H:MM:SS` or `M:SS`, to seconds.
pub fn recording_time(value: &str) -> Result<u32, ProblemKind> {
    let bad = || ProblemKind::NotRecordingTime { value: value.to_owned() };
    let parts: Vec<&str> = value.split(':').collect();
    let number = |part: &str, two: bool| {
        let ok = !part.is_empty() && part.len() <= 6 && part.bytes().all(|b| b.is_ascii_digit());
        let value = part.parse::<u32>().ok().filter(|_| ok)?;
        (!two || (part.len() == 2 && value < 60)).then_some(value)
    };
    let seconds = match parts.as_slice() {
        [m, s] => number(m, false).zip(number(s, true)).map(|(m, s)| m * 60 + s),
        [h, m, s] => number(h, false)
            .zip(number(m, true))
            .zip(number(s, true))
            .map(|((h, m), s)| h.saturating_mul(3600).saturating_add(m * 60 + s)),
        _ => None,
    };
    seconds.ok_or_else(bad)
}

/// The known field an unknown one probably means: the same name but for case, `_` and `-`; a
/// known synonym (`moderator` for `chair`); or a name one or two edits away.
pub fn did_you_mean(unknown: &str, known: &[&'static str]) -> Option<&'static str> {
    const SYNONYMS: &[(&str, &str)] = &[
        ("moderator", "chair"),
        ("chairperson", "chair"),
        ("chairedby", "chair"),
        ("participants", "speakers"),
        ("panelists", "speakers"),
        ("panellists", "speakers"),
        ("speaker", "speakers"),
        ("panel", "group"),
        ("side", "group"),
        ("team", "group"),
        ("description", "summary"),
        ("intro", "summary"),
        ("introduction", "summary"),
        ("abstract", "summary"),
        ("location", "venue"),
        ("place", "venue"),
        ("author", "byline"),
        ("authors", "byline"),
        ("organiser", "organizer"),
        ("organisers", "organizers"),
        ("host", "organizer"),
        ("hosts", "organizers"),
        ("position", "title"),
        ("jobtitle", "title"),
        ("honorific", "title"),
        ("quotation", "quote"),
        ("timestamp", "at"),
        ("time", "at"),
        ("type", "kind"),
        ("heading", "label"),
        ("asker", "by"),
        ("askedby", "by"),
        ("startdate", "date"),
        ("starttime", "time"),
        ("end", "endDate"),
        ("tz", "timeZone"),
        ("zone", "timeZone"),
        ("format", "attendance"),
        ("mode", "attendance"),
        ("edition", "series"),
    ];
    let normal = |name: &str| -> String {
        name.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(char::to_lowercase).collect()
    };
    let wanted = normal(unknown);
    if let Some(same) = known.iter().find(|k| normal(k) == wanted) {
        return Some(same);
    }
    if let Some((_, to)) = SYNONYMS.iter().find(|(from, to)| *from == wanted && known.contains(to)) {
        return known.iter().find(|k| *k == to).copied();
    }
    let allowed = if wanted.chars().count() <= 4 { 1 } else { 2 };
    known
        .iter()
        .map(|k| (edit_distance(&wanted, &normal(k)), *k))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

/// Levenshtein distance in code points, with one row of memory; long names give up early.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() > 40 || b.len() > 40 {
        return usize::MAX;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut previous = i;
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let (Some(&left), Some(&above)) = (row.get(j), row.get(j + 1)) else { break };
            let value = (previous + usize::from(ca != cb)).min(left + 1).min(above + 1);
            previous = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
        }
    }
    row.last().copied().unwrap_or(usize::MAX)
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
    fn clock_times() {
        assert_eq!(clock_time("09:30"), Ok(ClockTime { hour: 9, minute: 30 }));
        assert_eq!(clock_time("23:59"), Ok(ClockTime { hour: 23, minute: 59 }));
        for bad in ["9:30", "24:00", "12:60", "12.30", "12:300", "", "１２:30"] {
            assert!(matches!(clock_time(bad), Err(ProblemKind::NotTime { .. })), "{bad}");
        }
    }

    #[test]
    fn time_zones() {
        for ok in ["Europe/London", "America/Argentina/Salta", "UTC", "Etc/GMT+8", "Asia/Ho_Chi_Minh"] {
            assert_eq!(time_zone(ok), Ok(()), "{ok}");
        }
        for bad in ["BST", "europe/london", "Europe/", "Europe/Lon don", "+08:00", "", "A/B/C/D"] {
            assert!(time_zone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timestamps_order_across_offsets() {
        let utc = timestamp("2013-04-30T09:00:00Z").expect("valid");
        let seoul = timestamp("2013-04-30T17:30:00.5+09:00").expect("valid");
        let day = timestamp("2013-04-30").expect("valid");
        assert!(seoul.minutes < utc.minutes && day.minutes < seoul.minutes);
        assert_eq!(seoul.date, CalendarDate { year: 2013, month: 4, day: 30 });
        assert!(
            timestamp("2024-03-01").expect("valid").minutes - timestamp("2024-02-28").expect("valid").minutes
                == 2 * 1440
        );
        for bad in [
            "2013-04-30T09:00Z",
            "2013-04-30T09:00:00",
            "2013-04-30 09:00:00Z",
            "2013-04-30T09:00:00.Z",
            "30/04/2013",
            "2013-04-30T09:00:61Z",
        ] {
            assert!(matches!(timestamp(bad), Err(ProblemKind::NotTimestamp { .. })), "{bad}");
        }
        assert!(matches!(timestamp("2013-02-30"), Err(ProblemKind::NoSuchDate { .. })));
    }

    #[test]
    fn recording_times() {
        assert_eq!(recording_time("1:02:03"), Ok(3723));
        assert_eq!(recording_time("75:30"), Ok(4530));
        assert_eq!(recording_time("0:05"), Ok(5));
        for bad in ["1:2:3", "1:60", "1:02:60", "", "1:", ":30", "a:30", "1.5:00"] {
            assert!(recording_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn near_misses_are_suggested() {
        let section =
            ["id", "title", "theme", "open", "summary", "date", "time", "endTime", "speakers", "chair", "points"];
        assert_eq!(did_you_mean("moderator", &section), Some("chair"));
        assert_eq!(did_you_mean("end_time", &section), Some("endTime"));
        assert_eq!(did_you_mean("titel", &section), Some("title"));
        assert_eq!(did_you_mean("pionts", &section), Some("points"));
        assert_eq!(did_you_mean("colour", &section), None);
        assert_eq!(did_you_mean("x", &section), None);
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
