//! The iframe page (`<id>/embed.html`) and its oEmbed 1.0 description (`<id>/oembed.json`).
//!
//! The iframe page works inside `sandbox="allow-scripts"` (WordPress's, for any author): an
//! opaque origin with no storage or cookies, so the briefing travels in the page as a JSON data
//! block, and the widget's files are fetched with CORS. Sections start closed, so that long
//! briefings fit WordPress's height clamp (200–1000 px); past it, the iframe scrolls.

use briefing_widget::model::Briefing;
use serde_json::json;

use super::page::{loader_tag, Assets};
use super::{html, json_in_script, Entry, Urls};
use crate::error::CliError;

/// The iframe's width in the oEmbed answer and the pasted code; hosts fit it to their column.
pub const WIDTH: u32 = 640;
/// How long a consumer may cache the oEmbed answer, in seconds.
const CACHE_AGE: u32 = 86_400;

/// A first height for the iframe, before the page reports its own: the header, and one closed
/// section per row (about what the widget draws at 640 px), within WordPress's 200–1000 px.
pub fn estimated_height(briefing: &Briefing) -> u32 {
    let sections = u32::try_from(briefing.sections.len()).unwrap_or(u32::MAX);
    let speakers = u32::try_from(briefing.speakers.len()).unwrap_or(u32::MAX);
    let summary = if briefing.summary.is_some() { 120 } else { 0 };
    let estimate = 190_u32
        .saturating_add(summary)
        .saturating_add(speakers.div_ceil(2).saturating_mul(52))
        .saturating_add(sections.saturating_mul(58));
    estimate.clamp(200, 1000)
}

/// The iframe element for the briefing's iframe page, with `extra` attributes.
pub fn iframe(briefing: &Briefing, urls: &Urls, extra: &str) -> String {
    format!(
        "<iframe src=\"{src}\" width=\"{WIDTH}\" height=\"{height}\" title=\"{title}\" frameborder=\"0\"{extra}></iframe>",
        src = html(&urls.embed(&briefing.id)),
        height = estimated_height(briefing),
        title = html(&briefing.title),
    )
}

pub fn embed_page(entry: &Entry, urls: &Urls, loader: Option<&[u8]>) -> String {
    let briefing = &entry.briefing;
    let language = entry.rendered.language;
    let lang = briefing.lang.clone().unwrap_or_else(|| language.tag().to_owned());
    let page = urls.page(&briefing.id);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>{title}</title>\n\
         <meta name=\"robots\" content=\"noindex\">\n<link rel=\"canonical\" href=\"{page}\">\n\
         <link rel=\"stylesheet\" href=\"{css}\">\n</head>\n<body class=\"embed-page\">\n\
         <briefing-widget heading-level=\"2\" open=\"none\" lang=\"{widget_lang}\">\
         <p class=\"embed-fallback\"><a href=\"{page}\">{title}</a></p></briefing-widget>\n\
         <p class=\"embed-source\"><a href=\"{page}\" data-briefing-page>{read}</a></p>\n\
         <script type=\"application/json\" id=\"briefing-data\">{json}</script>\n\
         <script src=\"{embed_script}\"></script>\n{loader}\n</body>\n</html>\n",
        lang = html(&lang),
        dir = language.direction(),
        title = html(&briefing.title),
        page = html(&page),
        css = Assets::IN_BRIEFING.file("briefing-page.css"),
        widget_lang = language.tag(),
        read = html(read_more(language.tag())),
        json = json_in_script(entry.json.trim_end()),
        embed_script = Assets::IN_BRIEFING.file("briefing-embed.js"),
        loader = loader_tag(&Assets::IN_BRIEFING, loader).replace("<script defer ", "<script "),
    )
}

/// The iframe page's link to the briefing's page, in the widget's language.
fn read_more(tag: &str) -> &'static str {
    match tag {
        "zh-Hans" => "阅读完整简报",
        "ar" => "اقرأ الموجز كاملًا",
        _ => "Read the full briefing",
    }
}

/// oEmbed 1.0, `type: "rich"`. The `html` is a link in a `<blockquote>` and the iframe: WordPress
/// shows the link until the iframe reports its height (and loads its resizing script only for an
/// embed that has such a blockquote); other consumers show both.
pub fn oembed(entry: &Entry, urls: &Urls, site_name: &str) -> Result<String, CliError> {
    let briefing = &entry.briefing;
    let markup = format!(
        "<blockquote><a href=\"{page}\">{title}</a></blockquote>{iframe}",
        page = html(&urls.page(&briefing.id)),
        title = html(&briefing.title),
        iframe = iframe(briefing, urls, " sandbox=\"allow-scripts\""),
    );
    let mut answer = json!({
        "version": "1.0",
        "type": "rich",
        "title": briefing.title,
        "provider_name": site_name,
        "provider_url": urls.base,
        "cache_age": CACHE_AGE,
        "width": WIDTH,
        "height": estimated_height(briefing),
        "html": markup,
    });
    if let (Some(organizer), Some(map)) = (&briefing.organizer, answer.as_object_mut()) {
        map.insert("author_name".into(), organizer.name.clone().into());
        if let Some(url) = &organizer.url {
            map.insert("author_url".into(), url.clone().into());
        }
    }
    Ok(serde_json::to_string_pretty(&answer)? + "\n")
}
