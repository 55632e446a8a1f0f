//! Property tests: the model's JSON reader agrees with serde_json on generated documents; no input
//! makes parsing, validation or mention splitting panic; mention splitting gives back the text it
//! was given and finds what a naive reference matcher finds.
#![cfg(not(target_arch = "wasm32"))]

use briefing_widget::model::json::differential;
use briefing_widget::model::mention::is_unspaced_script;
use briefing_widget::model::{check_briefing, parse_briefing, Briefing, BriefingError, MentionFinder, Run, Speaker};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

const EXAMPLE: &str = include_str!("fixtures/north-korea-2013.json");
const EXAMPLE_1_1: &str = include_str!("fixtures/arctic-futures-2026.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).expect("the example is JSON")
}

/// The format's field names, so that generated objects reach deep into the rules.
const FIELDS: &[&str] = &[
    "version",
    "id",
    "title",
    "date",
    "lang",
    "summary",
    "source",
    "url",
    "label",
    "organizer",
    "name",
    "about",
    "speakers",
    "aliases",
    "affiliation",
    "role",
    "bio",
    "sections",
    "theme",
    "open",
    "points",
    "text",
    // Version 1.1.
    "endDate",
    "time",
    "endTime",
    "timeZone",
    "venue",
    "address",
    "attendance",
    "organizers",
    "series",
    "edition",
    "links",
    "kind",
    "byline",
    "published",
    "updated",
    "status",
    "translations",
    "group",
    "chair",
    "quote",
    "question",
    "by",
    "byName",
    "attribution",
    "at",
];

/// Characters from every corner: ASCII, combining marks, right-to-left, CJK, Thai, kana, emoji.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => proptest::char::range('A', 'Z'),
        2 => Just(' '),
        1 => prop_oneof![Just('-'), Just('.'), Just(','), Just('\n'), Just('<'), Just('"'), Just('\'')],
        2 => proptest::char::range('\u{4E00}', '\u{4E40}'),
        2 => proptest::char::range('\u{0E01}', '\u{0E3A}'),
        1 => proptest::char::range('\u{3040}', '\u{30FF}'),
        1 => proptest::char::range('\u{0300}', '\u{036F}'),
        1 => proptest::char::range('\u{0600}', '\u{06FF}'),
        1 => proptest::char::range('\u{1F300}', '\u{1F64F}'),
        1 => any::<char>(),
    ]
}

fn any_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any_char(), 0..max).prop_map(|chars| chars.into_iter().collect())
}

/// Any JSON value: scalars of every type (and slugs, dates, URLs that almost pass), nested arrays,
/// objects keyed mostly by the format's field names.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0_u64..3).prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        any_text(24).prop_map(Value::String),
        "[a-z0-9-]{0,70}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
        "(https?|javascript|ftp):/{0,3}[a-z. ]{0,12}".prop_map(Value::String),
        // Version 1.1's values, and near misses: times, zones, moments, date-times, enumerations.
        "[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?".prop_map(Value::String),
        "(UTC|Europe/London|Asia/Ho_Chi_Minh|[A-Za-z/]{0,12})".prop_map(Value::String),
        "2013-0[0-9]-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?(Z|[+-][0-9]{2}:[0-9]{2})?)?"
            .prop_map(Value::String),
        proptest::sample::select(
            &[
                "in-person",
                "online",
                "hybrid",
                "recording",
                "write-up",
                "report",
                "upcoming",
                "live",
                "ended",
                "flake",
                "jin"
            ][..]
        )
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        let key = prop_oneof![3 => proptest::sample::select(FIELDS).prop_map(str::to_owned), 1 => any_text(8)];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((key, inner), 0..10).prop_map(|pairs| Value::Object(Map::from_iter(pairs))),
        ]
    })
}

/// One edit somewhere in a document: `steps` pick a path (each modulo the children there).
#[derive(Debug, Clone)]
enum Edit {
    Replace { steps: Vec<usize>, with: Value },
    Remove { steps: Vec<usize> },
    Duplicate { steps: Vec<usize> },
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let steps = || proptest::collection::vec(any::<usize>(), 0..7);
    prop_oneof![
        (steps(), any_json()).prop_map(|(steps, with)| Edit::Replace { steps, with }),
        steps().prop_map(|steps| Edit::Remove { steps }),
        steps().prop_map(|steps| Edit::Duplicate { steps }),
    ]
}

