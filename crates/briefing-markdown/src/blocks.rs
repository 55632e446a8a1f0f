//! The Markdown's block structure, as far as briefings use it: front matter, headings, paragraphs, lists.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::error::{ErrorKind, MarkdownError};
use super::front_matter;
use super::spanned::Spanned;

/// Inline content as plain text, and the `**strong**` words it starts with, if any.
#[derive(Debug, Clone, Default)]
pub struct Inline {
    pub text: Spanned,
    /// The text range of a strong span that opens the content.
    pub leading_strong: Option<Range<usize>>,
    /// The links in the content: where their words are in the text, and their URL.
    pub links: Vec<InlineLink>,
}

/// A Markdown link: `[words](url)`.
#[derive(Debug, Clone, Default)]
pub struct InlineLink {
    pub url: String,
    /// The link's words, as a range of the text.
    pub words: Range<usize>,
    /// Where the link starts in the source.
    pub offset: usize,
}

/// Stands for a hard line break (two spaces or a backslash at the end of a line) in gathered text,
/// until [`super::spanned::Piece::flat`] turns it into `\n` (Markdown text cannot hold a NUL).
pub const HARD_BREAK: char = '\0';

/// One list item: its paragraphs (a tight item's text counts as one).
#[derive(Debug, Clone)]
pub struct Item {
    pub paragraphs: Vec<Inline>,
    pub offset: usize,
    /// Where the item ends in the source.
    pub end: usize,
}

#[derive(Debug, Clone)]
pub enum Block {
    /// The `---` block at the top: its text, and where that text starts.
    FrontMatter {
        text: String,
        offset: usize,
    },
    Heading {
        level: HeadingLevel,
        inline: Inline,
        offset: usize,
    },
    Paragraph {
        inline: Inline,
        offset: usize,
    },
    List {
        items: Vec<Item>,
    },
    /// A block quote, read as one item: its paragraphs.
    Quote {
        item: Item,
    },
}

/// Reads the blocks of a Markdown text; unsupported constructs become errors.
pub fn blocks(source: &str) -> (Vec<Block>, Vec<MarkdownError>) {
    let mut blocks = Vec::new();
    let mut errors = Vec::new();
    // The front matter is read here, not by pulldown-cmark, which wants no blank line after the
    // first `---`; its lines are blanked in the text pulldown-cmark reads, so offsets stay exact.
    let masked;
    let markdown = match front_matter::find(source) {
        Ok(None) => source,
        Ok(Some(found)) => {
            blocks.push(Block::FrontMatter { text: found.text.to_owned(), offset: found.offset });
            masked = found.masked(source);
            &masked
        }
        Err(error) => {
            // Only the opening `---` is blanked: one error, not a horizontal rule's too.
            errors.push(error);
            let end = source.find('\n').unwrap_or(source.len());
            masked = front_matter::Found { text: "", offset: 0, end }.masked(source);
            &masked
        }
    };
    // Tables and footnotes are recognised only to be named in their errors.
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES).into_offset_iter();
    let mut walker = Walker { events, errors, source };
    while let Some((event, range)) = walker.events.next() {
        blocks.extend(walker.block(event, range));
    }
    (blocks, walker.errors)
}

struct Walker<'s, I: Iterator<Item = (Event<'s>, Range<usize>)>> {
    events: I,
    errors: Vec<MarkdownError>,
    /// The Markdown, for telling escaped characters apart.
    source: &'s str,
}

impl<'s, I: Iterator<Item = (Event<'s>, Range<usize>)>> Walker<'s, I> {
    fn error(&mut self, offset: usize, kind: ErrorKind) {
        self.errors.push(MarkdownError { offset, kind });
    }

    fn block(&mut self, event: Event<'s>, range: Range<usize>) -> Option<Block> {
        let offset = range.start;
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let inline = self.inline(TagEnd::Heading(level));
                Some(Block::Heading { level, inline, offset })
            }
            Event::Start(Tag::Paragraph) => Some(Block::Paragraph { inline: self.inline(TagEnd::Paragraph), offset }),
            Event::Start(Tag::List(_)) => Some(Block::List { items: self.items() }),
            Event::Start(Tag::BlockQuote(_)) => Some(Block::Quote { item: self.quote(range) }),
            Event::Start(Tag::HtmlBlock) => {
                let html = self.skip_to_end();
                if !html.trim_start().starts_with("<!--") {
                    self.error(offset, ErrorKind::Unsupported("an HTML block"));
                }
                None
            }
            Event::Start(tag) => {
                self.skip_to_end();
                self.error(offset, ErrorKind::Unsupported(block_name(&tag)));
                None
            }
            Event::Rule => {
                self.error(offset, ErrorKind::Unsupported("a horizontal rule"));
                None
            }
            _ => None,
        }
    }

    /// Skips past the end of the element just started, returning any HTML it held.
    fn skip_to_end(&mut self) -> String {
        let (mut depth, mut html) = (0usize, String::new());
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => break,
                Event::End(_) => depth -= 1,
                Event::Html(piece) => html.push_str(&piece),
                _ => {}
            }
        }
        html
    }

    /// The items of a list just started, through its end.
    fn items(&mut self) -> Vec<Item> {
        let mut items = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::Item) => items.push(self.item(range)),
                Event::End(TagEnd::List(_)) => break,
                _ => {}
            }
        }
        items
    }

    /// A block quote's paragraphs, through its end; other blocks in it are errors.
    fn quote(&mut self, source: Range<usize>) -> Item {
        let mut paragraphs = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(TagEnd::BlockQuote(_)) => break,
                Event::Start(Tag::Paragraph) => paragraphs.push(self.inline(TagEnd::Paragraph)),
                Event::Start(tag) => {
                    self.skip_to_end();
                    let what = if matches!(tag, Tag::BlockQuote(_)) {
                        "a block quote in a block quote"
                    } else {
                        block_name(&tag)
                    };
                    self.error(range.start, ErrorKind::Unsupported(what));
                }
                _ => {}
            }
        }
        Item { paragraphs, offset: source.start, end: source.end }
    }

    /// One list item's paragraphs, through its end; nested blocks are errors.
    fn item(&mut self, source: Range<usize>) -> Item {
        let mut paragraphs = Vec::new();
        let mut tight = InlineBuilder::default();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::End(TagEnd::Item) => break,
                Event::Start(Tag::Paragraph) => paragraphs.push(self.inline(TagEnd::Paragraph)),
                Event::Start(tag) if !is_inline(&tag) => {
                    self.skip_to_end();
                    let what = if matches!(tag, Tag::List(_)) { "a nested list" } else { block_name(&tag) };
                    self.error(range.start, ErrorKind::Unsupported(what));
                }
                event => {
                    let at = range.start;
                    if let Some(kind) = tight.accept(event, range, self.source) {
                        self.error(at, kind);
                    }
                }
            }
        }
        if !tight.inline.text.is_blank() {
            paragraphs.insert(0, tight.inline);
        }
        Item { paragraphs, offset: source.start, end: source.end }
    }

    /// Inline content through the end tag `end`.
    fn inline(&mut self, end: TagEnd) -> Inline {
        let mut builder = InlineBuilder::default();
        while let Some((event, range)) = self.events.next() {
            if builder.depth == 0 && event == Event::End(end) {
                break;
            }
            let offset = range.start;
            if let Some(kind) = builder.accept(event, range, self.source) {
                self.error(offset, kind);
            }
        }
        builder.inline
    }
}

