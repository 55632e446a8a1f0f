//! Default ids: a slug made from a title or name, when the Markdown gives none.

/// The longest slug the format allows.
const MAX_SLUG: usize = 64;

/// The text transliterated to ASCII ("Zhū Fēng" and "朱锋" are "Zhu Feng"), then lowercase ASCII
/// letters and digits, with runs of anything else as one `-`; `None` when nothing is left (text
/// of symbols and punctuation only, or of characters with no transliteration).
pub fn slugify(text: &str) -> Option<String> {
    let mut slug = String::new();
    for c in deunicode::deunicode_with_tofu(text, "-").chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.truncate(MAX_SLUG);
    let slug = slug.trim_end_matches('-');
    (!slug.is_empty()).then(|| slug.to_owned())
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_from_titles() {
        assert_eq!(slugify("Drivers for China's Policy Change").as_deref(), Some("drivers-for-china-s-policy-change"));
        assert_eq!(slugify("  U.S.-China Cooperation!  ").as_deref(), Some("u-s-china-cooperation"));
        assert_eq!(slugify(&"abc ".repeat(40)).map(|s| s.len()), Some(63));
        assert_eq!(slugify("Café Policy").as_deref(), Some("cafe-policy"));
        assert_eq!(slugify("Zhū Fēng").as_deref(), Some("zhu-feng"));
        assert_eq!(slugify("朱锋").as_deref(), Some("zhu-feng"));
        assert_eq!(slugify("Straße Ærø Łódź").as_deref(), Some("strasse-aero-lodz"));
        assert_eq!(slugify("日本語").as_deref(), Some("ri-ben-yu"), "Han is read in Mandarin");
        assert_eq!(slugify("한국어 Россия").as_deref(), Some("hangugeo-rossiia"));
        assert_eq!(slugify("✓ 😀").as_deref(), Some("ok-grinning"), "some symbols have names");
        assert_eq!(slugify("𓀀𓀁 — … \u{E000}"), None, "hieroglyphs and private use have none");
    }
}
