//! The reader's language: which tag the widget's words follow, and dates formatted by `Intl`.

use wasm_bindgen::prelude::*;

use crate::model::{rules, CalendarDate};

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
    let utc = js_sys::Date::utc(f64::from(date.year), f64::from(date.month) - 1.0);
    let moment = js_sys::Date::new(&JsValue::from_f64(utc + (f64::from(date.day) - 1.0) * 86_400_000.0));
    format.format().call1(&format, &moment).ok()?.as_string()
}
