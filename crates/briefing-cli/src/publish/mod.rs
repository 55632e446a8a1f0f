//! `briefing publish`: a static site of briefings (embedding contract 1.2, "Published pages,
//! iframes and oEmbed"): each briefing's page, iframe page, oEmbed JSON and document; the index,
//! the Atom feed and the sitemap; the widget's distribution and the headers file.
//!
//! The whole site is made in memory first (`Site`, sorted by path, so the same input gives the
//! same bytes), then written to a fresh folder beside `--out` that takes `--out`'s place in one
//! rename: an error anywhere leaves nothing behind and `--out` as it was.

mod css;
mod feed;
mod frame;
pub mod jsonld;
mod page;
mod site;
mod widget;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use briefing_widget::model::{parse_briefing, Briefing};

use crate::cli::PublishArgs;
use crate::error::{read, CliError, Outcome};
use crate::render::{self, Rendered};
pub use site::Site;

/// The version of the widget the pages load, under `widget/<version>/`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// One briefing to publish, with where it came from and what it becomes.
pub struct Entry {
    /// The document as given (JSON input) or converted (Markdown): `briefing.json` and the
    /// iframe page carry these bytes, with fields this version does not know.
    pub json: String,
    pub briefing: Briefing,
    pub rendered: Rendered,
}

/// The site's public URLs.
#[derive(Debug, Clone)]
pub struct Urls {
    /// Absolute, ending in `/`.
    pub base: String,
}

impl Urls {
    pub fn parse(base: &str) -> Result<Self, CliError> {
        let bad = |why: &str| CliError::Arguments(format!("--base-url {base:?}: {why}"));
        let url = url::Url::parse(base).map_err(|error| bad(&error.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(bad("must be an absolute http or https URL"));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad("must have no query or fragment"));
        }
        let mut base = url.to_string();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(Self { base })
    }

    pub fn page(&self, id: &str) -> String {
        format!("{}{id}/", self.base)
    }

    pub fn embed(&self, id: &str) -> String {
        format!("{}{id}/embed.html", self.base)
    }

    pub fn oembed(&self, id: &str) -> String {
        format!("{}{id}/oembed.json", self.base)
    }
}

/// Ids that would collide with the site's own folders.
const RESERVED_IDS: [&str; 1] = ["widget"];

/// Reads every input: JSON as the widget reads it, Markdown through the converter.
fn load(file: &Path) -> Result<Entry, CliError> {
    let markdown = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
    let json = if markdown {
        crate::from_markdown::convert_file(file)?
    } else {
        let bytes = read(file)?;
        // The model accepts only UTF-8; its message names the problem.
        match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                let messages = parse_briefing(error.as_bytes()).err().map(|e| e.messages()).unwrap_or_default();
                return Err(CliError::NotBriefing { path: file.to_owned(), messages });
            }
        }
    };
    let briefing = parse_briefing(json.as_bytes())
        .map_err(|error| CliError::NotBriefing { path: file.to_owned(), messages: error.messages() })?;
    if RESERVED_IDS.contains(&briefing.id.as_str()) {
        return Err(CliError::Invalid(format!(
            "{}: id: \"{}\" is the name of the site's widget folder; choose another id",
            file.display(),
            briefing.id
        )));
    }
    let rendered = render::render(briefing.clone(), 1)?;
    Ok(Entry { json, briefing, rendered })
}

/// Every input, newest first (by date, then id), or the first problem found.
pub fn load_all(files: &[PathBuf]) -> Result<Vec<Entry>, CliError> {
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut entries = Vec::with_capacity(files.len());
    let mut problems = Vec::new();
    for file in files {
        match load(file) {
            Ok(entry) => {
                if let Some(first) = seen.get(&entry.briefing.id) {
                    problems.push(format!(
                        "{} and {} both have the id \"{}\": each briefing needs its own",
                        first.display(),
                        file.display(),
                        entry.briefing.id
                    ));
                } else {
                    seen.insert(entry.briefing.id.clone(), file.clone());
                    entries.push(entry);
                }
            }
            Err(error) => problems.push(error.to_string()),
        }
    }
    if !problems.is_empty() {
        return Err(CliError::Invalid(problems.join("\n")));
    }
    entries.sort_by(|a, b| b.briefing.date.cmp(&a.briefing.date).then_with(|| a.briefing.id.cmp(&b.briefing.id)));
    Ok(entries)
}

