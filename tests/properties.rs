//! Property tests: no input makes parsing, validation or mention splitting panic, and mention
//! splitting always gives back the text it was given.
#![cfg(not(target_arch = "wasm32"))]

use briefing_widget::model::{parse_briefing, Briefing, MentionFinder, Run, Speaker};
use proptest::prelude::*;
use serde_json::{Map, Number, Value};

const EXAMPLE: &str = include_str!("fixtures/north-korea-2013.json");

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
    if let Ok(briefing) = parse_briefing(value.to_string().as_bytes()) {
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
    fn parsing_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_briefing(&bytes);
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
        assert_round_trip(&MentionFinder::new(&briefing), &briefing, &text);
    }
}

fn speaker(index: usize, name: &str, aliases: &[String]) -> Speaker {
    Speaker {
        id: format!("s{index}"),
        name: name.to_owned(),
        aliases: aliases.to_vec(),
        affiliation: None,
        role: None,
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
