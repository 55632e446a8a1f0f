//! The widget's stylesheet for a copy in the light DOM: the same rules, scoped to the element.
//!
//! The widget's sheet is written for its shadow root (`:host`, and class names that nothing
//! outside can match). A published page holds the static copy as the element's light-DOM child,
//! so the page's stylesheet carries the same rules with `:host(X)` as `briefing-widget X` and
//! every other selector under `briefing-widget `: the copy gets the live render's boxes, so the
//! swap moves nothing. Every selector gains the same one type selector, so the rules' order of
//! precedence among themselves is kept.

const ELEMENT: &str = "briefing-widget";

/// `css` (the widget's minified stylesheet) with every style rule scoped to the element;
/// `@media` and `@supports` are followed into, other at-rules (`@keyframes`) copied as they are.
pub fn light_dom(css: &str) -> String {
    let mut out = String::with_capacity(css.len() * 5 / 4);
    scope_rules(css, &mut out);
    out
}

fn scope_rules(css: &str, out: &mut String) {
    let mut rest = css;
    loop {
        let Some(open) = find_outside_strings(rest, b'{') else {
            out.push_str(rest.trim());
            return;
        };
        let prelude = rest.get(..open).unwrap_or_default().trim();
        let after = rest.get(open + 1..).unwrap_or_default();
        let close = matching_brace(after);
        let block = after.get(..close).unwrap_or_default();
        rest = after.get(close + 1..).unwrap_or_default();
        if prelude.starts_with("@media") || prelude.starts_with("@supports") {
            out.push_str(prelude);
            out.push('{');
            scope_rules(block, out);
            out.push('}');
        } else if prelude.starts_with('@') {
            out.push_str(prelude);
            out.push('{');
            out.push_str(block);
            out.push('}');
        } else {
            let selectors: Vec<String> = split_top_level(prelude).into_iter().map(scope_selector).collect();
            out.push_str(&selectors.join(","));
            out.push('{');
            out.push_str(block);
            out.push('}');
        }
    }
}

/// One selector, under the element.
fn scope_selector(selector: &str) -> String {
    let selector = selector.trim();
    if let Some(inner) = selector.strip_prefix(":host(") {
        let end = matching_paren(inner);
        let argument = inner.get(..end).unwrap_or_default();
        let rest = inner.get(end + 1..).unwrap_or_default();
        return format!("{ELEMENT}{argument}{rest}");
    }
    if let Some(rest) = selector.strip_prefix(":host") {
        return format!("{ELEMENT}{rest}");
    }
    format!("{ELEMENT} {selector}")
}

/// The byte offset of `wanted` outside quoted strings.
fn find_outside_strings(text: &str, wanted: u8) -> Option<usize> {
    let mut quote = None;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == q {
                    quote = None;
                }
            }
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == wanted => return Some(i),
            None => {}
        }
    }
    None
}

/// The offset of the `}` that closes a block whose `{` came just before `text`.
fn matching_brace(text: &str) -> usize {
    matching(text, b'{', b'}')
}

fn matching_paren(text: &str) -> usize {
    matching(text, b'(', b')')
}

fn matching(text: &str, open: u8, close: u8) -> usize {
    let mut depth = 0_usize;
    let mut quote = None;
    let mut escaped = false;
    for (i, b) in text.bytes().enumerate() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == q {
                quote = None;
            }
            continue;
        }
        match b {
            b'"' | b'\'' => quote = Some(b),
            b if b == open => depth += 1,
            b if b == close => {
                if depth == 0 {
                    return i;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    text.len()
}

/// A selector list's selectors: commas outside parentheses, brackets and strings.
fn split_top_level(list: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut quote) = (0_i32, 0, None);
    for (i, b) in list.bytes().enumerate() {
        if let Some(q) = quote {
            if b == q {
                quote = None;
            }
            continue;
        }
        match b {
            b'"' | b'\'' => quote = Some(b),
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b',' if depth == 0 => {
                parts.push(list.get(start..i).unwrap_or_default());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(list.get(start..).unwrap_or_default());
    parts
}

#[cfg(test)]
mod tests {
    use super::light_dom;

    #[test]
    fn host_rules_become_element_rules_and_the_rest_is_scoped() {
        let css =
            ":host{display:block}:host([theme=\"dark\"]){--_scheme:dark}.root *,.root *::before{box-sizing:border-box}\
                   @media (prefers-color-scheme:dark){:host(:not([theme=\"light\"])) .root{color:red}}\
                   @keyframes spin{to{transform:rotate(360deg)}}.a[data-x=\"{,}\"]::before{content:\"}\"}";
        assert_eq!(
            light_dom(css),
            "briefing-widget{display:block}briefing-widget[theme=\"dark\"]{--_scheme:dark}\
             briefing-widget .root *,briefing-widget .root *::before{box-sizing:border-box}\
             @media (prefers-color-scheme:dark){briefing-widget:not([theme=\"light\"]) .root{color:red}}\
             @keyframes spin{to{transform:rotate(360deg)}}briefing-widget .a[data-x=\"{,}\"]::before{content:\"}\"}"
        );
    }
}
