//! Any speakers' names and any texts through mention splitting: the runs give each text back,
//! and every mention is one of its speaker's names.
#![no_main]

use briefing_widget::model::{Briefing, MentionFinder, Run, Section, Speaker};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Vec<(String, Vec<String>)>, Vec<String>)| {
    let (names, texts) = input;
    let speakers = names
        .into_iter()
        .enumerate()
        .map(|(i, (name, aliases))| Speaker {
            id: format!("s{i}"),
            name,
            aliases,
            affiliation: None,
            role: None,
            bio: None,
            url: None,
        })
        .collect();
    let briefing = Briefing {
        version: 1,
        id: "fuzz".into(),
        title: "Fuzz".into(),
        date: None,
        lang: None,
        summary: None,
        source: None,
        organizer: None,
        speakers,
        sections: Vec::<Section>::new(),
    };
    let finder = MentionFinder::new(&briefing);
    for text in &texts {
        let runs = finder.split(text);
        assert_eq!(runs.iter().map(Run::as_str).collect::<String>(), *text);
        for run in runs {
            assert!(!run.as_str().is_empty());
            if let Run::Mention(mention) = run {
                let speaker = briefing.speaker(mention.speaker).expect("a real speaker");
                assert!(speaker.name == mention.text || speaker.aliases.iter().any(|a| a == mention.text));
            }
        }
    }
});
