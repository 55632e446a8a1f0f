// The phone profile: a partner's article, with its own text after the widget, loaded cold in
// Debian's Chromium over CDP as a mid-range phone sees it (4× CPU throttling, 1.6 Mbps down,
// 750 kbps up, 150 ms round trip), every file gzip-compressed and the widget's files on a second
// origin, under the contract's strict Content-Security-Policy. It records largest contentful
// paint, cumulative layout shift (Core Web Vitals' session windows) and the time to
// `briefing-load`, and when each of the widget's files started and finished downloading.
// A measurement, not a test: it prints figures and never fails on a slow one.
//
// As a module: `profilePage({ url })` measures any page (another helper's published page, say);
// `startGzipServer(files)` serves files as a CDN would; `phoneArticle(…)` builds the article.
// As a script (scripts/bench --phone): the article by script tag, by the inline copy, with the
// space reserved by the partner's stylesheet, with preload hints, and the vanilla baseline, side
// by side in one run.
//   node bench/phone.mjs --dist DIR [--runs 5] [--cases a,b] [--cli PATH] [--json FILE] [--shots DIR]
//   node bench/phone.mjs --url URL [--runs 5]          (any page; waits for its first briefing-load)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS } from "../tests/e2e/support/browser.mjs";
import { baselineScript } from "./server.mjs";

const REPO = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

/** The emulated phone: Lighthouse's mobile profile ("slow 4G", 4× slower CPU), 360 px wide. */
export const PHONE = Object.freeze({
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1.6e6,
  uploadBitsPerSecond: 750e3,
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
});

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/**
 * Serves `files` (a Map of path → { body, type?, headers? }, or a directory served from `/`) on
 * 127.0.0.1 at a port of its own, gzip-compressed (level 9, compressed once), with CORS open and
 * `Timing-Allow-Origin`, as a CDN would. `files` may be added to after it starts. Resolves to
 * `{ origin, files, close() }`.
 */
export async function startGzipServer(files = new Map(), { headers: extra = {} } = {}) {
  const table = typeof files === "string" ? directoryFiles(files) : files;
  const compressed = new WeakMap();
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const file = table.get(path) ?? table.get(path.endsWith("/") ? `${path}index.html` : `${path}/index.html`);
    if (!file) return res.writeHead(404, { "access-control-allow-origin": "*" }).end();
    if (!compressed.has(file)) compressed.set(file, gzipSync(Buffer.from(file.body), { level: 9 }));
    res.writeHead(200, {
      "content-type": file.type ?? TYPES[extname(path)] ?? "application/octet-stream",
      "content-encoding": "gzip",
      "cache-control": "max-age=3600",
      "access-control-allow-origin": "*",
      "timing-allow-origin": "*",
      vary: "accept-encoding",
      ...extra,
      ...file.headers,
    });
    res.end(compressed.get(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    files: table,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Every file under `dir`, by its path from `/`. */
function directoryFiles(dir, prefix = "") {
  const table = new Map();
  for (const name of readdirSync(join(dir, prefix))) {
    const path = join(prefix, name);
    if (statSync(join(dir, path)).isDirectory()) directoryFiles(dir, path).forEach((v, k) => table.set(k, v));
    else table.set(`/${path}`, { body: readFileSync(join(dir, path)) });
  }
  return table;
}

/**
 * Init script (runs in the page before its own scripts): records largest-contentful-paint
 * candidates, layout shifts (without recent input) with what moved, `briefing-load` and
 * `briefing-error`, and Chromium's console warnings about unused preloads are read by the driver.
 */
function recordVitals() {
  const vitals = (window.__vitals = { lcp: [], shifts: [], loaded: null, error: null, instantiated: null });
  // When the WebAssembly module is compiled and instantiated (the glue's call resolves).
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => {
      const promise = original.apply(WebAssembly, args);
      promise.then(() => (vitals.instantiated ??= performance.now()), () => {});
      return promise;
    };
  }
  const describe = (node) => {
    if (!node) return "(in a shadow root)";
    if (node.nodeType !== 1) return describe(node.parentElement);
    const root = node.getRootNode();
    const where = root instanceof ShadowRoot ? `${root.host.localName} ⊃ ` : "";
    return `${where}${node.localName}${node.id ? `#${node.id}` : ""}${node.classList.length ? `.${[...node.classList].join(".")}` : ""}`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) vitals.lcp.push({ time: e.startTime, size: e.size, element: describe(e.element) });
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // Nothing is clicked or typed here: a shift after input would be a reader's own doing.
      if (e.hadRecentInput) continue;
      const moved = e.sources.map((s) => `${describe(s.node)} ${Math.round(s.currentRect.y - s.previousRect.y)}px`);
      vitals.shifts.push({ time: e.startTime, value: e.value, moved });
    }
  }).observe({ type: "layout-shift", buffered: true });
  document.addEventListener("briefing-load", () => (vitals.loaded ??= performance.now()));
  document.addEventListener("briefing-error", (e) => (vitals.error ??= e.detail?.message ?? "briefing-error"));
}

