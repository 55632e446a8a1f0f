//! The briefing's own page (`<id>/index.html`) and the site's index (`index.html`).

use super::{description, html, jsonld, Entry, Urls, VERSION};
use crate::date_label::long_date;
use crate::embed::sha384;

/// The widget's files as the pages link them, from a page one folder down (`<id>/`) or at the root.
pub struct Assets {
    prefix: &'static str,
}

impl Assets {
    pub const IN_BRIEFING: Self = Self { prefix: "../" };
    pub const AT_ROOT: Self = Self { prefix: "" };

    pub fn file(&self, name: &str) -> String {
        format!("{}widget/{VERSION}/{name}", self.prefix)
    }
}

/// The loader's script tag; with `loader` (its bytes), pinned by its hash, so that the loader in
/// turn loads only its own build's glue and module.
pub fn loader_tag(assets: &Assets, loader: Option<&[u8]>) -> String {
    let pinned =
        loader.map_or(String::new(), |bytes| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", sha384(bytes)));
    // `defer`: a classic script runs only once the stylesheet above it is in, so the module's
    // download starts after what the first paint needs (on a slow link it would compete with it).
    format!("<script defer src=\"{}\"{pinned}></script>", assets.file("briefing-widget.js"))
}

/// The head's common part: charset, viewport, title, stylesheet.
fn head_start(lang: &str, dir: &str, title: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n<title>{title}</title>\n",
        lang = html(lang),
        title = html(title),
    )
}

/// The static copy inside the element, as the widget's first render lays it out.
pub fn element(entry: &Entry, attributes: &str) -> String {
    let language = entry.rendered.language;
    format!(
        "<briefing-widget src=\"briefing.json\" heading-level=\"1\" open=\"all\" lang=\"{widget_lang}\"{attributes}>\
         <div class=\"root\" data-prerendered slot=\"briefing-copy\"><div class=\"frame\" lang=\"{widget_lang}\" dir=\"{dir}\">{copy}</div></div>\
         </briefing-widget>",
        widget_lang = language.tag(),
        dir = language.direction(),
        copy = without_part_attributes(&entry.rendered.html),
    )
}

/// The copy without `part` attributes: they name parts of a shadow tree, and in the light DOM they
/// style nothing (and HTML has no such attribute outside one). Yew escapes `<` in text and `"` in
/// attribute values, so every `<` starts a tag and every `"` in a tag delimits a value.
pub fn without_part_attributes(html: &str) -> String {
    const PART: &str = " part=\"";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let (text, tag_and_rest) = rest.split_at(open);
        out.push_str(text);
        let end = tag_end(tag_and_rest);
        let (tag, after) = tag_and_rest.split_at(end);
        let mut tag = tag;
        while let Some(at) = attribute_start(tag, PART) {
            out.push_str(tag.get(..at).unwrap_or_default());
            let value = tag.get(at + PART.len()..).unwrap_or_default();
            tag = value.find('"').and_then(|close| value.get(close + 1..)).unwrap_or_default();
        }
        out.push_str(tag);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The offset just past the `>` that ends the tag at the start of `text` (quoted values skipped).
fn tag_end(text: &str) -> usize {
    let mut quoted = false;
    for (i, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '>' if !quoted => return i + 1,
            _ => {}
        }
    }
    text.len()
}

/// Where `attribute` starts in `tag`, outside quoted values.
fn attribute_start(tag: &str, attribute: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in tag.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && tag.get(i..).is_some_and(|t| t.starts_with(attribute)) {
            return Some(i);
        }
    }
    None
}

