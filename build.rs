//! Build script: minifies the widget's stylesheet (`src/embed/widget.css`), dropping comments and
//! the whitespace CSS does not need, so readers download only the rules. The one minifier of the
//! stylesheet: the wasm embeds its output, and Trunk's hook (`scripts/write-loader.mjs`) ships the
//! same bytes as `briefing-widget.css`, for the static copies.

use std::{env, fs, path::Path};

const SOURCE: &str = "src/embed/widget.css";
/// Beside the profile's artifacts (`target/<triple>/<profile>/`), where the hook reads it.
const SHIPPED: &str = "briefing-widget.css";

fn main() -> std::io::Result<()> {
    println!("cargo::rerun-if-changed={SOURCE}");
    let css = minify(&fs::read_to_string(SOURCE)?);
    let out = env::var_os("OUT_DIR").ok_or_else(|| std::io::Error::other("OUT_DIR is not set"))?;
    let out = Path::new(&out);
    fs::write(out.join("widget.min.css"), &css)?;
    // OUT_DIR is `<profile dir>/build/<package>-<hash>/out`.
    let profile_dir = out.ancestors().nth(3).ok_or_else(|| std::io::Error::other("unexpected OUT_DIR"))?;
    fs::write(profile_dir.join(SHIPPED), &css)
}

/// Removes comments, turns each run of whitespace into one space, and drops spaces next to
/// `{ } ; , >` and after `:` (never before it: in a selector, `a :hover` is not `a:hover`).
/// Quoted strings are copied as they are.
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if s == c && !escaped {
                        break;
                    }
                    escaped = s == '\\' && !escaped;
                }
            }
            c => {
                push_space(&mut out, &mut space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes a pending space before `next`, unless punctuation on either side makes it needless.
fn push_space(out: &mut String, space: &mut bool, next: char) {
    const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
    let after_tight = out.is_empty() || out.ends_with(TIGHT) || out.ends_with(':');
    if std::mem::take(space) && !after_tight && !TIGHT.contains(&next) {
        out.push(' ');
    }
}