/// The value `steps` lead to, stopping early at a scalar or an empty container.
fn walk<'v>(value: &'v mut Value, steps: &[usize]) -> &'v mut Value {
    let Some((step, rest)) = steps.split_first() else { return value };
    let len = match value {
        Value::Array(items) => items.len(),
        Value::Object(map) => map.len(),
        _ => 0,
    };
    if len == 0 {
        return value;
    }
    let child = match value {
        Value::Array(items) => items.get_mut(step % len),
        Value::Object(map) => map.values_mut().nth(step % len),
        _ => None,
    };
    walk(child.expect("a child within the length"), rest)
}

fn apply(document: &mut Value, edit: &Edit) {
    match edit {
        Edit::Replace { steps, with } => *walk(document, steps) = with.clone(),
        Edit::Remove { steps } | Edit::Duplicate { steps } => {
            let (last, parent) = steps.split_last().map_or((0, &steps[..0]), |(l, p)| (*l, p));
            match walk(document, parent) {
                Value::Array(items) if !items.is_empty() => {
                    let at = last % items.len();
                    if matches!(edit, Edit::Remove { .. }) {
                        items.remove(at);
                    } else {
                        let copy = items[at].clone();
                        items.insert(at, copy);
                    }
                }
                Value::Object(map) if !map.is_empty() => {
                    let key = map.keys().nth(last % map.len()).cloned().unwrap_or_default();
                    if matches!(edit, Edit::Remove { .. }) {
                        map.remove(&key);
                    } else {
                        map.insert(format!("{key}-copy"), map[&key].clone());
                    }
                }
                _ => {}
            }
        }
    }
}

/// A JSON number from every corner: leading zeros, long digit strings, `-0`, fractions without
/// digits, exponents at and past the ends of i32 and of f64.
fn json_number() -> impl Strategy<Value = String> {
    let integer = prop_oneof![
        Just("0".to_owned()),
        "[1-9][0-9]{0,3}",
        "[1-9][0-9]{17,45}",
        "0[0-9]{1,3}",
        Just("18446744073709551616".to_owned()),
        Just("9223372036854775808".to_owned()),
    ];
    let fraction =
        prop_oneof![2 => Just(String::new()), 2 => "\\.[0-9]{1,4}", 1 => "\\.[0-9]{18,60}", 1 => Just(".".to_owned())];
    let digits = prop_oneof![
        "[0-9]{1,3}",
        Just("308".to_owned()),
        Just("309".to_owned()),
        Just("324".to_owned()),
        Just("2147483647".to_owned()),
        Just("2147483648".to_owned()),
        Just("0000000000000000000000309".to_owned()),
        "[0-9]{10,14}",
        Just(String::new()),
    ];
    let exponent = prop_oneof![2 => Just(String::new()), 3 => ("[eE]", "[+-]?", digits).prop_map(|(e, sign, d)| format!("{e}{sign}{d}"))];
    ("-?", integer, fraction, exponent).prop_map(|(minus, i, f, e)| format!("{minus}{i}{f}{e}"))
}

/// A JSON string, quotes included: plain text, control characters, and escapes valid and not
/// (surrogate pairs, lone and reversed surrogates, short and non-hex `\u`, unknown letters).
fn json_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => any_char().prop_filter("not a quote or backslash", |c| *c != '"' && *c != '\\').prop_map(String::from),
        1 => proptest::sample::select(&["\\n", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\t"][..]).prop_map(str::to_owned),
        1 => "\\\\u[0-9a-fA-F]{4}",
        1 => ("[dD][89abAB][0-9a-f]{2}", "[dD][c-fC-F][0-9a-f]{2}").prop_map(|(high, low)| format!("\\u{high}\\u{low}")),
        1 => proptest::sample::select(&["\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d\\u0041", "\\ud83dx", "\\ud83d\\n", "\\u12", "\\u12g4", "\\x", "\\u0000", "\u{1}", "\u{1f}", "\u{7f}"][..]).prop_map(str::to_owned),
    ];
    proptest::collection::vec(piece, 0..8).prop_map(|pieces| format!("\"{}\"", pieces.concat()))
}

