//! Bytes to a validated [`Briefing`]: size limit, JSON syntax, then every rule of the format.

use std::collections::{HashMap, HashSet};

use super::json::{self, Map, Value};

use super::error::{BriefingError, JsonType, Problem, ProblemKind, Warning, MAX_DOCUMENT_BYTES};
use super::path::JsonPath;
use super::rules;
use super::types::{
    Attendance, Briefing, CalendarDate, ClockTime, Link, LinkKind, Organizer, Point, Question, Section, Series, Source,
    Speaker, Status, Translation, Venue,
};

/// The format version this widget reads.
pub const FORMAT_VERSION: u64 = 1;
/// Limits from the format.
pub const MAX_SPEAKERS: usize = 200;
pub const MAX_SECTIONS: usize = 500;
pub const MAX_POINTS: usize = 500;
pub const MAX_TITLE: usize = 300;
pub const MAX_NAME: usize = 200;
pub const MAX_POINT_TEXT: usize = 10_000;
pub const MAX_ORGANIZERS: usize = 20;
pub const MAX_LINKS: usize = 20;
pub const MAX_TRANSLATIONS: usize = 20;
pub const MAX_POINT_LINKS: usize = 10;
pub const MAX_BYLINE: usize = 300;
pub const MAX_GROUP: usize = 100;
pub const MAX_ATTRIBUTION: usize = 200;

/// At most this many unknown fields are reported.
const MAX_WARNINGS: usize = 200;

/// The fields each kind of object has (version 1.1); any other is warned about.
const ROOT_FIELDS: &[&str] = &[
    "version",
    "id",
    "title",
    "date",
    "endDate",
    "time",
    "endTime",
    "timeZone",
    "lang",
    "summary",
    "source",
    "organizer",
    "organizers",
    "venue",
    "attendance",
    "series",
    "links",
    "byline",
    "published",
    "updated",
    "status",
    "translations",
    "speakers",
    "sections",
    // A JSON Schema reference is not a misspelling.
    "$schema",
];
const SOURCE_FIELDS: &[&str] = &["url", "label"];
const ORGANIZER_FIELDS: &[&str] = &["name", "about", "url"];
const VENUE_FIELDS: &[&str] = &["name", "address", "url"];
const SERIES_FIELDS: &[&str] = &["name", "edition", "url"];
const LINK_FIELDS: &[&str] = &["url", "label", "kind"];
const TRANSLATION_FIELDS: &[&str] = &["lang", "url", "title"];
const SPEAKER_FIELDS: &[&str] = &["id", "name", "aliases", "affiliation", "title", "role", "group", "bio", "url"];
const SECTION_FIELDS: &[&str] =
    &["id", "title", "theme", "open", "summary", "date", "time", "endTime", "speakers", "chair", "points"];
const POINT_FIELDS: &[&str] = &["id", "label", "text", "speakers", "quote", "question", "attribution", "at", "links"];
const QUESTION_FIELDS: &[&str] = &["text", "by", "byName"];

/// A document read as a briefing: the briefing or why not, and the fields it has that the format
/// does not know (warnings, for authors only).
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub result: Result<Briefing, BriefingError>,
    pub warnings: Vec<Warning>,
}

/// Reads a briefing from the bytes of a JSON document, reporting every problem found.
pub fn parse_briefing(bytes: &[u8]) -> Result<Briefing, BriefingError> {
    check_briefing(bytes).result
}

/// Reads a briefing as [`parse_briefing`] does, and also warns about unknown fields.
pub fn check_briefing(bytes: &[u8]) -> Checked {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Checked { result: Err(BriefingError::TooLarge { bytes: bytes.len() }), warnings: Vec::new() };
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match json::from_slice(bytes) {
        Ok(value) => check(&value),
        Err(error) => Checked { result: Err(syntax_error(error)), warnings: Vec::new() },
    }
}

