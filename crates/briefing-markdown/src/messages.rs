//! The model's problems told in the author's words: the names and ids the Markdown wrote, and a
//! "did you mean" for a near miss.

use briefing_widget::model::{Problem, ProblemKind};

use super::error::ErrorKind;
use super::output::Document;

/// The message for a problem the model found in the converted document.
pub fn explain(problem: Problem, document: &Document) -> ErrorKind {
    match &problem.kind {
        ProblemKind::UnknownSpeaker { id } => {
            let named = document.speakers.iter().find(|s| {
                std::iter::once(&s.name).chain(&s.aliases).any(|name| name.to_lowercase() == id.to_lowercase())
            });
            if let Some(speaker) = named {
                return ErrorKind::NameNotId { name: id.clone(), id: speaker.id.clone() };
            }
            let near = nearest(id, document.speakers.iter().map(|s| s.id.as_str())).map(str::to_owned);
            ErrorKind::UnknownSpeaker { id: id.clone(), near }
        }
        ProblemKind::SharedName { name, other } => {
            let owner = other
                .to_string()
                .strip_prefix("speakers[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|index| index.parse::<usize>().ok())
                .and_then(|index| document.speakers.get(index));
            match owner {
                Some(owner) => ErrorKind::SharedName {
                    id: owner.id.clone(),
                    owner: owner.name.clone(),
                    what: if owner.name == *name { "name" } else { "alias" },
                    value: name.clone(),
                },
                None => ErrorKind::Format(problem),
            }
        }
        ProblemKind::DuplicateId { id } => {
            let path = problem.path.to_string();
            let index = |prefix: &str| {
                path.strip_prefix(prefix)
                    .and_then(|rest| rest.strip_suffix("].id"))
                    .and_then(|i| i.parse::<usize>().ok())
            };
            if let Some(index) = index("speakers[") {
                let made = document.speakers.get(index).is_some_and(|s| s.id_made);
                if let Some(owner) = document.speakers.iter().find(|s| s.id == *id).filter(|_| made) {
                    let owner = format!("speaker {:?} ({})", owner.id, owner.name);
                    return ErrorKind::MadeIdTaken { id: id.clone(), from: "name", owner, marker: "{id=…}" };
                }
            }
            if let Some(index) = index("sections[") {
                let made = document.sections.get(index).is_some_and(|s| s.id_made);
                if let Some(owner) = document.sections.iter().find(|s| s.id == *id).filter(|_| made) {
                    let owner = format!("section `## {}`", owner.title);
                    return ErrorKind::MadeIdTaken { id: id.clone(), from: "title", owner, marker: "{#id}" };
                }
            }
            ErrorKind::Format(problem)
        }
        _ => ErrorKind::Format(problem),
    }
}

/// The candidate closest to `word`, if it is a near miss: a typo or two away, or one of the two
/// beginning the other (`alias` for `aliases`).
pub fn nearest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let word = word.to_lowercase();
    let allowed = if word.chars().count() >= 4 { 2 } else { 1 };
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| {
            let shorter = word.chars().count().min(c.chars().count());
            let prefix = shorter >= 4 && (c.starts_with(&word) || word.starts_with(c));
            (if prefix { distance(&word, c).min(2) } else { distance(&word, c) }, c)
        })
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The Levenshtein distance between two texts, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut next = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = next.last().copied().unwrap_or(usize::MAX);
            let value = (diagonal + usize::from(ca != *cb)).min(above.saturating_add(1)).min(left.saturating_add(1));
            diagonal = above;
            next.push(value);
        }
        row = next;
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses() {
        assert_eq!(distance("niblet", "niblett"), 1);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(nearest("niblet", ["dyer", "niblett"]), Some("niblett"));
        assert_eq!(nearest("alias", ["id", "aliases", "url"]), Some("aliases"));
        assert_eq!(nearest("colour", ["id", "theme", "open"]), None);
        assert_eq!(nearest("zhou", ["ann"]), None);
    }
}
