//! Assembles the Markdown's blocks into a briefing document, following the convention in `convention.md`.

use briefing_widget::model::JsonPath;
use pulldown_cmark::HeadingLevel;

use super::blocks::{blocks, Block, Inline, Item};
use super::error::{ErrorKind, MarkdownError};
use super::front_matter;
use super::marker::{self, Fields};
use super::output::{Document, Link, Organizer, Positions, Section, Series, Source, Translation, Venue};
use super::points::point;
use super::slug::slugify;
use super::spanned::Piece;
use super::speakers::{speaker, LIST_SEPARATORS};

/// The document and where its values came from.
#[derive(Debug)]
pub struct Assembled {
    pub document: Document,
    pub positions: Positions,
}

/// What a section's marker may hold.
const SECTION_KEYS: &[&str] = &["id", "theme", "open", "date", "time", "end-time", "speakers", "chair"];
const SECTION_EXPECTED: &str = "#id, theme=…, open, date=…, time=…, end-time=…, speakers=\"…\" or chair=…";

/// Where in the Markdown the assembler is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Before any `##` heading: front matter, title, summary.
    Top,
    Speakers,
    /// Under a section heading.
    Section,
}

/// Reads a Markdown briefing; every problem found is reported, not only the first.
/// Returns the document or every error, and the warnings in either case.
pub fn assemble(source: &str) -> (Result<Assembled, Vec<MarkdownError>>, Vec<MarkdownError>) {
    let (blocks, errors) = blocks(source);
    let mut assembler = Assembler {
        document: Document { version: 1, ..Document::default() },
        positions: Positions::default(),
        errors,
        place: Place::Top,
        title_from: None,
        id_given: false,
        speakers_seen: false,
        speakers_like: None,
        summary: Vec::new(),
        organizers: Vec::new(),
        warnings: Vec::new(),
        group: None,
    };
    for block in &blocks {
        assembler.block(block);
    }
    let mut warnings = std::mem::take(&mut assembler.warnings);
    warnings.sort_by_key(|w| w.offset);
    (assembler.finish(), warnings)
}

/// Where the title was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TitleFrom {
    FrontMatter,
    Heading,
}

struct Assembler {
    document: Document,
    positions: Positions,
    errors: Vec<MarkdownError>,
    place: Place,
    title_from: Option<TitleFrom>,
    id_given: bool,
    speakers_seen: bool,
    /// The first section, when its first item looks like a speaker: an error if no `## Speakers` comes.
    speakers_like: Option<(usize, String)>,
    summary: Vec<String>,
    /// The front matter's organizers: one is written as `organizer`, more as `organizers`.
    organizers: Vec<Organizer>,
    /// What is probably not what the author meant, but converts: unknown front matter keys.
    warnings: Vec<MarkdownError>,
    /// The `### Group` heading the speakers are under, and where its text starts.
    group: Option<(String, usize)>,
}

