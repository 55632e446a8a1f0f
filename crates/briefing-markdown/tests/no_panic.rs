//! The studio converts whatever the author has typed so far, on every keystroke: no text may
//! panic the converter, and every place it reports is inside the text. (Native: proptest.)
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

/// Pieces that Markdown and the convention give meaning to, and text in three scripts.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---\n".to_owned()),
        Just("# ".to_owned()),
        Just("## ".to_owned()),
        Just("## Speakers\n".to_owned()),
        Just("- ".to_owned()),
        Just("  ".to_owned()),
        Just("> ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("**".to_owned()),
        Just("{#".to_owned()),
        Just("{id=ann aliases=\"Ann, 安\"}".to_owned()),
        Just("}".to_owned()),
        Just("\\".to_owned()),
        Just("[speakers: ann]".to_owned()),
        Just("[words](https://example.org)".to_owned()),
        Just("Q (Ann): ".to_owned()),
        Just("date: 2026-10-22/2026-10-23\n".to_owned()),
        Just("organizer-about: x\n".to_owned()),
        Just("at=1:00 quote}".to_owned()),
        Just("Ann Lee — Org (chair)".to_owned()),
        Just("وعبدالله ".to_owned()),
        Just("朱锋——北京大学（主持）".to_owned()),
        Just("<b>".to_owned()),
        Just("| a |\n|---|\n".to_owned()),
        "[a-zA-Z .,:;()]{0,12}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn no_text_panics_and_every_place_is_in_the_text(pieces in proptest::collection::vec(piece(), 0..40)) {
        let text: String = pieces.concat();
        let conversion = briefing_markdown::convert(&text);
        for place in conversion.diagnostics.iter().map(|d| d.place).chain(conversion.attributions.iter().map(|a| a.place)) {
            prop_assert!(place.offset <= text.len());
            prop_assert!(text.is_char_boundary(place.offset), "{place:?} in {text:?}");
            prop_assert!(place.line >= 1 && place.column >= 1);
        }
        prop_assert_eq!(conversion.json.is_some(), conversion.errors().count() == 0);
    }
}