/// JSON text: values nested a few levels, mostly well formed, with whitespace between tokens and
/// now and then a mistake (a missing or trailing comma, a missing colon, a bare word).
fn json_text() -> impl Strategy<Value = String> {
    let space = || proptest::sample::select(&["", "", " ", "\n", "\r\n\t "][..]);
    let leaf = prop_oneof![
        3 => json_number(),
        3 => json_string(),
        1 => proptest::sample::select(&["null", "true", "false", "nul", "tru", "[]", "{}", "-", ""][..]).prop_map(str::to_owned),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        let separator = prop_oneof![12 => Just(","), 1 => Just(""), 1 => Just(",,")];
        let item = (space(), inner.clone(), space());
        let member = (json_string(), prop_oneof![12 => Just(":"), 1 => Just("")], inner, space());
        prop_oneof![
            (proptest::collection::vec(item, 0..5), separator.clone(), any::<bool>()).prop_map(
                |(items, sep, trailing)| {
                    let items: Vec<String> = items.into_iter().map(|(a, v, b)| format!("{a}{v}{b}")).collect();
                    format!("[{}{}]", items.join(sep), if trailing && !items.is_empty() { "," } else { "" })
                }
            ),
            (proptest::collection::vec(member, 0..5), separator).prop_map(|(members, sep)| {
                let members: Vec<String> =
                    members.into_iter().map(|(k, colon, v, s)| format!("{k}{colon}{s}{v}")).collect();
                format!("{{{}}}", members.join(sep))
            }),
        ]
    })
    .prop_flat_map(move |value| (space(), Just(value), space()).prop_map(|(a, v, b)| format!("{a}{v}{b}")))
}

/// A byte-level change to a document: insert, delete or replace a byte (mostly JSON's own).
#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, u8),
    Delete(usize),
    Replace(usize, u8),
}

fn any_mutation() -> impl Strategy<Value = Mutation> {
    let byte = prop_oneof![3 => proptest::sample::select(&b"\"\\,:{}[]0-.eE+u \n"[..]), 1 => any::<u8>()];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, b)| Mutation::Insert(at, b)),
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), byte).prop_map(|(at, b)| Mutation::Replace(at, b)),
    ]
}

impl Mutation {
    fn apply(&self, bytes: &mut Vec<u8>) {
        let len = bytes.len().max(1);
        match *self {
            Mutation::Insert(at, byte) => bytes.insert(at % (bytes.len() + 1), byte),
            Mutation::Delete(at) if !bytes.is_empty() => {
                bytes.remove(at % len);
            }
            Mutation::Replace(at, byte) if !bytes.is_empty() => bytes[at % len] = byte,
            Mutation::Delete(_) | Mutation::Replace(..) => {}
        }
    }
}

/// The format's mention rule written the slow, obvious way ("Speaker mentions" in
/// briefing-format.md): at each character from the start, every name or alias that stands there
/// as a whole word; the longest wins (among equal names, the first speaker's); continue after it.
fn reference_mentions(speakers: &[Speaker], text: &str) -> Vec<(usize, usize, usize)> {
    let is_word_char = |c: char| c.is_alphanumeric() && !is_unspaced_script(c);
    // An edge between `outside` and `inside` (the name's character next to it) is a word boundary.
    let boundary = |outside: Option<char>, inside: Option<char>| {
        !outside.is_some_and(is_word_char) || inside.is_some_and(is_unspaced_script)
    };
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let mut best: Option<(usize, usize)> = None;
        for (index, speaker) in speakers.iter().enumerate() {
            for name in std::iter::once(&speaker.name).chain(&speaker.aliases) {
                let end = at + name.len();
                let whole = !name.trim().is_empty()
                    && text.is_char_boundary(at)
                    && text.get(at..).is_some_and(|rest| rest.starts_with(name.as_str()))
                    && boundary(text[..at].chars().next_back(), name.chars().next())
                    && boundary(text[end..].chars().next(), name.chars().next_back());
                if whole && best.is_none_or(|(length, _)| name.len() > length) {
                    best = Some((name.len(), index));
                }
            }
        }
        match best {
            Some((length, speaker)) => {
                found.push((at, at + length, speaker));
                at += length;
            }
            None => at += 1,
        }
    }
    found
}