impl Assembler {
    fn error(&mut self, offset: usize, kind: ErrorKind) {
        self.errors.push(MarkdownError { offset, kind });
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::FrontMatter { text, offset } => self.front_matter(text, *offset),
            Block::Heading { level: HeadingLevel::H1, inline, offset } => self.title(inline, *offset),
            Block::Heading { level: HeadingLevel::H2, inline, offset } => self.heading(inline, *offset),
            // Under `## Speakers`, a `### Group` heading gives the speakers after it their group.
            Block::Heading { level: HeadingLevel::H3, inline, .. } if self.place == Place::Speakers => {
                let group = inline.text.piece().flat();
                self.group = Some((group, inline.text.source_offset(0)));
            }
            Block::Heading { level, offset, .. } => self.error(*offset, ErrorKind::HeadingLevel(*level as usize)),
            Block::Paragraph { inline, offset } => match self.place {
                Place::Top => {
                    self.positions.set("summary", *offset);
                    self.summary.push(inline.text.piece().flat());
                }
                Place::Speakers => self.error(*offset, ErrorKind::StrayParagraph("Speakers".to_owned())),
                // Paragraphs before a section's first point are its summary.
                Place::Section => {
                    let index = self.document.sections.len().saturating_sub(1);
                    match self.document.sections.last_mut() {
                        Some(section) if section.points.is_empty() => {
                            self.positions.set(format!("sections[{index}].summary"), *offset);
                            let paragraph = inline.text.piece().flat();
                            section.summary = Some(match section.summary.take() {
                                Some(summary) => format!("{summary}\n\n{paragraph}"),
                                None => paragraph,
                            });
                        }
                        section => {
                            let title = section.map(|s| s.title.clone()).unwrap_or_default();
                            self.error(*offset, ErrorKind::LateParagraph(title));
                        }
                    }
                }
            },
            Block::List { items } => self.list(items),
            Block::Quote { item } => {
                let index = self.document.sections.len().saturating_sub(1);
                let (item, by) = self.quote_attribution(item);
                match (self.place, self.document.sections.last_mut()) {
                    (Place::Section, Some(section)) => {
                        let path = format!("sections[{index}].points[{}]", section.points.len());
                        let mut point = point(&item, &path, &mut self.positions, &mut self.errors);
                        point.quote = true;
                        if let (false, Some(by)) = (point.explicit_speakers, by) {
                            for (id, at) in by {
                                self.positions.set(format!("{path}.speakers[{}]", point.speakers.len()), at);
                                point.speakers.push(id);
                            }
                            point.explicit_speakers = true;
                        }
                        section.points.push(point);
                    }
                    _ => self.error(item.offset, ErrorKind::Unsupported("a block quote outside a section")),
                }
            }
        }
    }

    fn front_matter(&mut self, text: &str, offset: usize) {
        let (entries, errors) = front_matter::parse(text, offset);
        // An unknown key is most often a misspelling: a warning, as unknown fields are in JSON.
        let (warnings, errors): (Vec<_>, Vec<_>) =
            errors.into_iter().partition(|e| matches!(e.kind, ErrorKind::UnknownKey(..)));
        self.errors.extend(errors);
        self.warnings.extend(warnings);
        for entry in entries {
            self.front_matter_entry(entry);
        }
    }

    /// Sets `slot` to `value` from source offset `at`, recording `path` (and its parent) there; a
    /// value given twice is an error.
    fn set(
        &mut self,
        path: String,
        value: &str,
        at: usize,
        key: &str,
        slot: impl FnOnce(&mut Document) -> &mut Option<String>,
    ) {
        let slot = slot(&mut self.document);
        if slot.is_some() {
            return self.error(at, ErrorKind::Twice(key.to_owned()));
        }
        *slot = Some(value.to_owned());
        if let Some((parent, _)) = path.rsplit_once('.') {
            self.positions.set(parent.to_owned(), at);
        }
        self.positions.set(path, at);
    }

    fn front_matter_entry(&mut self, entry: front_matter::Entry) {
        let (value, at, key) = (entry.value.as_str(), entry.value_offset, entry.key);
        let organizer = self.organizers.len().saturating_sub(1);
        match key {
            "id" => {
                self.id_given = true;
                self.positions.set("id", at);
                self.document.id = entry.value;
            }
            "title" => {
                self.title_from = Some(TitleFrom::FrontMatter);
                self.positions.set("title", at);
                self.document.title = entry.value;
            }
            "date" => match split_range(value, &["/"]) {
                Some((from, to, to_at)) => {
                    self.set("date".into(), from, at, key, |d| &mut d.date);
                    self.set("endDate".into(), to, at + to_at, key, |d| &mut d.end_date);
                }
                None => self.set("date".into(), value, at, key, |d| &mut d.date),
            },
            "end-date" => self.set("endDate".into(), value, at, key, |d| &mut d.end_date),
            "time" => match split_range(value, &["–", "-", "—"]) {
                Some((from, to, to_at)) => {
                    self.set("time".into(), from, at, key, |d| &mut d.time);
                    self.set("endTime".into(), to, at + to_at, key, |d| &mut d.end_time);
                }
                None => self.set("time".into(), value, at, key, |d| &mut d.time),
            },
            "end-time" => self.set("endTime".into(), value, at, key, |d| &mut d.end_time),
            "time-zone" => self.set("timeZone".into(), value, at, key, |d| &mut d.time_zone),
            "lang" => self.set("lang".into(), value, at, key, |d| &mut d.lang),
            "status" => self.set("status".into(), value, at, key, |d| &mut d.status),
            "attendance" => self.set("attendance".into(), value, at, key, |d| &mut d.attendance),
            "byline" => self.set("byline".into(), value, at, key, |d| &mut d.byline),
            "published" => self.set("published".into(), value, at, key, |d| &mut d.published),
            "updated" => self.set("updated".into(), value, at, key, |d| &mut d.updated),
            "source" => {
                self.set("source.url".into(), value, at, key, |d| &mut d.source.get_or_insert_with(Source::default).url)
            }
            "source-label" => self.set("source.label".into(), value, at, key, |d| {
                &mut d.source.get_or_insert_with(Source::default).label
            }),
            "venue" => {
                self.set("venue.name".into(), value, at, key, |d| &mut d.venue.get_or_insert_with(Venue::default).name)
            }
            "venue-address" => self.set("venue.address".into(), value, at, key, |d| {
                &mut d.venue.get_or_insert_with(Venue::default).address
            }),
            "venue-url" => {
                self.set("venue.url".into(), value, at, key, |d| &mut d.venue.get_or_insert_with(Venue::default).url)
            }
            "series" => self
                .set("series.name".into(), value, at, key, |d| &mut d.series.get_or_insert_with(Series::default).name),
            "series-edition" => self.set("series.edition".into(), value, at, key, |d| {
                &mut d.series.get_or_insert_with(Series::default).edition
            }),
            "series-url" => {
                self.set("series.url".into(), value, at, key, |d| &mut d.series.get_or_insert_with(Series::default).url)
            }
            // Each `organizer:` starts an organizer; its `organizer-about:` and `organizer-url:` follow it.
            "organizer" => {
                let index = self.organizers.len();
                self.organizers.push(Organizer { name: Some(entry.value), ..Organizer::default() });
                self.organizer_at(index, "name", at);
            }
            "organizer-about" | "organizer-url" => {
                if self.organizers.is_empty() {
                    self.organizers.push(Organizer::default());
                    self.organizer_at(0, "", at);
                }
                let field = if key == "organizer-about" { "about" } else { "url" };
                if let Some(current) = self.organizers.get_mut(organizer) {
                    let slot = if field == "about" { &mut current.about } else { &mut current.url };
                    if slot.is_some() {
                        return self.error(at, ErrorKind::Twice(key.to_owned()));
                    }
                    *slot = Some(entry.value);
                }
                self.organizer_at(organizer, field, at);
            }
            "translation" => {
                let index = self.document.translations.len();
                let path = format!("translations[{index}]");
                let (lang, rest, rest_at) = first_word(value);
                let (url, title, title_at) = first_word(rest);
                self.positions.set(path.clone(), at);
                self.positions.set(format!("{path}.lang"), at);
                self.positions.set(format!("{path}.url"), at + rest_at);
                self.positions.set(format!("{path}.title"), at + rest_at + title_at);
                let title = Some(title.to_owned()).filter(|t| !t.is_empty());
                self.document.translations.push(Translation { lang: lang.to_owned(), url: url.to_owned(), title });
            }
            kind => {
                let index = self.document.links.len();
                let path = format!("links[{index}]");
                let (url, label, label_at) = first_word(value);
                self.positions.set(path.clone(), at);
                self.positions.set(format!("{path}.url"), at);
                self.positions.set(format!("{path}.label"), at + label_at);
                let kind = front_matter::LINK_KINDS.iter().find(|(k, _)| *k == kind).map_or("other", |(_, kind)| *kind);
                let label = Some(label.to_owned()).filter(|l| !l.is_empty());
                self.document.links.push(Link { url: url.to_owned(), label, kind });
            }
        }
    }

    /// A quote's last paragraph `— Name` (or `— Name and Name`, `-- Name`, `——姓名`) names its
    /// speakers: the quote without that line, and their ids with where each was written. A name
    /// that is no speaker's name, alias or id is an error.
    fn quote_attribution(&mut self, item: &Item) -> (Item, Option<Vec<(String, usize)>>) {
        let Some((last, rest)) = item.paragraphs.split_last() else { return (item.clone(), None) };
        let text = last.text.piece().trim();
        let Some(dash) = ["——", "—", "–", "--"].iter().find(|d| text.text.starts_with(**d)) else {
            return (item.clone(), None);
        };
        let names = text.after(dash.len());
        let mut by = Vec::new();
        for name in names.split_any(&[',', '，', '、', '&']).flat_map(|part| {
            let (first, second) = part.split_once(" and ").unwrap_or((part, Piece { text: "", at: part.at }));
            [first, second]
        }) {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let at = last.text.source_offset(name.at);
            let found = self
                .document
                .speakers
                .iter()
                .find(|s| s.id == name.text || s.name == name.text || s.aliases.iter().any(|a| a == name.text));
            match found {
                Some(speaker) => by.push((speaker.id.clone(), at)),
                None => self.error(at, ErrorKind::QuoteBy(name.text.to_owned())),
            }
        }
        (Item { paragraphs: rest.to_vec(), ..item.clone() }, Some(by))
    }

    /// Records where organizer `index`'s `field` came from, as `organizer` and as `organizers[…]`.
    fn organizer_at(&mut self, index: usize, field: &str, at: usize) {
        for path in [format!("organizers[{index}]"), if index == 0 { "organizer".to_owned() } else { String::new() }] {
            if path.is_empty() {
                continue;
            }
            self.positions.set(path.clone(), at);
            if !field.is_empty() {
                self.positions.set(format!("{path}.{field}"), at);
            }
        }
        self.positions.set("organizers", at);
    }

    /// The `# Title` heading; its marker may give the briefing's id (`{#id}`).
    fn title(&mut self, inline: &Inline, offset: usize) {
        match (self.place, self.title_from) {
            (Place::Top, None) => {}
            (Place::Top, Some(TitleFrom::FrontMatter)) => return self.error(offset, ErrorKind::TitleTwice),
            _ => return self.error(offset, ErrorKind::LateTitle),
        }
        let (title, fields) = self.marked(inline, &["id"], "#id");
        self.title_from = Some(TitleFrom::Heading);
        self.positions.set("title", inline.text.source_offset(title.at));
        self.document.title = title.flat();
        if let Some(id) = fields.get("id") {
            let at = inline.text.source_offset(id.at);
            if self.id_given {
                return self.error(at, ErrorKind::IdTwice);
            }
            self.id_given = true;
            self.positions.set("id", at);
            self.document.id = id.text.to_owned();
        }
    }

    /// A `##` heading: `## Speakers`, or a section `## Title {#id theme=… open}`.
    fn heading(&mut self, inline: &Inline, offset: usize) {
        let (title, fields) = self.marked(inline, SECTION_KEYS, SECTION_EXPECTED);
        if fields.is_empty() && is_speakers_heading(title.text) {
            if self.speakers_seen {
                self.error(offset, ErrorKind::SpeakersTwice);
            }
            self.speakers_seen = true;
            self.place = Place::Speakers;
            return;
        }
        self.place = Place::Section;
        let text = &inline.text;
        let path = format!("sections[{}]", self.document.sections.len());
        self.positions.set(path.clone(), offset);
        self.positions.set(format!("{path}.title"), text.source_offset(title.at));
        let id = match fields.get("id") {
            Some(id) => {
                self.positions.set(format!("{path}.id"), text.source_offset(id.at));
                id.text.to_owned()
            }
            None => slugify(title.text).unwrap_or_else(|| {
                self.error(text.source_offset(title.at), ErrorKind::NoId(title.text.to_owned()));
                String::new()
            }),
        };
        let mut value = |key: &str, field: &str| {
            fields.get(key).map(|piece| {
                self.positions.set(format!("{path}.{field}"), text.source_offset(piece.at));
                piece.text.to_owned()
            })
        };
        let theme = value("theme", "theme");
        let date = value("date", "date");
        let time = value("time", "time");
        let mut end_time = value("end-time", "endTime");
        let chair = value("chair", "chair");
        // `time=10:00-11:30` gives both times.
        let time = match time.as_deref().and_then(|t| split_range(t, &["–", "-", "—"])) {
            Some((from, to, _)) if end_time.is_none() => {
                end_time = Some(to.to_owned());
                Some(from.to_owned())
            }
            _ => time,
        };
        let mut speakers = Vec::new();
        if let Some(list) = fields.get("speakers") {
            for (index, id) in list.split_any(&LIST_SEPARATORS).map(Piece::trim).filter(|id| !id.is_empty()).enumerate()
            {
                self.positions.set(format!("{path}.speakers[{index}]"), text.source_offset(id.at));
                speakers.push(id.text.to_owned());
            }
        }
        let open = fields.get("open").is_some();
        let id_made = fields.get("id").is_none();
        self.document.sections.push(Section {
            id,
            id_made,
            title: title.flat(),
            theme,
            open,
            date,
            time,
            end_time,
            speakers,
            chair,
            ..Section::default()
        });
    }

    /// A heading's text without its marker, and the marker's fields; a bad marker is reported and ignored.
    fn marked<'i>(
        &mut self,
        inline: &'i Inline,
        keys: &[&'static str],
        expected: &'static str,
    ) -> (Piece<'i>, Fields<'i>) {
        let text = &inline.text;
        let (title, entries) = marker::split(text.piece(), &|at| text.is_escaped(at)).unwrap_or_else(|(at, kind)| {
            self.errors.push(text.error(at, kind));
            (text.piece().trim(), Vec::new())
        });
        let (fields, errors) = Fields::new(entries, keys, expected);
        self.errors.extend(errors.into_iter().map(|(at, kind)| text.error(at, kind)));
        (title, fields)
    }

    fn list(&mut self, items: &[Item]) {
        if let (Place::Section, false, [section], Some(item)) =
            (self.place, self.speakers_seen, self.document.sections.as_slice(), items.first())
        {
            if section.points.is_empty() && looks_like_speaker(item) {
                self.speakers_like =
                    Some((self.positions.locate(&JsonPath::root().field("sections").index(0)), section.title.clone()));
            }
        }
        match self.place {
            Place::Top => {
                let offset = items.first().map_or(0, |item| item.offset);
                self.error(offset, ErrorKind::StrayList);
            }
            Place::Speakers => {
                for item in items {
                    let index = self.document.speakers.len();
                    match speaker(item, index, &mut self.positions) {
                        Ok(mut speaker) => {
                            if let (None, Some((group, at))) = (&speaker.group, &self.group) {
                                self.positions.set(format!("speakers[{index}].group"), *at);
                                speaker.group = Some(group.clone());
                            }
                            self.document.speakers.push(speaker);
                        }
                        Err(errors) => self.errors.extend(errors),
                    }
                }
            }
            Place::Section => {
                let index = self.document.sections.len().saturating_sub(1);
                if let Some(section) = self.document.sections.last_mut() {
                    for item in items {
                        let path = format!("sections[{index}].points[{}]", section.points.len());
                        section.points.push(point(item, &path, &mut self.positions, &mut self.errors));
                    }
                }
            }
        }
    }

    fn finish(mut self) -> Result<Assembled, Vec<MarkdownError>> {
        if let (false, Some((at, title))) = (self.speakers_seen, self.speakers_like.take()) {
            self.error(at, ErrorKind::SpeakersLikeSection(title));
        }
        if self.title_from.is_none() {
            self.error(0, ErrorKind::NoTitle);
        }
        if !self.id_given && self.title_from.is_some() {
            match slugify(&self.document.title) {
                Some(id) => self.document.id = id,
                None => {
                    let at = self.positions.locate(&JsonPath::root().field("title"));
                    self.error(at, ErrorKind::NoId(self.document.title.clone()));
                }
            }
        }
        if !self.summary.is_empty() {
            self.document.summary = Some(self.summary.join("\n\n"));
        }
        // A question's asker is a speaker (`by`) when it is one's id, name or alias, else `byName`.
        let speakers = &self.document.speakers;
        for point in self.document.sections.iter_mut().flat_map(|s| s.points.iter_mut()) {
            let Some(question) = point.question.as_mut() else { continue };
            let Some(asker) = question.by_name.as_deref() else { continue };
            let found = speakers
                .iter()
                .find(|s| s.id == asker || s.name == asker || s.aliases.iter().any(|alias| alias == asker));
            if let Some(speaker) = found {
                question.by = Some(speaker.id.clone());
                question.by_name = None;
            }
        }
        let mut organizers = std::mem::take(&mut self.organizers);
        if organizers.len() == 1 {
            self.document.organizer = organizers.pop();
        } else {
            self.document.organizers = organizers;
        }
        if self.errors.is_empty() {
            Ok(Assembled { document: self.document, positions: self.positions })
        } else {
            self.errors.sort_by_key(|e| e.offset);
            Err(self.errors)
        }
    }
}

