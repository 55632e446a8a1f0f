//! The command line's shape: subcommands, arguments and their help texts.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::url::WidgetUrl;

/// Check, convert and embed event briefings (format version 1).
#[derive(Debug, Parser)]
#[command(name = "briefing", version)]
#[command(after_help = "Exit codes: 0 success, 1 an input is not a valid briefing, 2 usage or I/O error.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate briefing JSON files exactly as the widget does.
    ///
    /// Prints `FILE: ok` for each valid file and `FILE: path: message` for each problem of an
    /// invalid one (`FILE: line L, column C: message` for JSON syntax errors). A file that cannot
    /// be read is reported on stderr and makes the exit code 2.
    Check(CheckArgs),
    /// Print the JSON Schema (draft 2020-12) of briefing format version 1.
    ///
    /// The schema checks the document's shape; rules across values (unique ids, known speaker ids,
    /// names shared by two speakers, real calendar dates) are checked only by `briefing check`.
    Schema,
    /// Convert a Markdown briefing to briefing JSON, validated, on stdout.
    #[command(long_about = briefing_markdown::CONVENTION)]
    FromMarkdown(FromMarkdownArgs),
    /// Print the HTML snippet that embeds a briefing in a page.
    Embed(EmbedArgs),
    /// Print a briefing as static HTML, rendered by the widget's own components.
    ///
    /// Purely static, semantic HTML: headings, lists, `<time>`, speakers with their affiliation
    /// and role, links (http and https only, `rel="noopener noreferrer"`), every section open; no
    /// buttons, tooltips, scripts, styles or focus and ARIA wiring. Class and `part` names are the
    /// widget's, so its stylesheet (`briefing-widget.css`) applies. The date and the widget's own
    /// words follow the briefing's language (English, Chinese or Arabic; else English).
    Render(RenderArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Briefing JSON files to validate.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// How `check` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per file or problem.
    Text,
    /// A JSON array: `[{ "file", "valid", "errors": [{ "path", "message", "line"?, "column"? }] }]`.
    Json,
}

#[derive(Debug, Args)]
pub struct FromMarkdownArgs {
    /// The Markdown briefing.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct EmbedArgs {
    /// URL of the briefing JSON (http, https or relative).
    #[arg(long, value_name = "URL")]
    pub src: WidgetUrl,
    /// URL of the widget's script (http, https or relative).
    #[arg(long, value_name = "URL", default_value = crate::embed::DEFAULT_SCRIPT)]
    pub script: WidgetUrl,
    /// Colour scheme; `auto` follows the reader's `prefers-color-scheme`.
    #[arg(long, value_enum, default_value_t = Theme::Auto)]
    pub theme: Theme,
    /// Where the fallback link points, for readers without scripts [default: the --src URL].
    #[arg(long, value_name = "URL")]
    pub fallback: Option<WidgetUrl>,
    /// Also put this briefing, rendered as by `briefing render`, in a declarative shadow root
    /// styled by `briefing-widget.css` (beside --script): readers without scripts, and search
    /// engines, get all of it, and the widget replaces it on load without moving anything. Adds
    /// `open="all"` and `lang` to the element, so that the widget's first render matches.
    #[arg(long, value_name = "FILE")]
    pub inline: Option<PathBuf>,
    /// The loader file of the exact version --script names (such as
    /// node_modules/briefing-widget/dist/briefing-widget.js): the script tag gets its sha384 hash
    /// as `integrity`, with `crossorigin="anonymous"`, and the loader then runs only the module
    /// files of its own build. --script must not name a moving version such as @1 or @latest.
    #[arg(long, value_name = "FILE")]
    pub loader: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The briefing JSON file.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Level of the title's heading; section headings sit one level below.
    #[arg(long, value_name = "1-6", default_value_t = 2, value_parser = clap::value_parser!(u8).range(1..=6))]
    pub heading_level: u8,
}

/// The `theme` attribute's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Theme {
    Light,
    Dark,
    Auto,
}

impl Theme {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Dark => "dark",
            Self::Auto => "auto",
        }
    }
}
