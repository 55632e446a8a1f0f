//! Section list items: `- **Label:** text [speakers: id, id]`, the label and the speaker list optional.

use super::blocks::Item;
use super::output::{Point, Positions};
use super::spanned::{Piece, Spanned};

/// Opens an explicit speaker list at the end of a point.
const SPEAKERS_OPEN: &str = "[speakers:";

/// Reads a point from a list item; `path` is its JSON path, such as `sections[1].points[0]`.
pub fn point(item: &Item, path: &str, positions: &mut Positions) -> Point {
    positions.set(path, item.offset);
    let mut point = Point { source: item.offset..item.end, ..Point::default() };
    // The text's paragraphs, each with the text it was cut from.
    let mut body: Vec<(Piece<'_>, &Spanned)> = Vec::new();
    for (index, paragraph) in item.paragraphs.iter().enumerate() {
        let mut piece = paragraph.text.piece();
        if index == 0 {
            if let Some((label, rest)) = label(piece, paragraph.leading_strong.clone()) {
                positions.set(format!("{path}.label"), paragraph.text.source_offset(label.at));
                point.label = Some(label.flat());
                piece = rest;
            }
        }
        body.push((piece.trim(), &paragraph.text));
    }
    if let Some((last, spanned)) = body.last_mut() {
        if let Some((rest, ids)) = explicit_speakers(*last) {
            *last = rest;
            point.explicit_speakers = true;
            for id in ids {
                positions.set(format!("{path}.speakers[{}]", point.speakers.len()), spanned.source_offset(id.at));
                point.speakers.push(id.text.to_owned());
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

/// A `**Label:**` or `**Label**:` that opens the text, and the text after it.
fn label(text: Piece<'_>, strong: Option<std::ops::Range<usize>>) -> Option<(Piece<'_>, Piece<'_>)> {
    let strong = strong.filter(|range| range.start == 0)?;
    let words = text.slice(strong.start, strong.end).trim();
    let after = text.after(strong.end);
    let (label, rest) = if let Some(label) = words.text.strip_suffix(':') {
        (words.before(label.len()).trim(), after)
    } else if after.text.starts_with(':') {
        (words, after.after(1))
    } else {
        return None;
    };
    Some((label, rest)).filter(|(label, _)| !label.is_empty())
}

/// A trailing `[speakers: a, b]`: the text before it and the ids.
fn explicit_speakers(text: Piece<'_>) -> Option<(Piece<'_>, Vec<Piece<'_>>)> {
    let text = text.trim();
    let open = text.text.rfind(SPEAKERS_OPEN).filter(|_| text.text.ends_with(']'))?;
    let list = text.slice(open + SPEAKERS_OPEN.len(), text.text.len() - 1);
    let ids = list.split(',').map(Piece::trim).filter(|id| !id.is_empty()).collect();
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
    }

    #[test]
    fn explicit_speaker_lists() {
        let (rest, ids) = explicit_speakers(Piece::whole("They agreed. [speakers: haenle, zhu ]")).unwrap();
        assert_eq!(rest.text, "They agreed.");
        assert_eq!(ids.iter().map(|p| (p.text, p.at)).collect::<Vec<_>>(), vec![("haenle", 24), ("zhu", 32)]);
        assert_eq!(explicit_speakers(Piece::whole("No one. [speakers:]")).map(|(_, ids)| ids.len()), Some(0));
        assert_eq!(explicit_speakers(Piece::whole("See [speakers: a] above.")), None);
    }
}
