// Measures the longest tasks while a briefing of 300 sections of 20 points renders: by default
// (only the first section open), with open="all", and with open="all" over the inline copy of
// `briefing embed --inline` (which sets open="all"). Ratios are to the default, from the same
// run. A measurement, not a test; the reader tests bound one task to 350 ms.
// Usage: node bench/open-all.mjs --dist DIR [--runs 5] [--bin target/debug/briefing]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS, partnerPage } from "../tests/e2e/support/browser.mjs";
import { generateBriefing } from "./generate.mjs";

const { values: options } = parseArgs({
  options: {
    dist: { type: "string" },
    runs: { type: "string", default: "5" },
    bin: { type: "string", default: "target/debug/briefing" },
  },
});
if (!options.dist) throw new Error("--dist DIR is required: a release build");
process.env.DIST = options.dist;
const { startServers } = await import("../tests/e2e/support/servers.mjs");

const servers = await startServers();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
const briefing = generateBriefing(300);
const src = servers.briefing("/open-all.json", JSON.stringify(briefing));
const points = briefing.sections.reduce((n, s) => n + s.points.length, 0);
const file = join(mkdtempSync(join(tmpdir(), "open-all-")), "briefing.json");
writeFileSync(file, JSON.stringify(briefing));
const inline = execFileSync(options.bin, ["embed", "--src", src, "--script", `${servers.widgetOrigin}/briefing-widget.js`, "--inline", file], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});

const cases = {
  default: partnerPage({ widgetOrigin: servers.widgetOrigin, body: `<briefing-widget src="${src}"></briefing-widget>` }),
  'open="all"': partnerPage({ widgetOrigin: servers.widgetOrigin, body: `<briefing-widget src="${src}" open="all"></briefing-widget>` }),
  // The snippet carries its own script tag.
  'open="all" + inline copy': partnerPage({ widgetOrigin: servers.widgetOrigin, body: inline, scripts: 0 }),
};
const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = {};
for (const [name, html] of Object.entries(cases)) {
  const runs = [];
  for (let run = 0; run < Number(options.runs); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: "longtask", buffered: true });
    });
    const started = Date.now();
    await page.goto(servers.page(`/open-all-${Object.keys(results).length}-${run}.html`, html));
    const open = name !== "default";
    // Done: every section on the page, and with open="all" every point of the live render.
    await page.waitForFunction(
      ([open, points]) => {
        const root = document.querySelector("briefing-widget")?.shadowRoot?.querySelector(".root:not([data-prerendered])");
        return root && !root.hidden && root.querySelectorAll(".section").length === 300 && (!open || root.querySelectorAll(".point").length === points);
      },
      [open, points],
      { timeout: 120_000 }
    );
    const done = Date.now() - started;
    await page.waitForTimeout(300);
    const long = await page.evaluate(() => window.__long);
    runs.push({ longest: Math.max(0, ...long), count: long.length, total: long.reduce((a, b) => a + b, 0), done });
    await context.close();
  }
  results[name] = runs;
  process.stderr.write(`measured ${name}: ${runs.length} runs\n`);
}
await browser.close();
await servers.close();

const base = results.default;
console.log(`\n300 sections of 20 points (${points} points), medians of ${options.runs} runs; ratios to the default`);
console.log("| case | longest task (ms) | long tasks | long-task time (ms) | navigation → complete (ms) |");
console.log("|---|---|---|---|---|");
for (const [name, runs] of Object.entries(results)) {
  const cell = (pick) => {
    const value = median(runs.map(pick));
    const ratio = median(base.map(pick)) ? ` (${(value / median(base.map(pick))).toFixed(2)}×)` : "";
    return `${value.toFixed(0)}${ratio}`;
  };
  console.log(`| ${name} | ${cell((r) => r.longest)} | ${cell((r) => r.count)} | ${cell((r) => r.total)} | ${cell((r) => r.done)} |`);
}
