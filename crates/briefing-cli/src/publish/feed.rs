//! The Atom feed (RFC 4287) and the sitemap (sitemaps.org 0.9).

use briefing_widget::model::Briefing;

use super::{description, Entry, Urls};

/// Text for XML content and attribute values; characters XML 1.0 cannot hold are left out.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// When the briefing last changed, as RFC 3339: `updated`, `published`, else the event's date at
/// midnight UTC. A briefing with none gets the Unix epoch, so that the same input gives the same feed.
fn updated(briefing: &Briefing) -> String {
    // Format 1.1's `updated`, else `published`, as RFC 3339 (a date alone at midnight UTC).
    let stamp = briefing.updated.as_ref().or(briefing.published.as_ref()).map(|t| t.text.clone());
    match stamp {
        Some(text) if text.contains('T') => text,
        Some(date) => format!("{date}T00:00:00Z"),
        None => briefing.date.map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), |date| format!("{date}T00:00:00Z")),
    }
}

pub fn atom(entries: &[Entry], urls: &Urls, site_name: &str) -> String {
    let newest = entries.iter().map(|e| updated(&e.briefing)).max().unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <id>{base}</id>\n<title>{site}</title>\n<updated>{newest}</updated>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{base}feed.xml\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{base}\"/>\n\
         <author><name>{site}</name></author>\n",
        base = xml(&urls.base),
        site = xml(site_name),
    );
    for entry in entries {
        let briefing = &entry.briefing;
        let page = urls.page(&briefing.id);
        let lang = briefing.lang.as_deref().map(|l| format!(" xml:lang=\"{}\"", xml(l))).unwrap_or_default();
        let author = briefing
            .organizer
            .as_ref()
            .map(|o| format!("<author><name>{}</name></author>", xml(&o.name)))
            .unwrap_or_default();
        out.push_str(&format!(
            "<entry{lang}>\n<id>{page}</id>\n<title>{title}</title>\n<updated>{updated}</updated>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n{author}<summary>{summary}</summary>\n</entry>\n",
            page = xml(&page),
            title = xml(&briefing.title),
            updated = updated(briefing),
            summary = xml(&description(briefing)),
        ));
    }
    out.push_str("</feed>\n");
    out
}

pub fn sitemap(entries: &[Entry], urls: &Urls) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    out.push_str(&format!("<url><loc>{}</loc></url>\n", xml(&urls.base)));
    for entry in entries {
        let lastmod = entry.briefing.date.map(|d| format!("<lastmod>{d}</lastmod>")).unwrap_or_default();
        out.push_str(&format!("<url><loc>{}</loc>{lastmod}</url>\n", xml(&urls.page(&entry.briefing.id))));
    }
    out.push_str("</urlset>\n");
    out
}
