//! Section list items and block quotes: `- **Label:** text [speakers: id, id] {#id at=… quote
//! attribution="…"}`, every part but the text optional; `Q (who): …` opens a question.

use super::blocks::{Inline, Item};
use super::error::MarkdownError;
use super::marker::{self, Fields};
use super::output::{Point, Positions, Question, Source};
use super::spanned::{Piece, Spanned};
use super::speakers::LIST_SEPARATORS;

/// Open an explicit speaker list at the end of a point (with an ASCII or a full-width colon).
const SPEAKERS_OPEN: [&str; 2] = ["[speakers:", "[speakers："];
/// What a point's marker may hold.
const KEYS: &[&str] = &["id", "at", "quote", "attribution"];
const EXPECTED: &str = "#id, at=…, quote or attribution=\"…\"";
/// What opens a question: `Q:`, `Q (who):`, `Question:`, `问：`, `سؤال:`.
const QUESTION_OPEN: &[&str] = &["Q", "Question", "问", "提问", "سؤال"];

/// Reads a point from a list item or block quote; `path` is its JSON path (`sections[1].points[0]`).
pub fn point(item: &Item, path: &str, positions: &mut Positions, errors: &mut Vec<MarkdownError>) -> Point {
    positions.set(path, item.offset);
    let mut point = Point { source: item.offset..item.end, ..Point::default() };
    // The text's paragraphs, each with the text it was cut from.
    let mut body: Vec<(Piece<'_>, &Spanned)> = Vec::new();
    for (index, paragraph) in item.paragraphs.iter().enumerate() {
        links(paragraph, path, &mut point, positions);
        if links_only(paragraph) {
            continue;
        }
        let mut piece = paragraph.text.piece();
        if index == 0 {
            if let Some((label, rest)) = label(piece, paragraph.leading_strong.clone()) {
                positions.set(format!("{path}.label"), paragraph.text.source_offset(label.at));
                point.label = Some(label.flat());
                piece = rest;
            } else if let Some((asker, question)) = question(piece) {
                positions.set(format!("{path}.question"), paragraph.text.source_offset(piece.at));
                positions.set(format!("{path}.question.text"), paragraph.text.source_offset(question.at));
                let asker = asker.map(|a| {
                    positions.set(format!("{path}.question.by"), paragraph.text.source_offset(a.at));
                    positions.set(format!("{path}.question.byName"), paragraph.text.source_offset(a.at));
                    a.text.to_owned()
                });
                // Whether the asker is a speaker is decided once the speakers are known.
                point.question = Some(Question { text: question.flat(), by: None, by_name: asker });
                continue;
            }
        }
        body.push((piece.trim(), &paragraph.text));
    }
    if let Some((last, spanned)) = body.last_mut() {
        let mut marker_found = false;
        for _ in 0..2 {
            if !marker_found {
                let (rest, fields, found) = trailing_marker(*last, spanned, errors);
                if found {
                    marker_found = true;
                    *last = rest;
                    apply_marker(&fields, spanned, path, &mut point, positions);
                }
            }
            if !point.explicit_speakers {
                if let Some((rest, ids)) = explicit_speakers(*last) {
                    *last = rest;
                    point.explicit_speakers = true;
                    for id in ids {
                        positions
                            .set(format!("{path}.speakers[{}]", point.speakers.len()), spanned.source_offset(id.at));
                        point.speakers.push(id.text.to_owned());
                    }
                }
            }
        }
    }
    body.retain(|(piece, _)| !piece.is_empty());
    if let Some((first, spanned)) = body.first() {
        positions.set(format!("{path}.text"), spanned.source_offset(first.at));
    }
    point.text = body.iter().map(|(piece, _)| piece.flat()).collect::<Vec<_>>().join("\n\n");
    point
}

/// A trailing `{…}` marker of a point's last paragraph: the text before it, its fields, and
/// whether there was one; a bad marker is reported.
fn trailing_marker<'t>(
    last: Piece<'t>,
    spanned: &Spanned,
    errors: &mut Vec<MarkdownError>,
) -> (Piece<'t>, Fields<'t>, bool) {
    match marker::split(last, &|at| spanned.is_escaped(at)) {
        Ok((rest, entries)) if !entries.is_empty() => {
            let (fields, problems) = Fields::new(entries, KEYS, EXPECTED);
            errors.extend(problems.into_iter().map(|(at, kind)| spanned.error(at, kind)));
            (rest, fields, true)
        }
        Ok(_) => (last, Fields::default(), false),
        Err((at, kind)) => {
            errors.push(spanned.error(at, kind));
            (last, Fields::default(), false)
        }
    }
}

