//! Bytes to a validated [`Briefing`]: size limit, JSON syntax, then every rule of the format.

use std::collections::{HashMap, HashSet};

use super::json::{self, Map, Value};

use super::error::{BriefingError, JsonType, Problem, ProblemKind, MAX_DOCUMENT_BYTES};
use super::path::JsonPath;
use super::rules;
use super::types::{Briefing, Organizer, Point, Section, Source, Speaker};

/// The format version this widget reads.
pub const FORMAT_VERSION: u64 = 1;
/// Limits from the format.
pub const MAX_SPEAKERS: usize = 200;
pub const MAX_SECTIONS: usize = 500;
pub const MAX_POINTS: usize = 500;
pub const MAX_TITLE: usize = 300;
pub const MAX_NAME: usize = 200;
pub const MAX_POINT_TEXT: usize = 10_000;

/// Reads a briefing from the bytes of a JSON document, reporting every problem found.
pub fn parse_briefing(bytes: &[u8]) -> Result<Briefing, BriefingError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(BriefingError::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value = json::from_slice(bytes).map_err(syntax_error)?;
    check(&value)
}

/// Applies every rule of the format to a document's tree.
fn check(value: &Value) -> Result<Briefing, BriefingError> {
    let mut checker = Checker::default();
    let briefing = checker.briefing(value);
    match briefing {
        Some(briefing) if checker.problems.is_empty() => Ok(briefing),
        _ => Err(BriefingError::Invalid(checker.problems)),
    }
}

fn syntax_error(error: json::SyntaxError) -> BriefingError {
    let message = if error.is_eof() {
        "the document ends too early; it may have been cut short".to_owned()
    } else {
        error.message().replace('`', "'")
    };
    BriefingError::Syntax { line: error.line(), column: error.column(), message }
}

fn json_type(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(n) if n.is_i64() || n.is_u64() => JsonType::Integer,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::Array,
        Value::Object(_) => JsonType::Object,
    }
}

/// The fields of one JSON object and where it is.
struct Fields<'v> {
    map: &'v Map<String, Value>,
    path: JsonPath,
}

impl<'v> Fields<'v> {
    /// A field's value; `null` counts as absent.
    fn get(&self, name: &str) -> Option<&'v Value> {
        self.map.get(name).filter(|v| !v.is_null())
    }
}