/// The mentions the finder reports, as `(start, end, speaker)`.
fn finder_mentions(finder: &MentionFinder, text: &str) -> Vec<(usize, usize, usize)> {
    finder
        .split(text)
        .into_iter()
        .filter_map(|run| match run {
            Run::Mention(m) => Some((m.start, m.start + m.text.len(), m.speaker)),
            Run::Plain(_) => None,
        })
        .collect()
}

/// Every text a reader sees mentions in splits back into itself.
fn assert_mentions_round_trip(briefing: &Briefing) {
    let finder = MentionFinder::new(briefing);
    let texts = briefing.summary.iter().chain(
        briefing.sections.iter().flat_map(|s| &s.points).flat_map(|p| p.label.iter().chain(std::iter::once(&p.text))),
    );
    for text in texts {
        assert_round_trip(&finder, briefing, text);
    }
}

fn assert_round_trip(finder: &MentionFinder, briefing: &Briefing, text: &str) {
    let runs = finder.split(text);
    assert_eq!(runs.iter().map(Run::as_str).collect::<String>(), text);
    for run in &runs {
        assert!(!run.as_str().is_empty(), "no empty run in {runs:?}");
        if let Run::Mention(mention) = run {
            let speaker = briefing.speaker(mention.speaker).expect("a mention names a real speaker");
            let names: Vec<&String> = std::iter::once(&speaker.name).chain(&speaker.aliases).collect();
            assert!(names.iter().any(|n| *n == mention.text), "{:?} is a name of {names:?}", mention.text);
        }
    }
}