/** Core Web Vitals' CLS: the largest sum of shifts in a session window (gaps < 1 s, at most 5 s). */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { time, value } of [...shifts].sort((a, b) => a.time - b.time)) {
    if (time - last >= 1000 || time - start >= 5000) {
      current = 0;
      start = time;
    }
    current += value;
    last = time;
    best = Math.max(best, current);
  }
  return best;
}

/** Opens a throttled phone page in a fresh context (empty cache) of `browser`. */
async function phonePage(browser, profile) {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    // No isMobile/hasTouch: Chromium's touch emulation marks layout shifts `hadRecentInput`
    // though nothing was touched, which would hide them from CLS.
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBitsPerSecond / 8,
    uploadThroughput: profile.uploadBitsPerSecond / 8,
    connectionType: "cellular4g",
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  await page.addInitScript(recordVitals);
  return { context, page };
}

/**
 * One cold load of `url` on the phone: waits for the first `briefing-load` (or `load`, with
 * `waitFor: "load"`), then `settleMs` more for late paints and shifts. Resolves to
 * `{ lcp, lcpElement, cls, shifts, loaded, resources, warnings, errors, height }`: times in ms
 * from navigation start; `resources` are the page's downloads (start, end, bytes on the wire);
 * `height` is the first `briefing-widget`'s height in CSS pixels at the end.
 */
