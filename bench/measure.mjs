// What one benchmark run measures on one page: render time, show/hide all, tooltips, memory.
// The timing functions run inside the page (performance.now(), requestAnimationFrame), so the
// driver's round trips never count.

/**
 * Init script: records when the briefing was announced (`briefing-load`), when all its sections
 * were in the shadow root (a widget may render long briefings in slices), and the frame after;
 * and whether WebAssembly was compiled while it streamed in.
 */
export function recordRender() {
  window.__bench = { streamed: 0 };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...args) => (window.__bench.streamed++, streaming.apply(WebAssembly, args));
  document.addEventListener("briefing-load", (event) => {
    const bench = window.__bench;
    const root = event.target.shadowRoot;
    const expected = event.detail.sections.length;
    bench.loaded = performance.now();
    bench.expected = expected;
    const complete = () => {
      if (bench.complete || root.querySelectorAll(".section").length < expected) return false;
      bench.complete = performance.now();
      bench.sections = expected;
      bench.title = !!root.querySelector(".title");
      requestAnimationFrame(() => setTimeout(() => (bench.painted = performance.now())));
      return true;
    };
    if (!complete()) {
      const observer = new MutationObserver(() => complete() && observer.disconnect());
      observer.observe(root, { childList: true, subtree: true });
    }
  });
}

/**
 * In the page: times "Show all sections" then "Hide all sections", each until every section is
 * expanded with its points on the page (or collapsed without them), then the next frame.
 */
export async function timeShowHideAll(points) {
  const root = document.querySelector("briefing-widget").shadowRoot;
  const [show, hide] = root.querySelectorAll(".controls > button");
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  const all = (expanded) =>
    [...root.querySelectorAll(".section-toggle")].every((b) => b.getAttribute("aria-expanded") === expanded) &&
    root.querySelectorAll(".point").length === (expanded === "true" ? points : 0);
  const until = (done) =>
    new Promise((resolve) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
      observer.observe(root, { subtree: true, attributes: true, childList: true });
    });
  const time = async (button, expanded) => {
    await frame();
    const start = performance.now();
    button.click();
    await until(() => all(expanded));
    await frame();
    return performance.now() - start;
  };
  const open = await time(show, "true");
  const close = await time(hide, "false");
  return open + close;
}

/**
 * In the page: focuses up to `count` visible mentions one after another and times each until its
 * tooltip loses `hidden`; `inFrame` says whether it showed before the next animation frame.
 */
export async function timeTooltips(count) {
  const root = document.querySelector("briefing-widget").shadowRoot;
  const mentions = [...root.querySelectorAll(".point-text .mention, .summary .mention")].filter((m) => m.offsetParent);
  const samples = [];
  for (const mention of mentions.slice(0, count)) {
    const tooltip = root.getElementById(mention.getAttribute("aria-describedby"));
    const start = performance.now();
    let frameAt = Infinity;
    requestAnimationFrame(() => (frameAt = performance.now()));
    mention.focus();
    const shown = await new Promise((resolve) => {
      if (!tooltip.hidden) return resolve(performance.now());
      const observer = new MutationObserver(() => !tooltip.hidden && (observer.disconnect(), resolve(performance.now())));
      observer.observe(tooltip, { attributes: true });
      setTimeout(() => (observer.disconnect(), resolve(NaN)), 1000);
    });
    samples.push({ ms: shown - start, inFrame: shown <= frameAt });
    mention.blur();
    await new Promise((resolve) => {
      const check = () => (tooltip.hidden ? resolve() : setTimeout(check, 20));
      check();
    });
  }
  return samples;
}

/** In the page: the widget's wasm memory, through the glue module the loader already imported. */
export async function wasmMemory(glueUrl) {
  if (!glueUrl) return 0;
  const glue = await import(glueUrl);
  const exports = await glue.default();
  return exports?.memory?.buffer?.byteLength ?? 0;
}

/** JS heap in use after a full garbage collection, and the page's DOM node count, over CDP. */
export async function heapAndNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return { jsHeap: heap.usedSize, nodes: metrics.find((m) => m.name === "Nodes")?.value ?? 0 };
}
