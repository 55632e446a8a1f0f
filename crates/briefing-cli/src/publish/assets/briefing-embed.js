// briefing publish's iframe page (<id>/embed.html): shows the briefing the page carries and
// reports the page's height to the parent by both protocols of the embedding contract:
// { "briefing-widget": { height, id } } always, and WordPress's { message: "height", value,
// secret } when the URL's fragment holds #?secret=S. Works in sandbox="allow-scripts": no
// storage, no cookies, no request of its own.
(() => {
  const data = document.getElementById("briefing-data");
  const widget = document.querySelector("briefing-widget");
  if (!data || !widget) return;
  const briefing = JSON.parse(data.textContent);
  // Set before the element is defined: the loader's upgrade rule keeps it.
  widget.briefing = briefing;
  const secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  let reported = 0;
  const report = (again) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported && !again) return;
    reported = height;
    parent.postMessage({ "briefing-widget": { height, id: briefing.id } }, "*");
    if (secret) parent.postMessage({ message: "height", value: height, secret }, "*");
  };
  new ResizeObserver(() => report(false)).observe(document.documentElement);
  // A frame the host keeps out of sight (WordPress clips it until it reports) may get no
  // rendering updates, so no ResizeObserver callback: report at these moments too.
  report(true);
  addEventListener("load", () => report(false));
  document.addEventListener("briefing-load", () => report(false));
  // A host whose script arrived after the first report asks again: WordPress's wp-embed says
  // "ready", briefing-frame.js { "briefing-widget": "ready" }.
  addEventListener("message", (event) => {
    if (event.source !== parent) return;
    const m = event.data;
    if (m && (m["briefing-widget"] === "ready" || (m.message === "ready" && m.secret === secret))) report(true);
  });
  // The link to the briefing's page: in WordPress, the host opens it (a sandboxed frame may not
  // navigate the top window itself); elsewhere it opens in the top window.
  for (const link of document.querySelectorAll("a[data-briefing-page]")) {
    if (secret) {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        parent.postMessage({ message: "link", value: link.href, secret }, "*");
      });
    } else if (window.origin !== "null") {
      link.target = "_top";
    }
  }
})();
