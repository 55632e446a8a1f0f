// Benchmarks the briefing studio (studio.html) of a release build in headless Chromium: the time
// from a keystroke in the editor to the preview updated (the widget's briefing-load, then painted)
// for the example briefing and a generated one of 300 sections, and the studio's shipped bytes.
// A measurement, not a test: it never fails on a slow result (the target, under 100 ms for the
// example, is printed beside the figure).
// Usage: node bench/studio.mjs --dist DIR [--runs 10] [--json FILE]   (scripts/bench runs it)
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS } from "../tests/e2e/support/browser.mjs";
import { sizesOf } from "./sizes.mjs";

const REPO = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const { values: options } = parseArgs({
  strict: false,
  options: { dist: { type: "string" }, runs: { type: "string", default: "10" }, json: { type: "string" } },
});
if (!options.dist) throw new Error("--dist DIR is required: a release build (scripts/bench makes one)");
const dist = resolve(options.dist);
const runs = Number(options.runs);

/** A Markdown briefing of `sections` sections of `points` points each, by 8 speakers. */
export function generateMarkdown(sections, points = 20) {
  const names = ["Amara Okafor", "Bruno Keller", "Chen Wei", "Dana Levi", "Emil Novak", "Farah Haddad", "Goran Petrov", "Hana Sato"];
  const speakers = names.map((name, i) => `- ${name} — Institute ${i + 1} (panelist) {id=s${i} aliases="${name.split(" ")[1]}"}`);
  const body = [];
  for (let s = 0; s < sections; s++) {
    body.push(`## Theme number ${s + 1} {#t${s}}`, "");
    for (let p = 0; p < points; p++) {
      const a = names[(s + p) % names.length].split(" ")[1];
      const b = names[(s + p + 3) % names.length].split(" ")[1];
      body.push(`- **Point ${p + 1}:** ${a} said that the matter of section ${s + 1} needs attention, and ${b} agreed with a remark on cost.`);
    }
    body.push("");
  }
  return ["---", "id: generated", "date: 2026-01-31", "lang: en", "---", "", "# A generated briefing", "", "Generated for the benchmark.", "", "## Speakers", "", ...speakers, "", ...body].join("\n");
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  const file = normalize(join(dist, path));
  try {
    if (!file.startsWith(dist)) throw new Error("outside");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

const cases = new Map([
  ["example", readFileSync(join(REPO, "examples", "north-korea-2013.md"), "utf8")],
  ["300 sections", generateMarkdown(300)],
]);

/** Keystroke → preview times (ms) for one Markdown text: `runs` keys typed into its title. */
async function keystrokes(markdown) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${origin}/studio.html`);
  await page.waitForSelector("html[data-ready]");
  await page.setInputFiles("#open-file", { name: "bench.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) });
  await page.waitForFunction(() => !!document.querySelector("#preview").briefing && document.querySelector("#preview").briefing.title !== "The event's title", null, { timeout: 60_000 });
  await page.locator(".cm-line", { hasText: /^# / }).first().click();
  await page.keyboard.press("End");
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener("keydown", () => window.__keys.push({ key: performance.now() }), true);
    document.querySelector("#preview").addEventListener("briefing-load", () => {
      const entry = window.__keys[window.__keys.length - 1];
      if (!entry || entry.loaded) return;
      entry.loaded = performance.now();
      requestAnimationFrame(() => setTimeout(() => (entry.painted = performance.now())));
    });
  });
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page.keyboard.type(i % 2 ? "b" : "a");
    await page.waitForFunction((n) => window.__keys.length === n && window.__keys[n - 1].painted, i + 1, { timeout: 20_000 }).catch(async (e) => {
      throw new Error(`${e.message}: ${JSON.stringify(await page.evaluate(() => window.__keys))}`);
    });
    await page.waitForTimeout(150);
  }
  const entries = await page.evaluate(() => window.__keys);
  await context.close();
  if (errors.length) throw new Error(errors.join("; "));
  for (const e of entries) times.push({ loaded: e.loaded - e.key, painted: e.painted - e.key });
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = {};
for (const [name, markdown] of cases) {
  const times = await keystrokes(markdown);
  results[name] = { loaded: median(times.map((t) => t.loaded)), painted: median(times.map((t) => t.painted)), max: Math.max(...times.map((t) => t.painted)) };
}
await browser.close();
server.close();

const files = ["studio.html", "studio/studio.js", "studio/studio.css", "studio/briefing-studio.js", "studio/briefing-studio_bg.wasm"].map((name) => ({ name, ...sizesOf(readFileSync(join(dist, name))) }));
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

console.log("\nStudio: the studio's own files (the widget's loader, glue and wasm come on top, as above)");
console.log("| file | raw | gzip | brotli |\n|---|---|---|---|");
for (const f of [...files, { name: "studio total", ...total }]) console.log(`| ${f.name} | ${kib(f.raw)} | ${kib(f.gzip)} | ${kib(f.brotli)} |`);
console.log(`\nStudio: keystroke → preview updated, ${runs} keys each, medians (target: under 100 ms for the example)`);
console.log("| briefing | → briefing-load | → painted | slowest painted |\n|---|---|---|---|");
for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${r.loaded.toFixed(1)} ms | ${r.painted.toFixed(1)} ms | ${r.max.toFixed(1)} ms |`);
// Beside run.mjs's file: FILE.json → FILE.studio.json.
if (options.json) writeFileSync(options.json.replace(/(\.json)?$/, ".studio.json"), JSON.stringify({ sizes: { files, total }, keystroke: results }, null, 2));