/// Gathers inline events into plain text.
#[derive(Default)]
struct InlineBuilder {
    inline: Inline,
    depth: usize,
    /// The text offset where a strong span that opened the content started, while it is open.
    strong_open: Option<usize>,
    /// Where the last text event ended in the source.
    source_end: usize,
    /// Whether a link is open (its words are being gathered).
    open_link: bool,
}

impl InlineBuilder {
    /// Takes one inline event; returns the error it is, if unsupported.
    fn accept(&mut self, event: Event<'_>, range: Range<usize>, source: &str) -> Option<ErrorKind> {
        let text = &mut self.inline.text;
        match event {
            // A text event that starts just after a backslash the previous one did not hold
            // starts with an escaped character (`\{`).
            Event::Text(piece)
                if range.start.checked_sub(1).and_then(|b| source.as_bytes().get(b)) == Some(&b'\\')
                    && self.source_end < range.start =>
            {
                self.source_end = range.end;
                text.push_escaped(&piece, range.start);
            }
            Event::Text(piece) => {
                self.source_end = range.end;
                text.push(&piece, range.start, piece.len() == range.len());
            }
            Event::Code(piece) => {
                let ticks = range.len().saturating_sub(piece.len()) / 2;
                text.push(&piece, range.start + ticks, false);
            }
            Event::InlineHtml(piece) | Event::Html(piece) if !piece.trim_start().starts_with("<!--") => {
                return Some(ErrorKind::RawHtml(piece.trim().to_owned()));
            }
            Event::SoftBreak => text.push("\n", range.start, false),
            Event::HardBreak => text.push(&HARD_BREAK.to_string(), range.start, false),
            Event::Start(Tag::Link { dest_url, .. }) => {
                let words = text.text().len()..text.text().len();
                self.inline.links.push(InlineLink { url: dest_url.to_string(), words, offset: range.start });
                self.open_link = true;
                self.depth += 1;
            }
            Event::End(TagEnd::Link) => {
                self.depth = self.depth.saturating_sub(1);
                let end = text.text().len();
                if let (true, Some(link)) = (std::mem::take(&mut self.open_link), self.inline.links.last_mut()) {
                    link.words.end = end;
                }
            }
            Event::Start(Tag::Image { .. }) => {
                self.depth += 1;
                return Some(ErrorKind::Unsupported("an image"));
            }
            Event::Start(Tag::Strong) => {
                if self.depth == 0 && text.text().is_empty() && self.inline.leading_strong.is_none() {
                    self.strong_open = Some(0);
                }
                self.depth += 1;
            }
            Event::End(TagEnd::Strong) => {
                self.depth = self.depth.saturating_sub(1);
                if let (0, Some(start)) = (self.depth, self.strong_open.take()) {
                    self.inline.leading_strong = Some(start..text.text().len());
                }
            }
            Event::Start(_) => self.depth += 1,
            Event::End(_) => self.depth = self.depth.saturating_sub(1),
            Event::FootnoteReference(_) => return Some(ErrorKind::Unsupported("a footnote")),
            _ => {}
        }
        None
    }
}

fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// What a block a briefing has no place for is called, in an error message.
fn block_name(tag: &Tag<'_>) -> &'static str {
    match tag {
        Tag::BlockQuote(_) => "a block quote",
        Tag::CodeBlock(_) => "a code block",
        Tag::HtmlBlock => "an HTML block",
        Tag::Table(_) => "a table",
        Tag::FootnoteDefinition(_) => "a footnote",
        _ => "this kind of block",
    }
}
