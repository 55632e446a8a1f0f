//! `## Speakers` list items: `- Name — Affiliation (role) {id=… aliases="…" url=…}`, then an optional bio.

use super::blocks::Item;
use super::error::{ErrorKind, MarkdownError};
use super::marker::{self, Fields};
use super::output::{Positions, Speaker};
use super::slug::slugify;
use super::spanned::Piece;

/// What a speaker marker may hold, for error messages.
const EXPECTED: &str = "id=…, aliases=\"…, …\", title=\"…\", group=\"…\", role=…, or url=…";
/// Separators between a speaker's name and affiliation; `——` is the Chinese dash.
const DASHES: [&str; 4] = [" — ", " – ", " -- ", "——"];
/// Separators in a list of aliases: ASCII and full-width commas, and the enumeration comma.
pub const LIST_SEPARATORS: [char; 3] = [',', '，', '、'];

/// Reads the speaker at `index` from a list item.
pub fn speaker<'t>(item: &'t Item, index: usize, positions: &mut Positions) -> Result<Speaker, Vec<MarkdownError>> {
    let no_name = || vec![MarkdownError { offset: item.offset, kind: ErrorKind::NoName }];
    let Some((first, rest)) = item.paragraphs.split_first() else { return Err(no_name()) };
    let spanned = &first.text;
    let at = |piece: Piece<'_>| spanned.source_offset(piece.at);
    let (head, bio) = spanned.piece().split_once("\n").unwrap_or((spanned.piece(), Piece::whole("")));
    let (line, entries) =
        marker::split(head, &|at| spanned.is_escaped(at)).map_err(|(at, kind)| vec![spanned.error(at, kind)])?;

    let (fields, marker_errors) = Fields::new(entries, &["id", "aliases", "title", "group", "role", "url"], EXPECTED);
    let explicit_role = fields.get("role");
    let split = |text: Piece<'t>| if explicit_role.is_some() { (text.trim(), None) } else { split_role(text) };
    let (name, affiliation) = split_dash(line);
    let (name, affiliation, role) = match affiliation {
        Some(affiliation) => {
            let (affiliation, role) = split(affiliation);
            (name, Some(affiliation).filter(|a| !a.is_empty()), role)
        }
        None => {
            let (name, role) = split(name);
            (name, None, role)
        }
    };
    let role = explicit_role.or(role);
    if name.is_empty() {
        return Err(no_name());
    }
    if affiliation.is_none() && name.text.contains([',', '，']) {
        return Err(vec![spanned.error(name.at, ErrorKind::CommaSpeaker(name.text.to_owned()))]);
    }
    let path = format!("speakers[{index}]");
    positions.set(path.clone(), item.offset);
    positions.set(format!("{path}.name"), at(name));
    let errors: Vec<_> = marker_errors.into_iter().map(|(at, kind)| spanned.error(at, kind)).collect();
    let mut speaker = Speaker { name: name.text.to_owned(), ..Speaker::default() };
    let id = fields.get("id");
    let aliases = fields.get("aliases").into_iter().flat_map(|value| value.split_any(&LIST_SEPARATORS));
    for alias in aliases.map(Piece::trim).filter(|a| !a.is_empty()) {
        positions.set(format!("{path}.aliases[{}]", speaker.aliases.len()), at(alias));
        speaker.aliases.push(alias.text.to_owned());
    }
    for (key, slot) in [("url", &mut speaker.url), ("title", &mut speaker.title), ("group", &mut speaker.group)] {
        if let Some(value) = fields.get(key) {
            positions.set(format!("{path}.{key}"), at(value));
            *slot = Some(value.text.to_owned());
        }
    }
    speaker.id = match id {
        Some(value) => {
            positions.set(format!("{path}.id"), at(value));
            value.text.to_owned()
        }
        None => {
            positions.set(format!("{path}.id"), at(name));
            speaker.id_made = true;
            slugify(name.text).ok_or_else(|| vec![spanned.error(name.at, ErrorKind::NoId(name.text.to_owned()))])?
        }
    };
    if let Some(affiliation) = affiliation {
        positions.set(format!("{path}.affiliation"), at(affiliation));
        speaker.affiliation = Some(affiliation.text.to_owned());
    }
    if let Some(role) = role {
        positions.set(format!("{path}.role"), at(role));
        speaker.role = Some(role.text.to_owned());
    }
    let bios = std::iter::once((bio.trim(), spanned)).chain(rest.iter().map(|p| (p.text.piece().trim(), &p.text)));
    let bios: Vec<_> = bios.filter(|(piece, _)| !piece.is_empty()).collect();
    if let Some((piece, text)) = bios.first() {
        positions.set(format!("{path}.bio"), text.source_offset(piece.at));
        speaker.bio = Some(bios.iter().map(|(piece, _)| piece.flat()).collect::<Vec<_>>().join("\n\n"));
    }
    if errors.is_empty() {
        Ok(speaker)
    } else {
        Err(errors)
    }
}

/// Splits `Name — Affiliation` at the first dash separator.
fn split_dash(line: Piece<'_>) -> (Piece<'_>, Option<Piece<'_>>) {
    let first = DASHES.iter().filter_map(|dash| line.text.find(dash).map(|i| (i, dash.len()))).min();
    match first {
        Some((index, len)) => (line.before(index).trim(), Some(line.after(index + len).trim())),
        None => (line.trim(), None),
    }
}

/// Splits a trailing `(role)` (or full-width `（role）`) off a text. A parenthesis with a digit in
/// it is part of the text, not a role: `U.S. House of Representatives (R-TX-23)`.
fn split_role(text: Piece<'_>) -> (Piece<'_>, Option<Piece<'_>>) {
    let text = text.trim();
    let close = if text.text.ends_with(')') { ')' } else { '）' };
    let open = if close == ')' { '(' } else { '（' };
    let Some(start) = text.text.rfind(open).filter(|_| text.text.ends_with(close)) else {
        return (text, None);
    };
    let role = text.slice(start + open.len_utf8(), text.text.len() - close.len_utf8()).trim();
    if role.text.chars().any(|c| c.is_numeric()) {
        return (text, None);
    }
    (text.before(start).trim(), Some(role).filter(|r| !r.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_affiliation_and_role() {
        let (name, affiliation) = split_dash(Piece::whole("Geoff Dyer — Financial Times (moderator)"));
        assert_eq!(name.text, "Geoff Dyer");
        let (affiliation, role) = split_role(affiliation.unwrap());
        assert_eq!((affiliation.text, role.map(|r| r.text)), ("Financial Times", Some("moderator")));
        assert_eq!(split_role(Piece::whole("Zhu Feng (panelist)")).1.map(|r| (r.text, r.at)), Some(("panelist", 10)));
        assert_eq!(
            split_dash(Piece::whole("Jin Canrong -- Renmin University")).1.map(|a| a.text),
            Some("Renmin University")
        );
        assert_eq!(split_dash(Piece::whole("Solo")), (Piece::whole("Solo"), None));
        assert_eq!(split_dash(Piece::whole("朱锋——北京大学")).1.map(|a| a.text), Some("北京大学"));
        assert_eq!(split_role(Piece::whole("北京大学（主持）")).1.map(|r| r.text), Some("主持"));
        assert_eq!(split_role(Piece::whole("U.S. House (R-TX-23)")), (Piece::whole("U.S. House (R-TX-23)"), None));
    }
}
