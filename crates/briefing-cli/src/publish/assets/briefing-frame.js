/* briefing-frame.js: resizes every briefing iframe on the page (briefing publish's embed.html)
   from its { "briefing-widget": { height } } messages, checking event.source. */
(() => {
  const frames = () => document.querySelectorAll("iframe");
  addEventListener("message", (e) => {
    const m = e.data && e.data["briefing-widget"];
    const h = m && m.height;
    if (typeof h !== "number" || !(h >= 0 && h < 1e5)) return;
    for (const f of frames()) {
      if (f.contentWindow === e.source) {
        f.style.setProperty("height", Math.ceil(h) + "px");
        f.setAttribute("scrolling", "no");
      }
    }
  });
  // Frames that reported before this script ran report again.
  const ask = () => {
    for (const f of frames()) f.contentWindow && f.contentWindow.postMessage({ "briefing-widget": "ready" }, "*");
  };
  document.readyState === "loading" ? addEventListener("DOMContentLoaded", ask) : ask();
  addEventListener("load", ask);
})();
