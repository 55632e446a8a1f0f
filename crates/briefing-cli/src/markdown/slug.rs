//! Default ids: a slug made from a title or name, when the Markdown gives none.

/// The longest slug the format allows.
const MAX_SLUG: usize = 64;

/// Lowercase ASCII letters and digits, with runs of anything else as one `-`; `None` when nothing is left.
pub fn slugify(text: &str) -> Option<String> {
    let mut slug = String::new();
    for c in text.chars() {
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
        assert_eq!(slugify("朱锋"), None);
    }
}
