//! The `<briefing-widget>` element.