/// Walks a document, collecting every problem instead of stopping at the first.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn report(&mut self, path: JsonPath, kind: ProblemKind) {
        self.problems.push(Problem { path, kind });
    }

    fn check(&mut self, path: &JsonPath, result: Result<(), ProblemKind>) -> bool {
        match result {
            Ok(()) => true,
            Err(kind) => {
                self.report(path.clone(), kind);
                false
            }
        }
    }

    fn object<'v>(&mut self, value: &'v Value, path: JsonPath) -> Option<Fields<'v>> {
        match value {
            Value::Object(map) => Some(Fields { map, path }),
            other => {
                self.report(path, ProblemKind::WrongType { expected: JsonType::Object, found: json_type(other) });
                None
            }
        }
    }

    /// A field that must be present (and not null).
    fn required<'v>(&mut self, fields: &Fields<'v>, name: &'static str) -> Option<&'v Value> {
        let value = fields.get(name);
        if value.is_none() {
            self.report(fields.path.field(name), ProblemKind::Missing);
        }
        value
    }

    fn text_value(&mut self, value: &Value, path: &JsonPath, min: usize, max: usize) -> Option<String> {
        match value {
            Value::String(text) => self.check(path, rules::text_length(text, min, max)).then(|| text.clone()),
            other => {
                self.report(path.clone(), ProblemKind::WrongType { expected: JsonType::Text, found: json_type(other) });
                None
            }
        }
    }

    /// A text field with a length limit in code points; `min` 0 allows empty text.
    fn text(&mut self, fields: &Fields, name: &'static str, required: bool, min: usize, max: usize) -> Option<String> {
        let value = if required { self.required(fields, name) } else { fields.get(name) };
        self.text_value(value?, &fields.path.field(name), min, max)
    }

    fn optional_text(&mut self, fields: &Fields, name: &'static str) -> Option<String> {
        self.text(fields, name, false, 0, usize::MAX)
    }

    /// A text field whose value must also pass `rule`.
    fn ruled_text(
        &mut self,
        fields: &Fields,
        name: &'static str,
        required: bool,
        rule: fn(&str) -> Result<(), ProblemKind>,
    ) -> Option<String> {
        let text = self.text(fields, name, required, 0, usize::MAX)?;
        self.check(&fields.path.field(name), rule(&text)).then_some(text)
    }

    fn boolean(&mut self, fields: &Fields, name: &'static str) -> Option<bool> {
        match fields.get(name)? {
            Value::Bool(b) => Some(*b),
            other => {
                let found = json_type(other);
                self.report(fields.path.field(name), ProblemKind::WrongType { expected: JsonType::Boolean, found });
                None
            }
        }
    }

    /// An array field's elements with their paths, after checking its type and entry count.
    fn array<'v>(
        &mut self,
        fields: &Fields<'v>,
        name: &'static str,
        required: bool,
        min: usize,
        max: usize,
    ) -> Vec<(JsonPath, &'v Value)> {
        let path = fields.path.field(name);
        let value = if required { self.required(fields, name) } else { fields.get(name) };
        let items = match value {
            None => return Vec::new(),
            Some(Value::Array(items)) => items,
            Some(other) => {
                let found = json_type(other);
                self.report(path, ProblemKind::WrongType { expected: JsonType::Array, found });
                return Vec::new();
            }
        };
        if items.len() < min {
            self.report(path.clone(), ProblemKind::Empty);
        }
        if items.len() > max {
            self.report(path.clone(), ProblemKind::TooMany { count: items.len(), max });
        }
        items.iter().enumerate().map(|(i, item)| (path.index(i), item)).collect()
    }

    fn version(&mut self, fields: &Fields) -> bool {
        let Some(value) = self.required(fields, "version") else { return false };
        let path = fields.path.field("version");
        match value {
            Value::Number(n) if n.as_u64() == Some(FORMAT_VERSION) => true,
            Value::Number(n) if n.is_i64() || n.is_u64() => {
                self.report(path, ProblemKind::UnsupportedVersion { found: n.to_string() });
                false
            }
            other => {
                self.report(path, ProblemKind::WrongType { expected: JsonType::Integer, found: json_type(other) });
                false
            }
        }
    }

    fn briefing(&mut self, value: &Value) -> Option<Briefing> {
        let fields = self.object(value, JsonPath::root())?;
        if !self.version(&fields) {
            // Another version's document follows other rules: reporting them would mislead.
            return None;
        }
        let id = self.ruled_text(&fields, "id", true, rules::slug);
        let title = self.text(&fields, "title", true, 1, MAX_TITLE);
        let date = self.text(&fields, "date", false, 0, usize::MAX).and_then(|text| {
            rules::calendar_date(&text).map_err(|kind| self.report(fields.path.field("date"), kind)).ok()
        });
        let lang = self.ruled_text(&fields, "lang", false, rules::language_tag);
        let summary = self.optional_text(&fields, "summary");
        let source = fields.get("source").and_then(|v| self.source(v, fields.path.field("source")));
        let organizer = fields.get("organizer").and_then(|v| self.organizer(v, fields.path.field("organizer")));
        let speakers = self.speakers(&fields);
        let sections = self.sections(&fields, &speakers);
        Some(Briefing {
            version: 1,
            id: id?,
            title: title?,
            date,
            lang,
            summary,
            source,
            organizer,
            speakers,
            sections,
        })
    }

    fn source(&mut self, value: &Value, path: JsonPath) -> Option<Source> {
        let fields = self.object(value, path)?;
        let url = self.ruled_text(&fields, "url", true, rules::http_url);
        let label = self.optional_text(&fields, "label");
        Some(Source { url: url?, label })
    }

    fn organizer(&mut self, value: &Value, path: JsonPath) -> Option<Organizer> {
        let fields = self.object(value, path)?;
        let name = self.text(&fields, "name", true, 0, usize::MAX);
        let about = self.optional_text(&fields, "about");
        let url = self.ruled_text(&fields, "url", false, rules::http_url);
        Some(Organizer { name: name?, about, url })
    }

    fn speakers(&mut self, fields: &Fields) -> Vec<Speaker> {
        let mut speakers = Vec::new();
        let mut ids: HashSet<String> = HashSet::new();
        // Every name and alias, with the path of the speaker it names first.
        let mut names: HashMap<String, (usize, JsonPath)> = HashMap::new();
        for (index, (path, value)) in self.array(fields, "speakers", true, 0, MAX_SPEAKERS).into_iter().enumerate() {
            let Some(speaker) = self.speaker(value, path.clone()) else { continue };
            if !ids.insert(speaker.id.clone()) {
                self.report(path.field("id"), ProblemKind::DuplicateId { id: speaker.id.clone() });
            }
            let name_path = path.field("name");
            let alias_paths = (0..speaker.aliases.len()).map(|i| path.field("aliases").index(i));
            let labelled = std::iter::once((&speaker.name, name_path)).chain(speaker.aliases.iter().zip(alias_paths));
            for (name, name_path) in labelled {
                if name.trim().is_empty() {
                    continue;
                }
                match names.get(name.as_str()) {
                    Some((owner, owner_path)) if *owner != index => {
                        let other = owner_path.clone();
                        self.report(name_path, ProblemKind::SharedName { name: name.clone(), other });
                    }
                    Some(_) => {}
                    None => {
                        names.insert(name.clone(), (index, path.clone()));
                    }
                }
            }
            speakers.push(speaker);
        }
        speakers
    }

    fn speaker(&mut self, value: &Value, path: JsonPath) -> Option<Speaker> {
        let fields = self.object(value, path)?;
        let id = self.ruled_text(&fields, "id", true, rules::slug);
        let name = self.text(&fields, "name", true, 1, MAX_NAME);
        let aliases = self
            .array(&fields, "aliases", false, 0, usize::MAX)
            .into_iter()
            .filter_map(|(path, value)| self.text_value(value, &path, 0, usize::MAX))
            .collect();
        let affiliation = self.optional_text(&fields, "affiliation");
        let role = self.optional_text(&fields, "role");
        let bio = self.optional_text(&fields, "bio");
        let url = self.ruled_text(&fields, "url", false, rules::http_url);
        Some(Speaker { id: id?, name: name?, aliases, affiliation, role, bio, url })
    }

    fn sections(&mut self, fields: &Fields, speakers: &[Speaker]) -> Vec<Section> {
        let ids = SpeakerIds::new(fields, speakers);
        let mut seen: HashSet<String> = HashSet::new();
        let mut sections = Vec::new();
        for (path, value) in self.array(fields, "sections", true, 1, MAX_SECTIONS) {
            let Some(section) = self.section(value, path.clone(), &ids) else { continue };
            if !seen.insert(section.id.clone()) {
                self.report(path.field("id"), ProblemKind::DuplicateId { id: section.id.clone() });
            }
            sections.push(section);
        }
        sections
    }

    fn section(&mut self, value: &Value, path: JsonPath, speakers: &SpeakerIds) -> Option<Section> {
        let fields = self.object(value, path)?;
        let id = self.ruled_text(&fields, "id", true, rules::slug);
        let title = self.text(&fields, "title", true, 1, MAX_TITLE);
        let theme = self.ruled_text(&fields, "theme", false, rules::slug);
        let open = self.boolean(&fields, "open").unwrap_or(false);
        let points = self
            .array(&fields, "points", true, 1, MAX_POINTS)
            .into_iter()
            .filter_map(|(path, value)| self.point(value, path, speakers))
            .collect();
        Some(Section { id: id?, title: title?, theme, open, points })
    }

    fn point(&mut self, value: &Value, path: JsonPath, speakers: &SpeakerIds) -> Option<Point> {
        let fields = self.object(value, path)?;
        let label = self.optional_text(&fields, "label");
        let text = self.text(&fields, "text", true, 1, MAX_POINT_TEXT);
        let mut speaker_ids = Vec::new();
        let mut indices = Vec::new();
        for (path, value) in self.array(&fields, "speakers", false, 0, usize::MAX) {
            let Some(id) = self.text_value(value, &path, 0, usize::MAX) else { continue };
            match speakers.valid.get(id.as_str()) {
                Some(index) if !indices.contains(index) => indices.push(*index),
                Some(_) => {}
                // The speaker exists but is invalid: its own problems are reported where it stands.
                None if speakers.declared.contains(id.as_str()) => {}
                None => self.report(path, ProblemKind::UnknownSpeaker { id: id.clone() }),
            }
            speaker_ids.push(id);
        }
        Some(Point { label, text: text?, speakers: indices, speaker_ids })
    }
}

/// The speaker ids points may name: those of valid speakers, by index, and every id the document
/// declares, so that a point naming an invalid speaker is not also reported as unknown.
struct SpeakerIds<'a> {
    valid: HashMap<&'a str, usize>,
    declared: HashSet<&'a str>,
}

impl<'a> SpeakerIds<'a> {
    fn new(fields: &Fields<'a>, speakers: &'a [Speaker]) -> Self {
        let valid = speakers.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).rev().collect();
        let declared = match fields.get("speakers") {
            Some(Value::Array(items)) => items.iter().filter_map(|item| item.get("id")?.as_str()).collect(),
            _ => HashSet::new(),
        };
        Self { valid, declared }
    }
}