/// The whole site, in memory.
pub fn build(args: &PublishArgs) -> Result<Site, CliError> {
    let urls = Urls::parse(&args.base_url)?;
    let widget = widget::Widget::read(&args.widget)?;
    let entries = load_all(&args.files)?;
    let mut site = Site::default();
    widget.add_to(&mut site)?;
    for entry in &entries {
        let id = &entry.briefing.id;
        site.add(format!("{id}/index.html"), page::briefing_page(entry, &urls, &args.site_name, widget.loader()));
        site.add(format!("{id}/embed.html"), frame::embed_page(entry, &urls, widget.loader()));
        site.add(format!("{id}/oembed.json"), frame::oembed(entry, &urls, &args.site_name)?);
        site.add(format!("{id}/briefing.json"), entry.json.clone());
    }
    site.add("index.html".into(), page::index_page(&entries, &urls, &args.site_name));
    site.add("feed.xml".into(), feed::atom(&entries, &urls, &args.site_name));
    site.add("sitemap.xml".into(), feed::sitemap(&entries, &urls));
    site.add("_headers".into(), widget.headers());
    Ok(site)
}

pub fn run(args: &PublishArgs) -> Result<Outcome, CliError> {
    let site = build(args)?;
    site.write(&args.out)?;
    Ok(Outcome::Success)
}

/// Escapes text for HTML content and double-quoted attribute values.
pub fn html(text: &str) -> String {
    crate::embed::attribute(text)
}

/// JSON for a `<script type="application/…json">` data block: `<` escaped, so that no `</script>`
/// or `<!--` can end or change the block (JSON reads `\u003c` as `<`).
pub fn json_in_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The briefing's first summary paragraph, else a sentence from its parts: the meta description.
pub fn description(briefing: &Briefing) -> String {
    let text = match briefing.summary_paragraphs().first() {
        Some(first) => first.split_whitespace().collect::<Vec<_>>().join(" "),
        None => {
            let points: usize = briefing.sections.iter().map(|s| s.points.len()).sum();
            let by = briefing.organizer.as_ref().map(|o| format!(" by {}", o.name)).unwrap_or_default();
            format!("{}: a briefing{by}, {points} points in {} sections.", briefing.title, briefing.sections.len())
        }
    };
    shorten(&text, 200)
}

/// At most `limit` characters, cut at a space with an ellipsis.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let cut: String = text.chars().take(limit).collect();
    let at_space = cut.rfind(' ').filter(|&i| i > limit / 2).map_or(cut.as_str(), |i| cut.get(..i).unwrap_or(&cut));
    format!("{}…", at_space.trim_end_matches([',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_absolute_http_and_end_in_a_slash() {
        assert_eq!(
            Urls::parse("https://example.org/briefings").map(|u| u.base).ok(),
            Some("https://example.org/briefings/".into())
        );
        assert_eq!(Urls::parse("http://127.0.0.1:8080").map(|u| u.base).ok(), Some("http://127.0.0.1:8080/".into()));
        for bad in
            ["example.org", "/briefings/", "ftp://example.org/", "https://example.org/?x=1", "javascript:alert(1)"]
        {
            assert!(Urls::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn script_data_cannot_close_its_element() {
        let json = r#"{"text":"</script><!-- <b>"}"#;
        let escaped = json_in_script(json);
        assert!(!escaped.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap_or_default();
        assert_eq!(back["text"], "</script><!-- <b>");
    }

    #[test]
    fn descriptions_are_cut_at_a_word() {
        let long = "word ".repeat(100);
        let short = shorten(long.trim(), 30);
        assert!(short.chars().count() <= 31, "{short}");
        assert!(short.ends_with("word…"), "{short}");
        assert_eq!(shorten("short", 30), "short");
    }
}