fn check_document(value: &Value) {
    let checked = check_briefing(value.to_string().as_bytes());
    // Warnings name a field that is in the document, with a known field as the suggestion.
    for warning in &checked.warnings {
        assert!(warning.to_string().contains(": unknown field, ignored"), "{warning}");
    }
    if let Ok(briefing) = checked.result {
        assert_mentions_round_trip(&briefing);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn validation_never_panics_on_any_json(value in any_json()) {
        check_document(&value);
    }

    #[test]
    fn validation_never_panics_on_edits_of_the_example(edits in proptest::collection::vec(any_edit(), 1..6)) {
        let mut document = example();
        for edit in &edits {
            apply(&mut document, edit);
        }
        check_document(&document);
    }

    #[test]
    fn validation_never_panics_on_edits_of_the_version_1_1_example(edits in proptest::collection::vec(any_edit(), 1..6)) {
        let mut document: Value = serde_json::from_str(EXAMPLE_1_1).expect("the example is JSON");
        for edit in &edits {
            apply(&mut document, edit);
        }
        check_document(&document);
    }

    #[test]
    fn the_json_reader_agrees_with_serde_json_on_generated_documents(text in json_text()) {
        let bytes = text.as_bytes();
        prop_assert_eq!(differential::ours(bytes), differential::reference(bytes), "input {:?}", text);
    }

    #[test]
    fn the_json_reader_agrees_with_serde_json_on_deep_nesting(
        depth in 120_usize..136,
        opens in proptest::collection::vec(prop_oneof![Just("["), Just("{\"k\":")], 136),
        inner in json_text(),
        closed in any::<bool>(),
    ) {
        let opens = opens.get(..depth).unwrap_or_default();
        let mut text: String = opens.concat();
        text.push_str(&inner);
        if closed {
            text.extend(opens.iter().rev().map(|open| if *open == "[" { ']' } else { '}' }));
        }
        let bytes = text.as_bytes();
        prop_assert_eq!(differential::ours(bytes), differential::reference(bytes), "input {:?}", text);
    }

    /// Near-valid briefings (the example edited, written out as JSON text) with bytes mutated:
    /// the bytes path agrees with serde_json: the same syntax verdict and position, and where
    /// serde_json reads a value, the same validation as that value written out again.
    #[test]
    fn parsing_bytes_agrees_with_serde_json_then_validation(
        edits in proptest::collection::vec(any_edit(), 0..3),
        mutations in proptest::collection::vec(any_mutation(), 0..4),
    ) {
        let mut document = example();
        for edit in &edits {
            apply(&mut document, edit);
        }
        let mut bytes = if mutations.len() % 2 == 0 {
            document.to_string().into_bytes()
        } else {
            serde_json::to_vec_pretty(&document).expect("a value is written")
        };
        for mutation in &mutations {
            mutation.apply(&mut bytes);
        }
        let ours = parse_briefing(&bytes);
        // The model allows a byte order mark; serde_json does not.
        let reference = serde_json::from_slice::<Value>(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
        match (&ours, &reference) {
            (Err(BriefingError::Syntax { line, column, .. }), Err(error)) => {
                prop_assert_eq!((*line, *column), (error.line(), error.column()));
            }
            (Err(BriefingError::Syntax { .. }), Ok(_)) | (_, Err(_)) => {
                prop_assert!(false, "syntax verdicts differ: {:?} / {:?}", ours, reference);
            }
            (ours, Ok(value)) => {
                let rewritten = serde_json::to_vec(value).expect("a value is written");
                prop_assert_eq!(ours, &parse_briefing(&rewritten));
            }
        }
        if let Ok(briefing) = &ours {
            assert_mentions_round_trip(briefing);
        }
    }

    #[test]
    fn parsing_never_panics_on_damaged_example_bytes(
        cut in any::<usize>(),
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8),
    ) {
        let mut bytes = EXAMPLE.as_bytes().to_vec();
        for (at, byte) in flips {
            let at = at % bytes.len();
            bytes[at] = byte;
        }
        bytes.truncate(cut % (bytes.len() + 1));
        let _ = parse_briefing(&bytes);
    }

    #[test]
    fn mention_splitting_gives_back_the_text(
        names in proptest::collection::vec((any_text(6), proptest::collection::vec(any_text(4), 0..3)), 0..6),
        pieces in proptest::collection::vec((any::<usize>(), any_text(6)), 0..12),
    ) {
        let speakers: Vec<Speaker> = names
            .iter()
            .enumerate()
            .map(|(i, (name, aliases))| speaker(i, name, aliases))
            .collect();
        let all_names: Vec<&String> = names.iter().flat_map(|(n, a)| std::iter::once(n).chain(a)).collect();
        // Text woven from the names and other characters, so that mentions are frequent.
        let text: String = pieces
            .iter()
            .map(|(pick, other)| match all_names.get(pick % (all_names.len() + 1)) {
                Some(name) if pick % 3 != 0 => format!("{name}{}", other.chars().take(pick % 3).collect::<String>()),
                _ => other.clone(),
            })
            .collect();
        let briefing = briefing_with(speakers);
        let finder = MentionFinder::new(&briefing);
        assert_round_trip(&finder, &briefing, &text);
        prop_assert_eq!(finder_mentions(&finder, &text), reference_mentions(&briefing.speakers, &text), "in {:?}", text);
    }
}

fn speaker(index: usize, name: &str, aliases: &[String]) -> Speaker {
    Speaker {
        id: format!("s{index}"),
        name: name.to_owned(),
        aliases: aliases.to_vec(),
        affiliation: None,
        title: None,
        role: None,
        group: None,
        bio: None,
        url: None,
    }
}

fn briefing_with(speakers: Vec<Speaker>) -> Briefing {
    let mut briefing = parse_briefing(example().to_string().as_bytes()).expect("the example is valid");
    briefing.speakers = speakers;
    briefing
}

#[test]
fn names_in_scripts_without_spaces_are_found_and_give_back_the_text() {
    let briefing = briefing_with(vec![
        speaker(0, "朱锋", &["朱".into()]),
        speaker(1, "สมชาย", &[]),
        speaker(2, "Zhu Feng", &["Zhu".into()]),
    ]);
    let finder = MentionFinder::new(&briefing);
    for text in ["朱锋说朱锋和朱", "คุณสมชายกล่าวว่าสมชาย", "Zhu Fengxi, Zhu; 朱Zhu朱", "", "朱"]
    {
        assert_round_trip(&finder, &briefing, text);
    }
    let mentioned: Vec<&str> = finder
        .split("朱锋说，สมชาย和Zhu Feng")
        .into_iter()
        .filter_map(|run| match run {
            Run::Mention(m) => Some(m.text),
            Run::Plain(_) => None,
        })
        .collect();
    assert_eq!(mentioned, ["朱锋", "สมชาย", "Zhu Feng"]);
}
