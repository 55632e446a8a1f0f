// esbuild's iife format empties import.meta: the script entry finds its files beside this bundle.
import "briefing-widget/script";
import briefing from "./briefing.json";

const widget = document.querySelector("briefing-widget");
widget.addEventListener("briefing-load", (e) => (window.__appLoaded = e.detail));
widget.briefing = briefing;