export async function profileOnce(browser, url, { profile = PHONE, waitFor = "briefing-load", settleMs = 1500, timeoutMs = 60_000 } = {}) {
  const { context, page } = await phonePage(browser, profile);
  const errors = [];
  const warnings = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
    if (message.type() === "warning") warnings.push(message.text());
  });
  try {
    await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
    if (waitFor === "briefing-load") {
      await page.waitForFunction(() => window.__vitals.loaded !== null || window.__vitals.error !== null, null, {
        timeout: timeoutMs,
        polling: 50,
      });
    }
    await page.waitForTimeout(settleMs);
    const result = await page.evaluate(() => {
      const v = window.__vitals;
      const widget = document.querySelector("briefing-widget");
      const resources = performance.getEntriesByType("resource").map((r) => ({
        name: r.name,
        start: r.startTime,
        end: r.responseEnd,
        bytes: r.transferSize,
        initiator: r.initiatorType,
      }));
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        ...v,
        resources,
        document: nav ? { end: nav.responseEnd, bytes: nav.transferSize } : null,
        height: widget ? widget.getBoundingClientRect().height : null,
      };
    });
    if (result.error) errors.push(`briefing-error: ${result.error}`);
    const last = result.lcp.at(-1);
    return {
      lcp: last?.time ?? NaN,
      lcpElement: last?.element ?? null,
      cls: cumulativeLayoutShift(result.shifts),
      shifts: result.shifts,
      loaded: result.loaded ?? NaN,
      instantiated: result.instantiated ?? NaN,
      resources: result.resources,
      document: result.document,
      height: result.height,
      warnings,
      errors,
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Medians of LCP, CLS and time to briefing-load over runs of `profileOnce`. */
export function summarize(runs) {
  return {
    lcp: median(runs.map((r) => r.lcp)),
    cls: median(runs.map((r) => r.cls)),
    loaded: median(runs.map((r) => r.loaded)),
    instantiated: median(runs.map((r) => r.instantiated)),
    height: median(runs.map((r) => r.height)),
    lcpElement: runs.at(-1)?.lcpElement ?? null,
    runs: runs.length,
  };
}

/** Launches Debian's Chromium with the project's flags. */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * Profiles `url` `runs` times cold on the phone (launching Chromium unless given `browser`) and
 * resolves to `{ summary, runs }`; the summary holds the medians. For another page: the publish
 * helper's, a partner's.
 */
export async function profilePage({ url, runs = 5, browser, ...options }) {
  const own = !browser;
  browser ??= await launchChromium();
  try {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await profileOnce(browser, url, options));
    return { summary: summarize(results), runs: results };
  } finally {
    if (own) await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The partner's article.

// Short paragraphs, as news sites write them on phones: the article's own text is in the first
// viewport, below the widget, and moves if the widget grows.
const PARAGRAPHS = [
  "The talks came a week after the latest missile test. The mood, participants said, was sober.",
  "Much of the second day went to sanctions: how far they had worked, and what would follow if they were lifted in stages.",
  "Outside the hotel a small crowd gathered each morning. Police kept the two groups on opposite sides of the street.",
  "Whether the meeting changes anything will be clearer in the spring, when the next round is due.",
  "Until then, the delegates said, the channels opened this week would stay open, which was more than the last round had managed.",
  "Analysts in Tokyo and Beijing read the joint statement as a floor rather than a ceiling: nobody had walked out.",
  "The language on humanitarian aid was warmer than expected, and both Koreas' observers stayed to the end.",
  "A second meeting of officials, without ministers, is planned for the autumn in Beijing.",
];

/** The partner's own stylesheet (served from its own origin: the strict CSP allows 'self'). */
export function articleStylesheet(reserve = "") {
  return `html { font: 18px/1.55 Georgia, "DejaVu Serif", serif; color: #1d1d1f; background: #fff; }
body { margin: 0; }
main { max-width: 42rem; margin: 0 auto; padding: 0 16px 48px; }
h1 { font: 700 1.6rem/1.2 system-ui, sans-serif; margin: 24px 0 8px; }
.standfirst { font-size: 1.05rem; color: #444; margin: 0 0 16px; }
.byline { font: 0.8rem/1.4 system-ui, sans-serif; color: #666; margin: 0 0 24px; }
briefing-widget { margin: 24px 0; }
${reserve}`;
}

/**
 * The article's HTML: headline, standfirst and byline, then `snippet` (what `briefing embed`
 * printed), then the article's own text. `head` goes in <head> (preload hints); `stylesheet` is
 * the partner's own (`articleStylesheet`), on the partner's origin.
 */
export function phoneArticle({ snippet, head = "", stylesheet = "/article.css" }) {
  const text = PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Six-party delegates meet in Seoul</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheet}">${head}</head>
<body><main><article>
<h1>Six-party delegates meet in Seoul, agree to keep talking</h1>
<p class="standfirst">Two days of closed sessions ended with a short joint statement. Here is who said what.</p>
<p class="byline">By A. Correspondent · 30 April 2013</p>
${snippet}
${text}
</article></main></body></html>`;
}

/** The contract's strict CSP for a page that embeds the widget from `widgetOrigin`. */
export const strictCsp = (widgetOrigin) =>
  `default-src 'none'; script-src ${widgetOrigin} 'wasm-unsafe-eval'; connect-src ${widgetOrigin}; ` +
  `style-src 'self' ${widgetOrigin}; img-src data:`;

/** The snippet `briefing embed` prints (`cli` is the command and its first arguments). */
function embedSnippet(cli, args) {
  const [command, ...first] = cli;
  return execFileSync(command, [...first, "embed", ...args], { cwd: REPO, encoding: "utf8" });
}

/** The file names of the glue and the wasm, read from the loader as scripts/bench/sizes.mjs does. */
function moduleFiles(dist) {
  const loader = readFileSync(join(dist, "briefing-widget.js"), "utf8");
  const glue = loader.match(/"\.\/(briefing-widget-[0-9a-f]+\.js)"/)?.[1];
  const wasm = loader.match(/"\.\/(briefing-widget-[0-9a-f]+_bg\.wasm)"/)?.[1];
  if (!glue || !wasm) throw new Error(`${dist}/briefing-widget.js names no glue or wasm`);
  return { glue, wasm };
}

/**
 * The widget's height at each width in `widths`, rendered as the script tag renders it (the
 * briefing's own open sections), unthrottled: what a partner reserves with `min-height`.
 */
export async function widgetHeights(browser, { partnerOrigin, path, widths }) {
  const heights = {};
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(recordVitals);
    await page.goto(`${partnerOrigin}${path}`);
    await page.waitForFunction(() => window.__vitals.loaded !== null, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    heights[width] = await page.evaluate(() => {
      const widget = document.querySelector("briefing-widget");
      return { height: widget.getBoundingClientRect().height, width: widget.getBoundingClientRect().width };
    });
    await context.close();
  }
  return heights;
}

async function main() {
  const { values: options } = parseArgs({
    options: {
      dist: { type: "string" },
      url: { type: "string" },
      runs: { type: "string", default: "5" },
      cli: { type: "string" },
      briefing: { type: "string", default: join(REPO, "static", "examples", "north-korea-2013.json") },
      cases: { type: "string" },
      shots: { type: "string" },
      json: { type: "string" },
    },
  });
  const runs = Number(options.runs);
  if (options.url) {
    const { summary } = await profilePage({ url: options.url, runs });
    printTable([[options.url, summary]], null);
    return;
  }
  if (!options.dist) throw new Error("--dist DIR (a release build) or --url URL is required");
  const dist = resolve(options.dist);
  const cli = options.cli ? [options.cli] : ["cargo", "run", "-q", "-p", "briefing-cli", "--"];
  const { glue, wasm } = moduleFiles(dist);

  // The widget's origin: dist/, the baseline, the briefing. The partner's: the article pages.
  const widgetFiles = directoryFiles(dist);
  widgetFiles.set("/baseline.js", { body: await baselineScript(REPO) });
  widgetFiles.set("/briefings/briefing.json", { body: readFileSync(options.briefing) });
  const widget = await startGzipServer(widgetFiles);
  const pages = new Map();
  const partner = await startGzipServer(pages, { headers: { "content-security-policy": strictCsp(widget.origin) } });
  const src = `${widget.origin}/briefings/briefing.json`;
  const script = `${widget.origin}/briefing-widget.js`;
  process.stderr.write("phone: the snippets, from briefing embed\n");
  const bySnippet = embedSnippet(cli, ["--src", src, "--script", script]);
  const inline = embedSnippet(cli, ["--src", src, "--script", script, "--inline", options.briefing]);
  const vanilla = bySnippet.replace(script, `${widget.origin}/baseline.js`);
  if (vanilla === bySnippet) throw new Error("the snippet does not name the script it was given");
  const glueHint = `<link rel="modulepreload" href="${widget.origin}/${glue}">`;
  const wasmHint = `<link rel="preload" as="fetch" crossorigin href="${widget.origin}/${wasm}">`;
  const jsonHint = `<link rel="preload" as="fetch" crossorigin href="${src}">`;

  // Each case's page: the article with its snippet, hints and stylesheet.
  const article = (name, { snippet = bySnippet, head = "", stylesheet = "/article.css" } = {}) =>
    pages.set(`/${name}.html`, { body: phoneArticle({ snippet, head, stylesheet }) });
  pages.set("/article.css", { body: articleStylesheet() });
  article("script");

  const browser = await launchChromium();
  // The space to reserve: the widget's height in this article at the phone's width and at
  // 1280 px, measured unthrottled, the figures `briefing embed` would print for those widths.
  const heights = await widgetHeights(browser, { partnerOrigin: partner.origin, path: "/script.html", widths: [PHONE.viewport.width, 1280] });
  // The figures for the docs: the widget alone, as wide as the viewport (360 and 1280 px).
  pages.set("/bare.css", { body: "body { margin: 0; }" });
  pages.set("/bare.html", { body: phoneArticle({ snippet: bySnippet, stylesheet: "/bare.css" }).replace(/<h1>[^]*?(?=<script)/, "").replace(/<\/briefing-widget>[^]*?(?=<\/article>)/, "</briefing-widget>") });
  const alone = await widgetHeights(browser, { partnerOrigin: partner.origin, path: "/bare.html", widths: [360, 1280] });
  const phoneHeight = Math.ceil(heights[PHONE.viewport.width].height);
  const desktopHeight = Math.ceil(heights[1280].height);
  const reserve = `briefing-widget { display: block; min-height: ${phoneHeight}px; }
@media (min-width: 788px) { briefing-widget { min-height: ${desktopHeight}px; } }`;
  pages.set("/reserved.css", { body: articleStylesheet(reserve) });
  article("vanilla", { snippet: vanilla });
  article("inline", { snippet: inline });
  article("reserved", { stylesheet: "/reserved.css" });
  article("preload", { head: glueHint + wasmHint });
  article("preload-json", { head: glueHint + wasmHint + jsonHint });
  article("reserved-preload", { head: glueHint + wasmHint + jsonHint, stylesheet: "/reserved.css" });

  const CASES = {
    vanilla: "vanilla baseline, by script tag",
    script: "widget by script tag",
    inline: "widget, inline copy (embed --inline)",
    reserved: "widget by script tag, min-height reserved",
    preload: "script tag + modulepreload glue, preload wasm",
    "preload-json": "… + preload the briefing's JSON",
    "reserved-preload": "reserved + all three hints",
  };
  const cases = options.cases ? options.cases.split(",") : Object.keys(CASES);
  const results = Object.fromEntries(cases.map((c) => [c, []]));
  // One discarded load first: the browser's own start-up costs belong to no case.
  await profileOnce(browser, `${partner.origin}/script.html`);
  for (let run = 0; run < runs; run++) {
    // Rotate the order, so that no case always meets a warmer machine.
    const order = cases.map((_, i) => cases[(i + run) % cases.length]);
    for (const name of order) {
      const result = await profileOnce(browser, `${partner.origin}/${name}.html`);
      if (result.errors.length) throw new Error(`${name}: ${result.errors.join("; ")}`);
      results[name].push(result);
    }
    process.stderr.write(`phone: run ${run + 1} of ${runs}\n`);
  }
  if (options.shots) {
    // What the reader sees on the phone while the module loads, and once the briefing is in.
    mkdirSync(options.shots, { recursive: true });
    for (const name of cases) {
      const { context, page } = await phonePage(browser, PHONE);
      // The wasm is held back until the first screenshot is taken: a screenshot of a throttled
      // page takes longer than the module takes to arrive.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/_bg\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${partner.origin}/${name}.html`, { waitUntil: "load" });
      // While loading: the loading row (the inline copy shows its static copy instead).
      await page
        .waitForFunction(() => document.querySelector("briefing-widget")?.shadowRoot?.querySelector(".loading, [data-prerendered]"), null, { timeout: 5_000, polling: 20 })
        .catch(() => {});
      await page.screenshot({ path: join(options.shots, `phone-${name}-loading.png`) });
      release();
      await page.waitForFunction(() => window.__vitals.loaded !== null, null, { timeout: 60_000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(options.shots, `phone-${name}-loaded.png`) });
      await context.close();
    }
  }
  await browser.close();
  await Promise.all([widget.close(), partner.close()]);

  const summaries = cases.map((name) => [CASES[name] ?? name, summarize(results[name]), name]);
  printTable(summaries, summaries.find(([, , name]) => name === "vanilla")?.[1]);
  console.log(`\nReserved: ${reserve.replace(/\n/g, " ")}`);
  console.log(
    `The widget's height in the article (rendered by script tag, its own open sections): ` +
      Object.entries(heights).map(([w, h]) => `${Math.round(h.height)} px at a ${w} px viewport (widget ${Math.round(h.width)} px wide)`).join(", ")
  );
  console.log(
    `The widget alone, as wide as the viewport: ` +
      Object.entries(alone).map(([w, h]) => `${Math.round(h.height)} px tall at ${Math.round(h.width)} px wide`).join(", ")
  );
  printShifts(results);
  printWaterfall(results, { glue, wasm });
  const unused = Object.entries(results).flatMap(([name, rs]) => rs.flatMap((r) => r.warnings.filter((w) => /preload/i.test(w)).map((w) => `${name}: ${w}`)));
  if (unused.length) console.log(`\nChromium's warnings about preloads:\n${[...new Set(unused)].join("\n")}`);
  if (options.json) writeFileSync(options.json, JSON.stringify({ profile: PHONE, heights, alone, results }, null, 1));
}