/// Applies every rule of the format to a document's tree.
fn check(value: &Value) -> Checked {
    let mut checker = Checker::default();
    let briefing = checker.briefing(value);
    let result = match briefing {
        Some(briefing) if checker.problems.is_empty() => Ok(briefing),
        _ => Err(BriefingError::Invalid(checker.problems)),
    };
    Checked { result, warnings: checker.warnings }
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
    warnings: Vec<Warning>,
    /// The event's first and last day, which sessions' dates fall within.
    days: Option<(CalendarDate, CalendarDate)>,
    /// Whether the document links a recording, which `points[].at` needs.
    has_recording: bool,
    /// Every point's id so far (its own or `<section>-<n>`), with its path and whether it is its own.
    point_ids: HashMap<String, (JsonPath, bool)>,
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

    fn object<'v>(&mut self, value: &'v Value, path: JsonPath, known: &'static [&'static str]) -> Option<Fields<'v>> {
        match value {
            Value::Object(map) => {
                let mut seen = HashSet::new();
                for key in map.keys().filter(|key| !known.contains(key)) {
                    // A repeated key is one field; a hostile document's thousands of keys get
                    // one warning each, but no more than that.
                    if seen.insert(key) && self.warnings.len() < MAX_WARNINGS {
                        let suggestion = rules::did_you_mean(key, known);
                        self.warnings.push(Warning { path: path.key(key), suggestion });
                    }
                }
                Some(Fields { map, path })
            }
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

    /// An optional text field parsed by `rule`.
    fn parsed<T>(
        &mut self,
        fields: &Fields,
        name: &'static str,
        rule: fn(&str) -> Result<T, ProblemKind>,
    ) -> Option<T> {
        let text = self.text(fields, name, false, 0, usize::MAX)?;
        rule(&text).map_err(|kind| self.report(fields.path.field(name), kind)).ok()
    }

    /// An optional text field that is one of a few words.
    fn one_of<T: Copy>(
        &mut self,
        fields: &Fields,
        name: &'static str,
        words: &[(&str, T)],
        allowed: &'static str,
    ) -> Option<T> {
        let text = self.text(fields, name, false, 0, usize::MAX)?;
        let found = words.iter().find(|(word, _)| *word == text).map(|(_, value)| *value);
        if found.is_none() {
            self.report(fields.path.field(name), ProblemKind::NotOneOf { value: text, allowed });
        }
        found
    }

    /// A field that needs another: reported when it is there without it.
    fn needs(&mut self, fields: &Fields, name: &'static str, needed: &'static str, present: bool) {
        if fields.get(name).is_some() && !present {
            self.report(fields.path.field(name), ProblemKind::Needs { field: needed });
        }
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
        let fields = self.object(value, JsonPath::root(), ROOT_FIELDS)?;
        if !self.version(&fields) {
            // Another version's document follows other rules: reporting them would mislead.
            return None;
        }
        let id = self.ruled_text(&fields, "id", true, rules::slug);
        let title = self.text(&fields, "title", true, 1, MAX_TITLE);
        let date = self.text(&fields, "date", false, 0, usize::MAX).and_then(|text| {
            rules::calendar_date(&text).map_err(|kind| self.report(fields.path.field("date"), kind)).ok()
        });
        let end_date = self.parsed(&fields, "endDate", rules::calendar_date);
        self.needs(&fields, "endDate", "date", fields.get("date").is_some());
        if let (Some(first), Some(last)) = (date, end_date) {
            if last < first {
                self.report(
                    fields.path.field("endDate"),
                    ProblemKind::Before { field: "date", value: first.to_string() },
                );
            }
        }
        self.days = date.map(|first| (first, end_date.filter(|last| *last >= first).unwrap_or(first)));
        let (time, end_time) = self.times(&fields);
        let time_zone = self.ruled_text(&fields, "timeZone", false, rules::time_zone);
        self.needs(&fields, "timeZone", "time", fields.get("time").is_some());
        let lang = self.ruled_text(&fields, "lang", false, rules::language_tag);
        let summary = self.optional_text(&fields, "summary");
        let source = fields.get("source").and_then(|v| self.source(v, fields.path.field("source")));
        let organizer = fields.get("organizer").and_then(|v| self.organizer(v, fields.path.field("organizer")));
        let organizers: Vec<Organizer> = self
            .array(&fields, "organizers", false, 1, MAX_ORGANIZERS)
            .into_iter()
            .filter_map(|(path, value)| self.organizer(value, path))
            .collect();
        if fields.get("organizer").is_some() && fields.get("organizers").is_some() {
            self.report(fields.path.field("organizers"), ProblemKind::Both { one: "organizer", other: "organizers" });
        }
        let venue = fields.get("venue").and_then(|v| self.venue(v, fields.path.field("venue")));
        let attendance = self.one_of(
            &fields,
            "attendance",
            &[("in-person", Attendance::InPerson), ("online", Attendance::Online), ("hybrid", Attendance::Hybrid)],
            "in-person, online, hybrid",
        );
        let series = fields.get("series").and_then(|v| self.series(v, fields.path.field("series")));
        let links = self.links(&fields);
        let byline = self.text(&fields, "byline", false, 0, MAX_BYLINE);
        let published = self.parsed(&fields, "published", rules::timestamp);
        let updated = self.parsed(&fields, "updated", rules::timestamp);
        if let (Some(first), Some(last)) = (&published, &updated) {
            if last.minutes < first.minutes {
                let value = first.text.clone();
                self.report(fields.path.field("updated"), ProblemKind::Before { field: "published", value });
            }
        }
        let status = self.one_of(
            &fields,
            "status",
            &[("upcoming", Status::Upcoming), ("live", Status::Live), ("ended", Status::Ended)],
            "upcoming, live, ended",
        );
        let translations = self.translations(&fields, lang.as_deref());
        let speakers = self.speakers(&fields);
        let sections = self.sections(&fields, &speakers);
        Some(Briefing {
            version: 1,
            id: id?,
            title: title?,
            date,
            end_date,
            time,
            end_time,
            time_zone,
            lang,
            summary,
            source,
            organizer,
            organizers,
            venue,
            attendance,
            series,
            links,
            byline,
            published,
            updated,
            status,
            translations,
            speakers,
            sections,
        })
    }

    /// `time` and `endTime`, the second needing the first.
    fn times(&mut self, fields: &Fields) -> (Option<ClockTime>, Option<ClockTime>) {
        let time = self.parsed(fields, "time", rules::clock_time);
        let end_time = self.parsed(fields, "endTime", rules::clock_time);
        self.needs(fields, "endTime", "time", fields.get("time").is_some());
        (time, end_time)
    }

    fn source(&mut self, value: &Value, path: JsonPath) -> Option<Source> {
        let fields = self.object(value, path, SOURCE_FIELDS)?;
        let url = self.ruled_text(&fields, "url", true, rules::http_url);
        let label = self.optional_text(&fields, "label");
        Some(Source { url: url?, label })
    }

    fn venue(&mut self, value: &Value, path: JsonPath) -> Option<Venue> {
        let fields = self.object(value, path, VENUE_FIELDS)?;
        let name = self.text(&fields, "name", true, 1, MAX_TITLE);
        let address = self.optional_text(&fields, "address");
        let url = self.ruled_text(&fields, "url", false, rules::http_url);
        Some(Venue { name: name?, address, url })
    }

    fn series(&mut self, value: &Value, path: JsonPath) -> Option<Series> {
        let fields = self.object(value, path, SERIES_FIELDS)?;
        let name = self.text(&fields, "name", true, 1, MAX_TITLE);
        let edition = self.optional_text(&fields, "edition");
        let url = self.ruled_text(&fields, "url", false, rules::http_url);
        Some(Series { name: name?, edition, url })
    }

    fn links(&mut self, fields: &Fields) -> Vec<Link> {
        let mut links = Vec::new();
        let mut recording: Option<JsonPath> = None;
        for (path, value) in self.array(fields, "links", false, 0, MAX_LINKS) {
            let Some(link) = self.link(value, path.clone()) else { continue };
            if link.kind == LinkKind::Recording {
                match &recording {
                    Some(other) => {
                        let other = other.clone();
                        self.report(path.field("kind"), ProblemKind::SecondRecording { other });
                    }
                    None => recording = Some(path),
                }
            }
            links.push(link);
        }
        self.has_recording = recording.is_some();
        links
    }

    fn link(&mut self, value: &Value, path: JsonPath) -> Option<Link> {
        let fields = self.object(value, path, LINK_FIELDS)?;
        let url = self.ruled_text(&fields, "url", true, rules::http_url);
        let label = self.optional_text(&fields, "label");
        let kind = self.one_of(
            &fields,
            "kind",
            &[
                ("event", LinkKind::Event),
                ("recording", LinkKind::Recording),
                ("transcript", LinkKind::Transcript),
                ("report", LinkKind::Report),
                ("slides", LinkKind::Slides),
                ("write-up", LinkKind::WriteUp),
                ("other", LinkKind::Other),
            ],
            "event, recording, transcript, report, slides, write-up, other",
        );
        Some(Link { url: url?, label, kind: kind.unwrap_or_default() })
    }

    fn translations(&mut self, fields: &Fields, own: Option<&str>) -> Vec<Translation> {
        let mut translations = Vec::new();
        let mut seen: HashMap<String, JsonPath> = HashMap::new();
        for (path, value) in self.array(fields, "translations", false, 0, MAX_TRANSLATIONS) {
            let Some(fields) = self.object(value, path.clone(), TRANSLATION_FIELDS) else { continue };
            let lang = self.ruled_text(&fields, "lang", true, rules::language_tag);
            let url = self.ruled_text(&fields, "url", true, rules::http_url);
            let title = self.text(&fields, "title", false, 0, MAX_TITLE);
            let (Some(lang), Some(url)) = (lang, url) else { continue };
            let key = lang.to_ascii_lowercase();
            if own.is_some_and(|own| own.eq_ignore_ascii_case(&lang)) {
                self.report(path.field("lang"), ProblemKind::OwnLanguage { lang: lang.clone() });
            } else if let Some(other) = seen.get(&key) {
                let other = other.clone();
                self.report(path.field("lang"), ProblemKind::DuplicateLanguage { lang: lang.clone(), other });
            } else {
                seen.insert(key, path.clone());
            }
            translations.push(Translation { lang, url, title });
        }
        translations
    }

    fn organizer(&mut self, value: &Value, path: JsonPath) -> Option<Organizer> {
        let fields = self.object(value, path, ORGANIZER_FIELDS)?;
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
        let fields = self.object(value, path, SPEAKER_FIELDS)?;
        let id = self.ruled_text(&fields, "id", true, rules::slug);
        let name = self.text(&fields, "name", true, 1, MAX_NAME);
        let aliases = self
            .array(&fields, "aliases", false, 0, usize::MAX)
            .into_iter()
            .filter_map(|(path, value)| self.text_value(value, &path, 0, usize::MAX))
            .collect();
        let affiliation = self.optional_text(&fields, "affiliation");
        let title = self.text(&fields, "title", false, 0, MAX_NAME);
        let role = self.optional_text(&fields, "role");
        let group = self.text(&fields, "group", false, 0, MAX_GROUP);
        let bio = self.optional_text(&fields, "bio");
        let url = self.ruled_text(&fields, "url", false, rules::http_url);
        Some(Speaker { id: id?, name: name?, aliases, affiliation, title, role, group, bio, url })
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
        let fields = self.object(value, path, SECTION_FIELDS)?;
        let id = self.ruled_text(&fields, "id", true, rules::slug);
        let title = self.text(&fields, "title", true, 1, MAX_TITLE);
        let theme = self.ruled_text(&fields, "theme", false, rules::slug);
        let open = self.boolean(&fields, "open").unwrap_or(false);
        let summary = self.optional_text(&fields, "summary");
        let date = self.parsed(&fields, "date", rules::calendar_date);
        if let Some(date) = date {
            match self.days {
                None => self.report(fields.path.field("date"), ProblemKind::Needs { field: "date" }),
                Some((first, last)) if date < first || date > last => {
                    let range = if first == last { first.to_string() } else { format!("{first} to {last}") };
                    self.report(
                        fields.path.field("date"),
                        ProblemKind::OutsideEvent { value: date.to_string(), range },
                    );
                }
                Some(_) => {}
            }
        }
        let (time, end_time) = self.times(&fields);
        let (speaker_ids, indices) = self.speaker_list(&fields, speakers);
        let chair_id = self.text(&fields, "chair", false, 0, usize::MAX);
        let chair = chair_id.as_deref().and_then(|id| self.speaker_ref(id, fields.path.field("chair"), speakers));
        // A section with a summary may have no points ("Welcome remarks by …").
        let has_summary = summary.as_deref().is_some_and(|s| !s.trim().is_empty());
        let min_points = usize::from(!has_summary);
        let section_id = id.clone().unwrap_or_default();
        let points = self
            .array(&fields, "points", !has_summary, min_points, MAX_POINTS)
            .into_iter()
            .enumerate()
            .filter_map(|(n, (path, value))| self.point(value, path, speakers, &section_id, n))
            .collect();
        Some(Section {
            id: id?,
            title: title?,
            theme,
            open,
            summary,
            date,
            time,
            end_time,
            speakers: indices,
            speaker_ids,
            chair,
            chair_id,
            points,
        })
    }

    /// A speaker id's index; an unknown id is reported at `path`.
    fn speaker_ref(&mut self, id: &str, path: JsonPath, speakers: &SpeakerIds) -> Option<usize> {
        let index = speakers.valid.get(id).copied();
        // A declared but invalid speaker's own problems are reported where it stands.
        if index.is_none() && !speakers.declared.contains(id) {
            self.report(path, ProblemKind::UnknownSpeaker { id: id.to_owned() });
        }
        index
    }

    /// An array of speaker ids: as written, and the valid ones' indices without repeats.
    fn speaker_list(&mut self, fields: &Fields, speakers: &SpeakerIds) -> (Vec<String>, Vec<usize>) {
        let mut ids = Vec::new();
        let mut indices = Vec::new();
        for (path, value) in self.array(fields, "speakers", false, 0, usize::MAX) {
            let Some(id) = self.text_value(value, &path, 0, usize::MAX) else { continue };
            if let Some(index) = self.speaker_ref(&id, path, speakers) {
                if !indices.contains(&index) {
                    indices.push(index);
                }
            }
            ids.push(id);
        }
        (ids, indices)
    }

    fn point(
        &mut self,
        value: &Value,
        path: JsonPath,
        speakers: &SpeakerIds,
        section: &str,
        n: usize,
    ) -> Option<Point> {
        let fields = self.object(value, path, POINT_FIELDS)?;
        let id = self.ruled_text(&fields, "id", false, rules::slug);
        let own = id.is_some();
        let effective = id.clone().unwrap_or_else(|| format!("{section}-{}", n.saturating_add(1)));
        match self.point_ids.get(&effective) {
            // Two points with one id: reported where an id was written.
            Some((other, other_own)) if own || *other_own => {
                let at = if own { fields.path.field("id") } else { other.field("id") };
                self.report(at, ProblemKind::DuplicateId { id: effective });
            }
            Some(_) => {}
            None => {
                self.point_ids.insert(effective, (fields.path.clone(), own));
            }
        }
        let label = self.optional_text(&fields, "label");
        let text = self.text(&fields, "text", true, 1, MAX_POINT_TEXT);
        let (speaker_ids, indices) = self.speaker_list(&fields, speakers);
        let quote = self.boolean(&fields, "quote").unwrap_or(false);
        if quote && speaker_ids.is_empty() {
            self.report(fields.path.field("quote"), ProblemKind::QuoteWithoutSpeakers);
        }
        let question = fields.get("question").and_then(|v| self.question(v, fields.path.field("question"), speakers));
        let attribution = self.text(&fields, "attribution", false, 0, MAX_ATTRIBUTION);
        let at = self.recording_time(&fields);
        let links = self
            .array(&fields, "links", false, 0, MAX_POINT_LINKS)
            .into_iter()
            .filter_map(|(path, value)| self.source(value, path))
            .collect();
        Some(Point { id, label, text: text?, speakers: indices, speaker_ids, quote, question, attribution, at, links })
    }

    /// `points[].at`: `H:MM:SS`, `M:SS` or whole seconds, in a document with a recording.
    fn recording_time(&mut self, fields: &Fields) -> Option<u32> {
        let value = fields.get("at")?;
        let path = fields.path.field("at");
        let seconds = match value {
            Value::Number(n) => {
                let seconds = n.as_u64().and_then(|n| u32::try_from(n).ok());
                if seconds.is_none() {
                    self.report(path.clone(), ProblemKind::NotRecordingTime { value: n.to_string() });
                }
                seconds
            }
            Value::String(text) => rules::recording_time(text).map_err(|kind| self.report(path.clone(), kind)).ok(),
            other => {
                self.report(path.clone(), ProblemKind::WrongType { expected: JsonType::Text, found: json_type(other) });
                None
            }
        };
        if !self.has_recording {
            self.report(path, ProblemKind::NoRecording);
        }
        seconds
    }

    fn question(&mut self, value: &Value, path: JsonPath, speakers: &SpeakerIds) -> Option<Question> {
        let fields = self.object(value, path, QUESTION_FIELDS)?;
        let text = self.text(&fields, "text", true, 1, MAX_POINT_TEXT);
        let by_id = self.text(&fields, "by", false, 0, usize::MAX);
        let by = by_id.as_deref().and_then(|id| self.speaker_ref(id, fields.path.field("by"), speakers));
        let by_name = self.text(&fields, "byName", false, 0, MAX_NAME);
        if by_id.is_some() && by_name.is_some() {
            self.report(fields.path.clone(), ProblemKind::Both { one: "by", other: "byName" });
        }
        Some(Question { text: text?, by, by_id, by_name })
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
