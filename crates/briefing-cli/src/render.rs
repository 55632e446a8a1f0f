//! `briefing render`: static HTML of a briefing, from the widget's own Yew components rendered server-side.

use std::io::Write;

use briefing_widget::components::{BriefingView, BriefingViewProps, PreparedBriefing};
use briefing_widget::model::Briefing;
use yew::LocalServerRenderer;

use crate::check::load;
use crate::cli::RenderArgs;
use crate::error::{CliError, Outcome};

/// How to render: the element's `open` and `heading-level` attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// All sections open (`true`), all closed (`false`), or as the briefing says.
    pub open: Option<bool>,
    pub heading_level: u8,
}

/// The briefing's HTML, as the widget renders it before any script runs (no hydration markers).
pub fn render(briefing: Briefing, options: Options) -> Result<String, CliError> {
    let props = yew::props!(BriefingViewProps {
        briefing: PreparedBriefing::new(briefing),
        open: options.open,
        heading_level: options.heading_level,
    });
    let renderer = LocalServerRenderer::<BriefingView>::with_props(props).hydratable(false);
    // Yew renders on a local task set; one thread is all a single document needs.
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(CliError::Runtime)?;
    Ok(runtime.block_on(tokio::task::LocalSet::new().run_until(renderer.render())))
}

pub fn run(args: &RenderArgs) -> Result<Outcome, CliError> {
    let options = Options { open: args.open.map(|open| open.expands()), heading_level: args.heading_level };
    let html = render(load(&args.file)?, options)?;
    writeln!(std::io::stdout().lock(), "{html}")?;
    Ok(Outcome::Success)
}
