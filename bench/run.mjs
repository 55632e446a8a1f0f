// Benchmarks briefing-widget against the vanilla baseline in headless Chromium and prints tables of
// medians and widget/vanilla ratios. A measurement, not a test: it never fails on a slow result.
// Usage: node bench/run.mjs --dist DIR [--runs 10] [--sizes example,4,50,300] [--json FILE]
// (scripts/bench builds the release into DIR first.)
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS } from "../tests/e2e/support/browser.mjs";
import { generateBriefing } from "./generate.mjs";
import { heapAndNodes, recordRender, timeShowHideAll, timeTooltips, wasmMemory } from "./measure.mjs";
import { baselineScript, startServer } from "./server.mjs";
import { shippedSizes } from "./sizes.mjs";

const REPO = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const { values: options } = parseArgs({
  options: {
    dist: { type: "string" },
    runs: { type: "string", default: "10" },
    sizes: { type: "string", default: "example,4,50,300" },
    tooltips: { type: "string", default: "5" },
    json: { type: "string" },
  },
});
if (!options.dist) throw new Error("--dist DIR is required: a release build (scripts/bench makes one)");
const dist = resolve(options.dist);
const runs = Number(options.runs);

const briefings = new Map(
  options.sizes.split(",").map((size) => [
    size,
    size === "example"
      ? readFileSync(join(REPO, "static", "examples", "north-korea-2013.json"), "utf8")
      : JSON.stringify(generateBriefing(Number(size))),
  ])
);
const baseline = await baselineScript(REPO);
const sizes = shippedSizes(dist, baseline);
const server = await startServer({ dist, baseline, briefings });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

/** One cold load of one case in a fresh context (empty cache): every figure of that run. */
async function measure(kind, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.addInitScript(recordRender);
  await page.goto(`${server.origin}/${kind}/${size}.html`);
  await page.waitForFunction(() => window.__bench.painted, null, { timeout: 60_000 });
  const render = await page.evaluate(() => window.__bench);
  const briefing = JSON.parse(briefings.get(size));
  const expected = briefing.sections.length;
  if (render.sections !== expected || !render.title) {
    throw new Error(`${kind} ${size}: rendered ${render.sections} of ${expected} sections (title: ${render.title})`);
  }
  const glueUrl = kind === "widget" ? `${server.origin}/widget/${sizes.glue}` : null;
  const wasm = await page.evaluate(wasmMemory, glueUrl);
  const { jsHeap, nodes } = await heapAndNodes(page);
  const tooltips = await page.evaluate(timeTooltips, Number(options.tooltips));
  const points = briefing.sections.reduce((n, s) => n + s.points.length, 0);
  const toggleAll = await page.evaluate(timeShowHideAll, points);
  await context.close();
  if (errors.length) throw new Error(`${kind} ${size}: ${errors.join("; ")}`);
  return {
    ...{ loaded: render.loaded, complete: render.complete, painted: render.painted, streamed: render.streamed },
    ...{ toggleAll, tooltips, jsHeap, wasm, nodes },
  };
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// One discarded load of each first: the browser's own start-up costs belong to neither.
for (const kind of ["widget", "vanilla"]) await measure(kind, briefings.keys().next().value);

const results = {};
for (const size of briefings.keys()) {
  results[size] = { widget: [], vanilla: [] };
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so that neither always meets a warmer machine.
    const order = run % 2 ? ["vanilla", "widget"] : ["widget", "vanilla"];
    for (const kind of order) results[size][kind].push(await measure(kind, size));
  }
  process.stderr.write(`measured ${size}: ${runs} runs each\n`);
}
await browser.close();
await server.close();

// Tables.
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const table = (title, head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${title}\n${line(head)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  rows.forEach((r) => console.log(line(r)));
};
table(
  "Bytes shipped (gzip level 9, brotli quality 11)",
  ["file", "raw", "gzip", "brotli"],
  [...sizes.rows, sizes.baseline].map((r) => [r.name, kib(r.raw), kib(r.gzip), kib(r.brotli)])
);

const widgetRuns = Object.values(results).flatMap((byKind) => byKind.widget);
const streamed = widgetRuns.filter((r) => r.streamed > 0).length;
console.log(`\nThe wasm was compiled while streaming (WebAssembly.instantiateStreaming) in ${streamed} of ${widgetRuns.length} widget runs.`);

const METRICS = [
  ["navigation → briefing-load event (ms)", (r) => r.loaded, 1],
  ["navigation → all sections in DOM (ms)", (r) => r.complete, 1],
  ["navigation → next frame painted (ms)", (r) => r.painted, 1],
  ["show all + hide all (ms)", (r) => r.toggleAll, 1],
  ["tooltip shown after focus (ms)", (r) => median(r.tooltips.map((t) => t.ms)), 2],
  ["tooltips shown within the frame (%)", (r) => (100 * r.tooltips.filter((t) => t.inFrame).length) / r.tooltips.length, 0],
  ["JS heap after render (KiB)", (r) => r.jsHeap / 1024, 0],
  ["wasm memory (KiB)", (r) => r.wasm / 1024, 0],
  ["JS heap + wasm memory (KiB)", (r) => (r.jsHeap + r.wasm) / 1024, 0],
  ["DOM nodes in the page", (r) => r.nodes, 0],
];
const rows = [];
for (const [size, byKind] of Object.entries(results)) {
  for (const [name, pick, digits] of METRICS) {
    const w = median(byKind.widget.map(pick));
    const v = median(byKind.vanilla.map(pick));
    rows.push([size, name, w.toFixed(digits), v.toFixed(digits), v ? `${(w / v).toFixed(2)}×` : "–"]);
  }
}
table(`Medians of ${runs} runs each (sections of 20 points; "example" is the shipped example)`, ["briefing", "metric", "widget", "vanilla", "widget/vanilla"], rows);
if (options.json) writeFileSync(options.json, JSON.stringify({ sizes, results }, null, 1));
