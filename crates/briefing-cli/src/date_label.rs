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
/// language tag (`en`, `zh-Hans`, `ar`), so that the static copy and the widget agree; years
/// before 1000 without leading zeros ("April 29, 13"), as `Intl` writes them.
pub fn long_date(date: CalendarDate, language: Language) -> String {
    let CalendarDate { year, month, day } = date;
    // Intl writes the year of the era, without the era: ISO year 0000 is 1 BC, written 1.
    let year = year.max(1);
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
    use briefing_widget::model::rules::calendar_date;

    /// The labels Chromium writes (checked in the browser by `src/embed/locale.rs`'s test).
    const DATE_LABELS: &str = include_str!("../../../tests/fixtures/date-labels.tsv");

    #[test]
    fn dates_read_as_the_browser_writes_them() {
        let mut checked = 0;
        for line in DATE_LABELS.lines().filter(|line| !line.starts_with('#')) {
            let fields: Vec<&str> = line.split('\t').collect();
            let [date, tag, label] = fields[..] else { panic!("three fields in {line:?}") };
            let date = calendar_date(date).expect("a date");
            assert_eq!(long_date(date, Language::from_tag(tag)), label, "{date} in {tag}");
            checked += 1;
        }
        assert!(checked >= 30, "{checked} dates checked");
    }
}
