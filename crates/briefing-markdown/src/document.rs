//! Assembles the Markdown's blocks into a briefing document, following the convention in `convention.md`.

use briefing_widget::model::JsonPath;
use pulldown_cmark::HeadingLevel;

use super::blocks::{blocks, Block, Inline, Item};
use super::error::{ErrorKind, MarkdownError};
use super::front_matter;
use super::marker::{self, Fields};
use super::output::{Document, Organizer, Positions, Section, Source};
use super::points::point;
use super::slug::slugify;
use super::spanned::Piece;
use super::speakers::speaker;

/// The document and where its values came from.
#[derive(Debug)]
pub struct Assembled {
    pub document: Document,
    pub positions: Positions,
}

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
pub fn assemble(source: &str) -> Result<Assembled, Vec<MarkdownError>> {
    let (blocks, errors) = blocks(source);
    let mut assembler = Assembler {
        document: Document { version: 1, ..Document::default() },
        positions: Positions::default(),
        errors,
        place: Place::Top,
        title_from: None,
        id_given: false,
        speakers_seen: false,
        summary: Vec::new(),
    };
    for block in &blocks {
        assembler.block(block);
    }
    assembler.finish()
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
    summary: Vec<String>,
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
            Block::Heading { level, offset, .. } => self.error(*offset, ErrorKind::HeadingLevel(*level as usize)),
            Block::Paragraph { inline, offset } => match self.place {
                Place::Top => {
                    self.positions.set("summary", *offset);
                    self.summary.push(inline.text.piece().flat());
                }
                Place::Speakers => self.error(*offset, ErrorKind::StrayParagraph("Speakers".to_owned())),
                Place::Section => {
                    let title = self.document.sections.last().map(|s| s.title.clone()).unwrap_or_default();
                    self.error(*offset, ErrorKind::StrayParagraph(title));
                }
            },
            Block::List { items } => self.list(items),
        }
    }

    fn front_matter(&mut self, text: &str, offset: usize) {
        let (entries, errors) = front_matter::parse(text, offset);
        self.errors.extend(errors);
        let document = &mut self.document;
        for entry in entries {
            let (value, at) = (Some(entry.value.clone()), entry.value_offset);
            let (path, slot) = match entry.key {
                "id" => {
                    self.id_given = true;
                    document.id = entry.value;
                    ("id", None)
                }
                "title" => {
                    self.title_from = Some(TitleFrom::FrontMatter);
                    document.title = entry.value;
                    ("title", None)
                }
                "date" => ("date", Some(&mut document.date)),
                "lang" => ("lang", Some(&mut document.lang)),
                "source" => ("source.url", Some(&mut document.source.get_or_insert_with(Source::default).url)),
                "source-label" => {
                    ("source.label", Some(&mut document.source.get_or_insert_with(Source::default).label))
                }
                "organizer" => {
                    ("organizer.name", Some(&mut document.organizer.get_or_insert_with(Organizer::default).name))
                }
                "organizer-about" => {
                    ("organizer.about", Some(&mut document.organizer.get_or_insert_with(Organizer::default).about))
                }
                "organizer-url" => {
                    ("organizer.url", Some(&mut document.organizer.get_or_insert_with(Organizer::default).url))
                }
                _ => continue,
            };
            if let Some(slot) = slot {
                *slot = value;
            }
            if let Some((parent, _)) = path.split_once('.') {
                self.positions.set(parent, at);
            }
            self.positions.set(path, at);
        }
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
        let (title, fields) = self.marked(inline, &["id", "theme", "open"], "#id, theme=… or open");
        if fields.is_empty() && title.text.eq_ignore_ascii_case("speakers") {
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
        let theme = fields.get("theme").map(|theme| {
            self.positions.set(format!("{path}.theme"), text.source_offset(theme.at));
            theme.text.to_owned()
        });
        let open = fields.get("open").is_some();
        self.document.sections.push(Section { id, title: title.flat(), theme, open, points: Vec::new() });
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
        match self.place {
            Place::Top => {
                let offset = items.first().map_or(0, |item| item.offset);
                self.error(offset, ErrorKind::StrayList);
            }
            Place::Speakers => {
                for item in items {
                    match speaker(item, self.document.speakers.len(), &mut self.positions) {
                        Ok(speaker) => self.document.speakers.push(speaker),
                        Err(errors) => self.errors.extend(errors),
                    }
                }
            }
            Place::Section => {
                let index = self.document.sections.len().saturating_sub(1);
                if let Some(section) = self.document.sections.last_mut() {
                    for item in items {
                        let path = format!("sections[{index}].points[{}]", section.points.len());
                        section.points.push(point(item, &path, &mut self.positions));
                    }
                }
            }
        }
    }

    fn finish(mut self) -> Result<Assembled, Vec<MarkdownError>> {
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
        if self.errors.is_empty() {
            Ok(Assembled { document: self.document, positions: self.positions })
        } else {
            self.errors.sort_by_key(|e| e.offset);
            Err(self.errors)
        }
    }
}
