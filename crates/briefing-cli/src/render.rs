//! `briefing render`: static HTML of a briefing, from the widget's own Yew components rendered server-side.

use std::io::Write;

use briefing_widget::components::{BriefingView, BriefingViewProps, Language, PreparedBriefing, RenderMode};
use briefing_widget::model::Briefing;
use yew::{AttrValue, LocalServerRenderer};

use crate::check::load;
use crate::cli::RenderArgs;
use crate::date_label::long_date;
use crate::error::{CliError, Outcome};

/// A briefing as static HTML, and the language of the widget's own words in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub language: Language,
    /// Whether the briefing names its language (else its content takes the page's).
    pub lang_given: bool,
}

/// The briefing's static HTML (no hydration markers): every section open, no controls. The
/// widget's words are in the briefing's language where the widget has it, else in English.
pub fn render(briefing: Briefing, heading_level: u8) -> Result<Rendered, CliError> {
    let language = Language::from_tag(briefing.lang.as_deref().unwrap_or_default());
    let lang_given = briefing.lang.is_some();
    let date_label = briefing.date.map(|date| AttrValue::from(long_date(date, language)));
    let format_date = Some(yew::Callback::from(move |date| long_date(date, language)));
    let props = yew::props!(BriefingViewProps {
        briefing: PreparedBriefing::new(briefing),
        heading_level,
        date_label,
        format_date,
        language,
        mode: RenderMode::Static,
    });
    let renderer = LocalServerRenderer::<BriefingView>::with_props(props).hydratable(false);
    // Yew renders on a local task set; one thread is all a single document needs.
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(CliError::Runtime)?;
    let html = runtime.block_on(tokio::task::LocalSet::new().run_until(renderer.render()));
    Ok(Rendered { html, language, lang_given })
}

pub fn run(args: &RenderArgs) -> Result<Outcome, CliError> {
    let rendered = render(load(&args.file)?, args.heading_level)?;
    // The boxes `briefing-widget.css` declares its variables on, as in the widget and the inline
    // copy: with the stylesheet linked, the page shows the briefing as the widget does.
    writeln!(std::io::stdout().lock(), "<div class=\"root\"><div class=\"frame\">{}</div></div>", rendered.html)?;
    Ok(Outcome::Success)
}
