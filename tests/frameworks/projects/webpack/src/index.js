// The package README's plain-JavaScript example: create the element, listen, append it, then set
// `briefing` once a fetch answers (the element waits without an error until then).
import "briefing-widget";

const widget = document.createElement("briefing-widget");
widget.addEventListener("briefing-load", (e) => (window.__appLoaded = e.detail));
widget.addEventListener("briefing-error", (e) => console.warn(e.detail.message));
document.querySelector("main").append(widget);

widget.briefing = await (await fetch("/briefing.json")).json();