/// The headings of the speakers' list, in the languages the widget speaks, compared without case
/// and without a final colon: `## Speakers`, `## Panelists:`, `## 发言人`, `## المتحدثون`.
pub const SPEAKERS_HEADINGS: &[&str] = &[
    "speakers",
    "panelists",
    "panellists",
    "panel",
    "participants",
    "发言人",
    "发言嘉宾",
    "演讲嘉宾",
    "嘉宾",
    "與談人",
    "المتحدثون",
    "المتحدثين",
    "المشاركون",
];

fn is_speakers_heading(title: &str) -> bool {
    let title = title.trim().trim_end_matches([':', '：']).trim_end();
    SPEAKERS_HEADINGS.iter().any(|heading| title.to_lowercase() == *heading)
}

/// Whether a list item reads `Name — Affiliation`: a short name (at most five words, no sentence
/// punctuation) before a dash.
fn looks_like_speaker(item: &Item) -> bool {
    let Some(first) = item.paragraphs.first() else { return false };
    let line = first.text.text().lines().next().unwrap_or_default();
    [" — ", " – ", " -- ", "——"].iter().filter_map(|dash| line.split_once(dash)).any(|(name, _)| {
        let name = name.trim();
        !name.is_empty() && name.split_whitespace().count() <= 5 && !name.contains([',', ':', '。', '，'])
    })
}

