//! Any bytes through `parse_briefing` (size limit, JSON, every rule); every valid result's texts
//! through mention splitting, which must give each text back.
#![no_main]

use briefing_widget::model::{parse_briefing, Briefing, BriefingError, MentionFinder, Run};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match parse_briefing(bytes) {
        Ok(briefing) => split_every_text(&briefing),
        Err(error) => {
            // A rejected document always says why, in lines a partner can read.
            let messages = error.messages();
            assert!(!messages.is_empty() && messages.iter().all(|m| !m.is_empty()), "{error:?}");
            if let BriefingError::Invalid(problems) = &error {
                assert!(!problems.is_empty());
            }
        }
    }
});

fn split_every_text(briefing: &Briefing) {
    let finder = MentionFinder::new(briefing);
    let points = briefing.sections.iter().flat_map(|s| &s.points);
    let texts = briefing.summary.iter().chain(points.flat_map(|p| p.label.iter().chain([&p.text])));
    for text in texts {
        let runs = finder.split(text);
        assert_eq!(runs.iter().map(Run::as_str).collect::<String>(), *text);
        for run in runs {
            if let Run::Mention(mention) = run {
                assert!(briefing.speaker(mention.speaker).is_some());
            }
        }
    }
}
