//! The 1.1 example round trip: its Markdown (`examples/arctic-futures-2026.md`) → `from-markdown`
//! → JSON that is exactly the example JSON as the model holds it → `check` (ok, no warning) →
//! `render`.

mod common;

use common::{briefing, code, fixture, repo, scratch, stderr, stdout};

#[test]
fn the_1_1_example_goes_from_markdown_to_json_to_check_to_render() {
    let output = briefing(["from-markdown".as_ref(), repo("examples/arctic-futures-2026.md").as_os_str()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    // Exactly the example JSON, as the widget holds it (`at` in seconds, the model's field order).
    let example = std::fs::read(fixture("arctic-futures-2026.json")).expect("the 1.1 example");
    let model = briefing_widget::model::parse_briefing(&example).expect("the example is valid");
    let expected = serde_json::to_string_pretty(&model).expect("JSON") + "\n";
    let json = stdout(&output);
    assert_eq!(json, expected);

    let file = scratch("arctic-futures-2026.json", &json);
    let checked = briefing(["check".as_ref(), file.as_os_str()]);
    assert_eq!(code(&checked), 0, "{}", stdout(&checked));
    assert_eq!(stdout(&checked), format!("{}: ok\n", file.display()), "no warning");

    let rendered = briefing(["render".as_ref(), file.as_os_str()]);
    assert_eq!(code(&rendered), 0, "{}", stderr(&rendered));
    let html = stdout(&rendered);
    for words in [
        "Arctic Futures Forum 2026: Shipping, Security and the Melting North",
        "Debate: This house believes the Arctic Council can no longer keep the peace",
        "This is not an empty ocean waiting for ships.",
        "Several delegates from shipping firms said ports along the route lack repair",
    ] {
        assert!(html.contains(words), "{words:?} not in the rendered HTML");
    }
}

#[test]
fn the_1_1_example_names_every_attribution_it_inferred() {
    let output = briefing(["from-markdown".as_ref(), repo("examples/arctic-futures-2026.md").as_os_str()]);
    let notes: Vec<String> = stderr(&output)
        .lines()
        .map(|line| line.split_once(": note: ").map_or(line.to_owned(), |(_, note)| note.to_owned()))
        .collect();
    assert_eq!(notes.len(), 7, "{notes:?}");
    assert_eq!(notes[0], "sections[1].points[0] is attributed to \"tanaka\" (Yui Tanaka), named here as \"Tanaka\"");
}
