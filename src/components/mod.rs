//! Yew function components that render a briefing.
