import "briefing-widget";
import briefing from "./briefing.json";

const widget = document.querySelector("briefing-widget");
widget.addEventListener("briefing-load", (e) => (window.__appLoaded = e.detail));
widget.briefing = briefing;