/// `A/B` (dates) or `A-B` (times) as `(A, B, where B starts)`; `None` without a separator.
fn split_range<'v>(value: &'v str, separators: &[&str]) -> Option<(&'v str, &'v str, usize)> {
    separators.iter().find_map(|separator| {
        let (from, to) = value.split_once(separator)?;
        let to_start = value.len() - to.len();
        let to_at = to_start + (to.len() - to.trim_start().len());
        Some((from.trim(), to.trim(), to_at))
    })
}

/// The first word of a value, the rest, and where the rest starts.
fn first_word(value: &str) -> (&str, &str, usize) {
    let value_trimmed = value.trim_start();
    let lead = value.len() - value_trimmed.len();
    match value_trimmed.split_once(char::is_whitespace) {
        Some((word, rest)) => {
            let rest_trimmed = rest.trim_start();
            (word, rest_trimmed.trim_end(), value.len() - rest_trimmed.len())
        }
        None => (value_trimmed.trim_end(), "", lead + value_trimmed.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::is_speakers_heading;

    #[test]
    fn speakers_headings_in_the_widget_s_languages() {
        for heading in
            ["Speakers", "speakers", "Speakers:", "Panelists", "PANELLISTS", "发言人", "发言人：", "المتحدثون"]
        {
            assert!(is_speakers_heading(heading), "{heading}");
        }
        for heading in ["Speakers' corner", "Drivers", "Speakers and sessions"] {
            assert!(!is_speakers_heading(heading), "{heading}");
        }
    }
}