pub fn briefing_page(entry: &Entry, urls: &Urls, site_name: &str, loader: Option<&[u8]>) -> String {
    let briefing = &entry.briefing;
    let id = &briefing.id;
    let page = urls.page(id);
    let language = entry.rendered.language;
    let lang = briefing.lang.clone().unwrap_or_else(|| language.tag().to_owned());
    let description = description(briefing);
    let title = format!("{} · {site_name}", briefing.title);
    let mut head = head_start(&lang, language.direction(), &title);
    let meta = |name: &str, value: &str| format!("<meta name=\"{name}\" content=\"{}\">\n", html(value));
    let property = |name: &str, value: &str| format!("<meta property=\"{name}\" content=\"{}\">\n", html(value));
    head.push_str(&meta("description", &description));
    head.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", html(&page)));
    // This language's version, and format 1.1's translations.
    head.push_str(&format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n", html(&lang), html(&page)));
    for translation in &briefing.translations {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            html(&translation.lang),
            html(&translation.url)
        ));
    }
    head.push_str(&format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">\n",
        html(&urls.oembed(id)),
        html(&briefing.title)
    ));
    head.push_str(&format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../feed.xml\" title=\"{}\">\n",
        html(site_name)
    ));
    head.push_str(&property("og:type", "article"));
    head.push_str(&property("og:title", &briefing.title));
    head.push_str(&property("og:description", &description));
    head.push_str(&property("og:url", &page));
    head.push_str(&property("og:site_name", site_name));
    if let Some(date) = briefing.date {
        head.push_str(&property("article:published_time", &date.to_string()));
    }
    head.push_str(&meta("twitter:card", "summary"));
    head.push_str(&meta("twitter:title", &briefing.title));
    head.push_str(&meta("twitter:description", &description));
    head.push_str(&format!("<link rel=\"stylesheet\" href=\"{}\">\n", Assets::IN_BRIEFING.file("briefing-page.css")));
    head.push_str(&loader_tag(&Assets::IN_BRIEFING, loader));
    head.push('\n');
    head.push_str(&jsonld::script(briefing, Some(&page)));
    head.push_str("\n</head>\n");
    let embed_code = super::frame::iframe(briefing, urls, " sandbox=\"allow-scripts\"");
    format!(
        "{head}<body class=\"briefing-page\">\n<header class=\"page-bar\"><a href=\"../\">{site}</a></header>\n\
         <main class=\"page-main\">\n{element}\n</main>\n\
         <footer class=\"page-footer\">\n<p>Embed this briefing: paste this page's address on its own line in \
         WordPress, Ghost and other editors that take links, or this iframe with \
         <a href=\"{frame_script}\">briefing-frame.js</a>:</p>\n<pre><code>{code}</code></pre>\n\
         <p><a href=\"briefing.json\">The briefing as JSON</a> · <a href=\"../feed.xml\">Atom feed</a></p>\n</footer>\n\
         </body>\n</html>\n",
        site = html(site_name),
        element = element(entry, ""),
        frame_script = Assets::IN_BRIEFING.file("briefing-frame.js"),
        code = html(&embed_code),
    )
}

/// Every briefing, newest first.
pub fn index_page(entries: &[Entry], urls: &Urls, site_name: &str) -> String {
    let mut head = head_start("en", "ltr", site_name);
    head.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", html(&urls.base)));
    head.push_str(&format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\" title=\"{}\">\n",
        html(site_name)
    ));
    head.push_str(&format!("<meta name=\"description\" content=\"{} briefings.\">\n", entries.len()));
    head.push_str(&format!(
        "<link rel=\"stylesheet\" href=\"{}\">\n</head>\n",
        Assets::AT_ROOT.file("briefing-page.css")
    ));
    let mut items = String::new();
    for entry in entries {
        let briefing = &entry.briefing;
        let lang = briefing.lang.clone().unwrap_or_else(|| entry.rendered.language.tag().to_owned());
        let date = briefing
            .date
            .map(|d| format!(" <time datetime=\"{d}\">{}</time>", html(&long_date(d, entry.rendered.language))))
            .unwrap_or_default();
        let by = briefing.organizer.as_ref().map(|o| format!(" · {}", html(&o.name))).unwrap_or_default();
        items.push_str(&format!(
            "<li lang=\"{lang}\"><h2><a href=\"{id}/\">{title}</a></h2><p class=\"index-meta\">{date}{by}</p><p>{description}</p></li>\n",
            lang = html(&lang),
            id = briefing.id,
            title = html(&briefing.title),
            description = html(&description(briefing)),
        ));
    }
    format!(
        "{head}<body class=\"index-page\">\n<main class=\"page-main\">\n<h1>{site}</h1>\n<ol class=\"index-list\">\n{items}</ol>\n\
         <p><a href=\"feed.xml\">Atom feed</a> · <a href=\"sitemap.xml\">Sitemap</a></p>\n</main>\n</body>\n</html>\n",
        site = html(site_name),
    )
}

#[cfg(test)]
mod tests {
    use super::without_part_attributes;

    #[test]
    fn part_attributes_go_and_text_stays() {
        assert_eq!(
            without_part_attributes("<li class=\"point\" part=\"point\"><span title=\" part=&quot;x\" part=\"mention\">he said part=\"x\" &lt;b part=\"y\"&gt;</span></li>"),
            "<li class=\"point\"><span title=\" part=&quot;x\">he said part=\"x\" &lt;b part=\"y\"&gt;</span></li>"
        );
    }
}