fn apply_marker(fields: &Fields<'_>, spanned: &Spanned, path: &str, point: &mut Point, positions: &mut Positions) {
    let mut value = |key: &str, field: &str| {
        fields.get(key).map(|piece| {
            positions.set(format!("{path}.{field}"), spanned.source_offset(piece.at));
            piece.text.to_owned()
        })
    };
    point.id = value("id", "id");
    point.at = value("at", "at").map(|at| match at.parse::<u64>() {
        Ok(seconds) if at.bytes().all(|b| b.is_ascii_digit()) => serde_json::Value::from(seconds),
        _ => serde_json::Value::from(at),
    });
    point.attribution = value("attribution", "attribution");
    if fields.get("quote").is_some() {
        point.quote = true;
    }
}

/// The paragraph's Markdown links, as the point's `links` (once per URL).
fn links(paragraph: &Inline, path: &str, point: &mut Point, positions: &mut Positions) {
    for link in &paragraph.links {
        if point.links.iter().any(|l| l.url.as_deref() == Some(link.url.as_str())) {
            continue;
        }
        let index = point.links.len();
        positions.set(format!("{path}.links[{index}]"), link.offset);
        positions.set(format!("{path}.links[{index}].url"), link.offset);
        let words = paragraph.text.text().get(link.words.clone()).unwrap_or_default();
        let label = Piece::whole(words).flat();
        point.links.push(Source { url: Some(link.url.clone()), label: Some(label).filter(|l| !l.is_empty()) });
    }
}

/// Whether a paragraph holds nothing but links (and commas or dots between them): the point's
/// list of pages, not its text.
fn links_only(paragraph: &Inline) -> bool {
    if paragraph.links.is_empty() {
        return false;
    }
    let text = paragraph.text.text();
    let mut rest = String::new();
    let mut from = 0;
    for link in &paragraph.links {
        rest.push_str(text.get(from..link.words.start).unwrap_or_default());
        from = link.words.end;
    }
    rest.push_str(text.get(from..).unwrap_or_default());
    rest.chars().all(|c| c.is_whitespace() || matches!(c, ',' | ';' | '·' | '|' | '•' | '，' | '、'))
}

/// A question opening a paragraph: `Q: text`, `Q (who): text` (also `Question`, `问`, `سؤال`, and
/// full-width colons and parentheses); the asker as written, and the question.
fn question(text: Piece<'_>) -> Option<(Option<Piece<'_>>, Piece<'_>)> {
    QUESTION_OPEN.iter().filter(|open| text.text.starts_with(**open)).find_map(|opener| question_after(text, opener))
}

fn question_after<'t>(text: Piece<'t>, opener: &str) -> Option<(Option<Piece<'t>>, Piece<'t>)> {
    let mut rest = text.after(opener.len());
    rest = rest.after(rest.text.len() - rest.text.trim_start().len());
    let mut asker = None;
    if let Some(open) = rest.text.chars().next().filter(|c| matches!(c, '(' | '（')) {
        let close = if open == '(' { ')' } else { '）' };
        let end = rest.text.find(close)?;
        asker = Some(rest.slice(open.len_utf8(), end).trim()).filter(|a| !a.is_empty());
        rest = rest.after(end + close.len_utf8());
    }
    let colon = rest.text.chars().next().filter(|c| matches!(c, ':' | '：'))?;
    Some((asker, rest.after(colon.len_utf8()).trim()))
}

