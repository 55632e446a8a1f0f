// Parcel 2 with its defaults: no config for briefing-widget.
import "briefing-widget";
import briefing from "./briefing.json";

const widget = document.querySelector("briefing-widget");
widget.addEventListener("briefing-load", (e) => (window.__appLoaded = e.detail));
widget.briefing = briefing;
