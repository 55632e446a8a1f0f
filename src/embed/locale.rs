//! The reader's language: which tag the widget's words follow, and dates formatted by `Intl`.

use wasm_bindgen::prelude::*;

use crate::model::{rules, CalendarDate, ClockTime};

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat(locales, options)`, which throws on a tag it cannot use.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
    fn date_time_format(locales: &JsValue, options: &JsValue) -> Result<js_sys::Intl::DateTimeFormat, JsValue>;
}

/// The language of the widget's words: the `lang` attribute, else the page's, else the browser's.
pub fn language_tag(attribute: Option<&str>) -> String {
    let window = web_sys::window();
    let page = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let browser = window.map(|w| w.navigator().language().unwrap_or_default());
    [attribute.map(str::to_owned), page, browser]
        .into_iter()
        .flatten()
        .find(|tag| rules::language_tag(tag).is_ok())
        .unwrap_or_else(|| "en".to_owned())
}

/// A date in the reader's language, e.g. "29 April 2013" or "2013年4月29日".
///
/// Always in Western digits, as the static copy of `briefing embed --inline` writes it: for
/// Arabic, Chromium and Firefox write "12 مارس 2024" where WebKit (Safari) would write
/// "١٢ مارس ٢٠٢٤", and the copy's replacement would change the date under the reader's eyes.
pub fn format_date(date: CalendarDate, tag: &str) -> Option<String> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into()).ok()?;
    js_sys::Reflect::set(&options, &"numberingSystem".into(), &"latn".into()).ok()?;
    let format = date_time_format(&js_sys::Array::of1(&tag.into()), &options).ok()?;
    // Midnight UTC of the day, its year set as it is: `Date.UTC` and `new Date(y, …)` would read
    // years 0 to 99 as 1900 to 1999.
    let moment = js_sys::Date::new(&JsValue::from_f64(0.0));
    moment.set_utc_full_year_with_month_date(u32::from(date.year), i32::from(date.month) - 1, i32::from(date.day));
    format.format().call1(&format, &moment).ok()?.as_string()
}

/// An `Intl.DateTimeFormat` for `tag` with options `pairs`, or none if the browser refuses them.
fn formatter(tag: &str, pairs: &[(&str, &str)]) -> Option<js_sys::Intl::DateTimeFormat> {
    let options = js_sys::Object::new();
    for (key, value) in pairs {
        js_sys::Reflect::set(&options, &(*key).into(), &(*value).into()).ok()?;
    }
    date_time_format(&js_sys::Array::of1(&tag.into()), &options).ok()
}

fn format_with(format: &js_sys::Intl::DateTimeFormat, moment: &js_sys::Date) -> Option<String> {
    format.format().call1(format, moment).ok()?.as_string()
}

/// The event's start, `time` on `date` in `zone`, as the reader's own clock shows it ("10:30"),
/// or nothing where it shows the same (the reader is in the event's zone, or its offset).
pub fn reader_time(date: CalendarDate, time: ClockTime, zone: &str, tag: &str) -> Option<String> {
    const CLOCK: [(&str, &str); 4] =
        [("hour", "2-digit"), ("minute", "2-digit"), ("hourCycle", "h23"), ("numberingSystem", "latn")];
    let wall = |zone: Option<&str>| {
        let mut pairs = CLOCK.to_vec();
        pairs.extend(zone.map(|zone| ("timeZone", zone)));
        formatter(tag, &pairs)
    };
    let (in_zone, in_reader) = (wall(Some(zone))?, wall(None)?);
    // The zone's wall clock at the event: try the time as if it were UTC, then move by the zone's
    // offset there (twice, to settle across a change of offset).
    let moment = js_sys::Date::new(&JsValue::from_f64(0.0));
    moment.set_utc_full_year_with_month_date(u32::from(date.year), i32::from(date.month) - 1, i32::from(date.day));
    moment.set_utc_hours(u32::from(time.hour));
    moment.set_utc_minutes(u32::from(time.minute));
    let target = moment.get_time();
    let numeric = formatter(
        "en-US",
        &[
            ("timeZone", zone),
            ("hourCycle", "h23"),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "numeric"),
        ],
    )?;
    for _ in 0..2 {
        let shown = wall_clock_ms(&numeric, &moment)?;
        moment.set_time(moment.get_time() + (target - shown));
    }
    let event = format_with(&in_zone, &moment)?;
    let mine = format_with(&in_reader, &moment)?;
    (event != mine).then_some(mine)
}

/// What a zone's wall clock shows at `moment`, read back as if it were UTC, in milliseconds.
fn wall_clock_ms(format: &js_sys::Intl::DateTimeFormat, moment: &js_sys::Date) -> Option<f64> {
    let parts = format.format_to_parts(moment);
    let part = |name: &str| {
        parts.iter().find_map(|p| {
            let kind = js_sys::Reflect::get(&p, &"type".into()).ok()?.as_string()?;
            let value = js_sys::Reflect::get(&p, &"value".into()).ok()?.as_string()?;
            // Whole numbers only: no float parser in the wasm.
            (kind == name).then(|| value.parse::<u32>().ok()).flatten()
        })
    };
    let (year, month, day) = (part("year")?, part("month")?, part("day")?);
    let (hour, minute) = (part("hour")? % 24, part("minute")?);
    let utc = js_sys::Date::new(&JsValue::from_f64(0.0));
    utc.set_utc_full_year_with_month_date(year, i32::try_from(month).ok()? - 1, i32::try_from(day).ok()?);
    utc.set_utc_hours(hour);
    utc.set_utc_minutes(minute);
    Some(utc.get_time())
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen_test::*;

    use super::format_date;
    use crate::model::rules::calendar_date;

    wasm_bindgen_test_configure!(run_in_browser);

    /// The browser's labels for dates from year 0 to 9999, which `briefing render` also prints.
    const DATE_LABELS: &str = include_str!("../../tests/fixtures/date-labels.tsv");

    /// Every year in its own right: a `Date` built from a two-digit year would mean 19xx.
    #[wasm_bindgen_test]
    fn dates_show_their_own_year_in_every_language() {
        let lines = DATE_LABELS.lines().filter(|line| !line.starts_with('#'));
        let mut checked = 0;
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            let [date, tag, label] = fields[..] else { panic!("three fields in {line:?}") };
            let date = calendar_date(date).unwrap();
            assert_eq!(format_date(date, tag).as_deref(), Some(label), "{date} in {tag}");
            checked += 1;
        }
        assert!(checked >= 30, "{checked} dates checked");
    }
}
