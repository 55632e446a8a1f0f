//! Plain text in paragraphs (blank lines part them, a single line break stays one), the widget's
//! own words isolated from the briefing's language, and the small labels the 1.1 fields need.

use yew::prelude::*;

use super::Words;
use crate::model::{paragraphs, CalendarDate, ClockTime};

/// `text`'s paragraphs, each as its own block (`<p>`, or a `<span>` where a `<p>` may not stand).
pub fn paragraph_blocks(text: &str, tag: &'static str) -> Html {
    html! {
        { for paragraphs(text).into_iter().map(|paragraph| html! {
            <@{tag} class="paragraph">{ paragraph.to_owned() }</@>
        }) }
    }
}

/// The widget's own words inside the briefing: marked with their language and direction, so that
/// "4 points" in an Arabic briefing reads as English, left to right ("points 4" otherwise).
pub fn own_words(words: &'static Words, class: &'static str, text: String) -> Html {
    let language = words.language;
    html! { <span {class} lang={language.tag()} dir={language.direction()}>{ text }</span> }
}

/// A label that is there and not blank.
pub fn non_blank(label: Option<&str>) -> Option<&str> {
    label.filter(|l| !l.trim().is_empty())
}

/// A date as the reader should see it, or as written.
pub fn date_text(format: Option<&Callback<CalendarDate, String>>, date: CalendarDate) -> String {
    format.map_or_else(|| date.to_string(), |format| format.emit(date))
}

/// "09:30–17:00", "09:30" or nothing.
pub fn time_range(time: Option<ClockTime>, end: Option<ClockTime>) -> Option<String> {
    let time = time?;
    Some(match end {
        Some(end) => format!("{time}–{end}"),
        None => time.to_string(),
    })
}

/// The city of an IANA zone name, as its readers call the zone: "Europe/London" → "London",
/// "America/Argentina/Buenos_Aires" → "Buenos Aires".
pub fn zone_city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// Seconds as a clock reading: 95 → "1:35", 3723 → "1:02:03".
pub fn clock(seconds: u32) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(clock(95), "1:35");
        assert_eq!(clock(3723), "1:02:03");
        assert_eq!(clock(0), "0:00");
        assert_eq!(zone_city("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(zone_city("UTC"), "UTC");
        assert_eq!(non_blank(Some("  ")), None);
        assert_eq!(non_blank(Some("Page")), Some("Page"));
    }
}