/// A `**Label:**` or `**Label**:` that opens the text, and the text after it.
/// A `**…**` that CommonMark leaves as text, since a full-width colon before its closing `**`
/// keeps it from closing (`**标签：**朱锋说`), counts too.
fn label(text: Piece<'_>, strong: Option<std::ops::Range<usize>>) -> Option<(Piece<'_>, Piece<'_>)> {
    let literal = || {
        let close = text.text.strip_prefix("**")?.find("**")?;
        Some((text.slice(2, 2 + close), text.after(2 + close + 2)))
    };
    let (words, after) = match strong.filter(|range| range.start == 0) {
        Some(strong) => (text.slice(strong.start, strong.end), text.after(strong.end)),
        None => literal()?,
    };
    let words = words.trim();
    let (label, rest) = if let Some(label) = words.text.strip_suffix([':', '：']) {
        (words.before(label.len()).trim(), after)
    } else if let Some(colon) = after.text.chars().next().filter(|c| matches!(c, ':' | '：')) {
        (words, after.after(colon.len_utf8()))
    } else {
        return None;
    };
    Some((label, rest)).filter(|(label, _)| !label.is_empty())
}

/// A trailing `[speakers: a, b]`: the text before it and the ids.
fn explicit_speakers(text: Piece<'_>) -> Option<(Piece<'_>, Vec<Piece<'_>>)> {
    let text = text.trim();
    let (open, opener) = SPEAKERS_OPEN
        .iter()
        .filter_map(|opener| text.text.rfind(opener).map(|at| (at, opener)))
        .max()
        .filter(|_| text.text.ends_with(']'))?;
    let list = text.slice(open + opener.len(), text.text.len() - 1);
    let ids = list.split_any(&LIST_SEPARATORS).map(Piece::trim).filter(|id| !id.is_empty()).collect();
    Some((text.before(open).trim(), ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_end_with_a_colon_inside_or_after_the_strong_words() {
        let text = Piece::whole("In policy: Jin said");
        assert_eq!(label(text, Some(0..10)).map(|(l, r)| (l.text, r.text)), Some(("In policy", " Jin said")));
        let text = Piece::whole("In policy: Jin said");
        assert_eq!(label(text, Some(0..9)).map(|(l, r)| (l.text, r.text)), Some(("In policy", " Jin said")));
        assert_eq!(label(Piece::whole("Very important point"), Some(0..4)), None);
        assert_eq!(label(Piece::whole("Jin: said"), None), None);
        let text = Piece::whole("标签：朱锋说");
        assert_eq!(label(text, Some(0..9)).map(|(l, r)| (l.text, r.text)), Some(("标签", "朱锋说")));
        assert_eq!(label(text, Some(0..6)).map(|(l, r)| (l.text, r.text)), Some(("标签", "朱锋说")));
    }

    #[test]
    fn questions_with_and_without_an_asker() {
        let (asker, text) = question(Piece::whole("Q (A student from Tromsø): Should they vote?")).unwrap();
        assert_eq!((asker.map(|a| a.text), text.text), (Some("A student from Tromsø"), "Should they vote?"));
        assert_eq!(question(Piece::whole("Question: Why?")).map(|(a, t)| (a, t.text)), Some((None, "Why?")));
        assert_eq!(
            question(Piece::whole("问（主持人）：为什么？")).map(|(a, t)| (a.map(|a| a.text), t.text)),
            Some((Some("主持人"), "为什么？"))
        );
        assert_eq!(question(Piece::whole("Quite so: yes")), None);
    }

    #[test]
    fn explicit_speaker_lists() {
        let (rest, ids) = explicit_speakers(Piece::whole("They agreed. [speakers: haenle, zhu ]")).unwrap();
        assert_eq!(rest.text, "They agreed.");
        assert_eq!(ids.iter().map(|p| (p.text, p.at)).collect::<Vec<_>>(), vec![("haenle", 24), ("zhu", 32)]);
        assert_eq!(explicit_speakers(Piece::whole("No one. [speakers:]")).map(|(_, ids)| ids.len()), Some(0));
        assert_eq!(explicit_speakers(Piece::whole("See [speakers: a] above.")), None);
        let (_, ids) = explicit_speakers(Piece::whole("同意。[speakers：zhu，jin、haenle]")).unwrap();
        assert_eq!(ids.iter().map(|p| p.text).collect::<Vec<_>>(), vec!["zhu", "jin", "haenle"]);
    }
}