function printTable(rows, vanilla) {
  const ratio = (a, b) => (b && Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–");
  const head = ["page", "LCP (ms)", "LCP / vanilla", "CLS", "briefing-load (ms)", "load / vanilla", "LCP element"];
  const body = rows.map(([name, s]) => [
    name,
    s.lcp.toFixed(0),
    ratio(s.lcp, vanilla?.lcp),
    s.cls.toFixed(3),
    s.loaded.toFixed(0),
    ratio(s.loaded, vanilla?.loaded),
    s.lcpElement ?? "",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  const p = PHONE;
  console.log(
    `\nPhone profile (${p.cpuSlowdown}× CPU, ${p.downloadBitsPerSecond / 1e6} Mbps down, ${p.latencyMs} ms RTT, ` +
      `${p.viewport.width}×${p.viewport.height}, gzip, widget on a second origin, strict CSP); medians of ${rows[0]?.[1].runs} cold runs`
  );
  console.log(`${line(head)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  body.forEach((r) => console.log(line(r)));
}

/** The shifts of the last run of each case: when, how much, what moved. */
function printShifts(results) {
  console.log("\nLayout shifts (last run of each page): time, score, what moved");
  for (const [name, runs] of Object.entries(results)) {
    const shifts = runs.at(-1)?.shifts ?? [];
    const text = shifts.map((s) => `${s.time.toFixed(0)} ms ${s.value.toFixed(3)} (${s.moved.slice(0, 3).join(", ")})`).join("; ");
    console.log(`- ${name}: ${text || "none"}`);
  }
}

/** When each of the widget's downloads started and ended (medians, ms from navigation start). */
function printWaterfall(results, { glue, wasm }) {
  const kinds = [
    ["loader", (n) => n.endsWith("/briefing-widget.js")],
    ["glue", (n) => n.endsWith(`/${glue}`)],
    ["wasm", (n) => n.endsWith(`/${wasm}`)],
    ["briefing JSON", (n) => n.endsWith("/briefing.json")],
    ["stylesheet", (n) => n.endsWith("/briefing-widget.css")],
    ["baseline", (n) => n.endsWith("/baseline.js")],
  ];
  console.log("\nDownloads (medians, ms from navigation start: start → end, KiB on the wire)");
  for (const [name, runs] of Object.entries(results)) {
    const cells = [`document → ${median(runs.map((r) => r.document?.end)).toFixed(0)}`];
    const instantiated = median(runs.map((r) => r.instantiated));
    for (const [kind, match] of kinds) {
      const found = runs.map((r) => r.resources.find((x) => match(x.name))).filter(Boolean);
      if (!found.length) continue;
      const start = median(found.map((f) => f.start)).toFixed(0);
      const end = median(found.map((f) => f.end)).toFixed(0);
      cells.push(`${kind} ${start} → ${end} (${(median(found.map((f) => f.bytes)) / 1024).toFixed(1)})`);
    }
    if (Number.isFinite(instantiated)) cells.push(`wasm instantiated ${instantiated.toFixed(0)}`);
    cells.push(`briefing-load ${median(runs.map((r) => r.loaded)).toFixed(0)}`);
    console.log(`- ${name}: ${cells.join("; ")}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
