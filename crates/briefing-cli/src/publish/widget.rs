//! The widget's files under `widget/<version>/`: the built distribution's loader, glue, module
//! and stylesheet, the pages' stylesheet made from it, the iframe page's script and the host
//! page's `briefing-frame.js`; and the `_headers` file that serves them.

use std::path::{Path, PathBuf};

use super::{css, Site, VERSION};
use crate::error::{read, CliError};

/// The iframe page's script: puts the briefing in the element and reports the page's height.
const EMBED_SCRIPT: &str = include_str!("assets/briefing-embed.js");
/// For host pages that paste the iframe by hand: resizes every briefing iframe on the page.
const FRAME_SCRIPT: &str = include_str!("assets/briefing-frame.js");
/// The pages' own layout around the briefing (never matching anything inside it).
const PAGE_CSS: &str = include_str!("assets/page.css");

/// The distribution's files the pages need, by name.
pub struct Widget {
    files: Vec<(String, Vec<u8>)>,
}

/// Whether a name carries a content hash (`briefing-widget-<hex>.js`, `…_bg.wasm`).
fn hashed(name: &str) -> bool {
    let stem = name.strip_suffix("_bg.wasm").or_else(|| name.strip_suffix(".js")).unwrap_or_default();
    stem.strip_prefix("briefing-widget-")
        .is_some_and(|hash| hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Widget {
    /// The loader, its glue and module, and the stylesheet from the distribution in `dir`.
    pub fn read(dir: &Path) -> Result<Self, CliError> {
        let missing = |what: &str| {
            CliError::Arguments(format!(
                "--widget {}: no {what}; build the widget first (trunk build index.html --release writes dist/) \
                 or name its distribution (such as node_modules/briefing-widget/dist)",
                dir.display()
            ))
        };
        let listing = std::fs::read_dir(dir).map_err(|source| CliError::Read { path: dir.to_owned(), source })?;
        let mut names: Vec<String> = Vec::new();
        for item in listing {
            let item = item.map_err(|source| CliError::Read { path: dir.to_owned(), source })?;
            names.push(item.file_name().to_string_lossy().into_owned());
        }
        names.sort();
        let glue: Vec<&String> = names.iter().filter(|n| hashed(n) && n.ends_with(".js")).collect();
        let wasm: Vec<&String> = names.iter().filter(|n| hashed(n) && n.ends_with(".wasm")).collect();
        if glue.len() != 1 || wasm.len() != 1 {
            return Err(missing("single briefing-widget-<hash>.js and briefing-widget-<hash>_bg.wasm"));
        }
        let mut files = Vec::new();
        for name in ["briefing-widget.js", "briefing-widget.css"]
            .iter()
            .copied()
            .chain(glue.iter().chain(&wasm).map(|n| n.as_str()))
        {
            let path: PathBuf = dir.join(name);
            if !path.is_file() {
                return Err(missing(name));
            }
            files.push((name.to_owned(), read(&path)?));
        }
        let stylesheet = files
            .iter()
            .find(|(n, _)| n == "briefing-widget.css")
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned());
        let page_css = format!("{}\n{}", css::light_dom(&stylesheet.unwrap_or_default()), PAGE_CSS);
        files.push(("briefing-page.css".to_owned(), page_css.into_bytes()));
        files.push(("briefing-embed.js".to_owned(), EMBED_SCRIPT.as_bytes().to_vec()));
        files.push(("briefing-frame.js".to_owned(), FRAME_SCRIPT.as_bytes().to_vec()));
        files.sort();
        Ok(Self { files })
    }

    /// The loader's bytes, whose hash the pages' script tags carry.
    pub fn loader(&self) -> Option<&[u8]> {
        self.files.iter().find(|(n, _)| n == "briefing-widget.js").map(|(_, b)| b.as_slice())
    }

    pub fn add_to(&self, site: &mut Site) -> Result<(), CliError> {
        for (name, bytes) in &self.files {
            site.add(format!("widget/{VERSION}/{name}"), bytes.clone());
        }
        Ok(())
    }

    /// Netlify's and Cloudflare Pages' `_headers`: CORS on everything (the iframe's opaque origin
    /// and partners' pages fetch from the site), `immutable` on the files whose names carry a hash.
    /// No rule sets `Cache-Control` on a path another rule also sets it on: Cloudflare Pages would
    /// join the two values. Pages and `briefing.json` keep both hosts' default, which revalidates.
    pub fn headers(&self) -> String {
        let mut out = String::from(
            "# Written by `briefing publish` for Netlify and Cloudflare Pages (docs/publishing.md gives\n\
             # the same for nginx and S3/CloudFront). Pages, feeds and briefing.json keep the host's\n\
             # default caching, which revalidates (public, max-age=0, must-revalidate).\n\
             /*\n  Access-Control-Allow-Origin: *\n  X-Content-Type-Options: nosniff\n",
        );
        for (name, _) in self.files.iter().filter(|(n, _)| hashed(n)) {
            out.push_str(&format!("/widget/{VERSION}/{name}\n  Cache-Control: public, max-age=31536000, immutable\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::hashed;

    #[test]
    fn hashed_names_are_the_builds_glue_and_module() {
        assert!(hashed("briefing-widget-0123456789abcdef.js"));
        assert!(hashed("briefing-widget-0123456789abcdef_bg.wasm"));
        assert!(!hashed("briefing-widget.js"));
        assert!(!hashed("briefing-widget.css"));
        assert!(!hashed("briefing-frame.js"));
        assert!(!hashed("briefing-widget-page.js"));
    }
}
