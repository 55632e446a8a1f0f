//! A briefing's date as the widget writes it: `Intl.DateTimeFormat` with `dateStyle: "long"`.

use briefing_widget::components::Language;
use briefing_widget::model::CalendarDate;

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ARABIC_MONTHS: [&str; 12] =
    ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

/// "April 29, 2013", "2013年4月29日" or "29 أبريل 2013": what browsers show for the widget's
/// language tag (`en`, `zh-Hans`, `ar`), so that the static copy and the widget agree.
pub fn long_date(date: CalendarDate, language: Language) -> String {
    let CalendarDate { year, month, day } = date;
    let month_name = |names: [&'static str; 12]| names.get(usize::from(month).saturating_sub(1)).copied();
    match language {
        Language::English => match month_name(ENGLISH_MONTHS) {
            Some(name) => format!("{name} {day}, {year}"),
            None => date.to_string(),
        },
        Language::Chinese => format!("{year}年{month}月{day}日"),
        Language::Arabic => match month_name(ARABIC_MONTHS) {
            Some(name) => format!("{day} {name} {year}"),
            None => date.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As Chromium 156 and Node 22 print `new Intl.DateTimeFormat([tag], {dateStyle: "long",
    /// timeZone: "UTC"}).format(Date.UTC(2013, 3, 29))`.
    #[test]
    fn dates_read_as_the_browser_writes_them() {
        let date = CalendarDate { year: 2013, month: 4, day: 29 };
        assert_eq!(long_date(date, Language::English), "April 29, 2013");
        assert_eq!(long_date(date, Language::Chinese), "2013年4月29日");
        assert_eq!(long_date(date, Language::Arabic), "29 أبريل 2013");
        let first = CalendarDate { year: 987, month: 1, day: 5 };
        assert_eq!(long_date(first, Language::English), "January 5, 987");
        assert_eq!(long_date(CalendarDate { year: 2013, month: 12, day: 31 }, Language::Arabic), "31 ديسمبر 2013");
    }
}
