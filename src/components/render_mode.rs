//! Whether a briefing is rendered live in the widget or as static HTML.

/// How the components render a briefing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RenderMode {
    /// In the widget: section toggles, speaker focus, tooltips, copy-link buttons, and the focus
    /// and ARIA wiring that goes with them.
    #[default]
    Interactive,
    /// Static HTML (`briefing render`, and the copy `briefing embed --inline` puts in the page):
    /// headings, lists, text and links only, every section expanded, laid out like the widget's
    /// first render with every section open, so that the widget can replace it without a jump.
    Static,
}

impl RenderMode {
    pub fn is_static(self) -> bool {
        self == Self::Static
    }
}
