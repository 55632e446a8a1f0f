// Measures how long a tooltip takes to show while a speaker is in focus, on a briefing of 300
// sections of 20 points whose points name no speakers (attributed by mention, the costly case),
// and, for comparison, the same briefing with explicit speakers. A measurement, not a test.
// Usage: node bench/focused-tooltips.mjs --dist DIR [--runs 5] [--tooltips 10]
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS, partnerPage } from "../tests/e2e/support/browser.mjs";
import { generateBriefing } from "./generate.mjs";
import { timeTooltips } from "./measure.mjs";

const { values: options } = parseArgs({
  options: { dist: { type: "string" }, runs: { type: "string", default: "5" }, tooltips: { type: "string", default: "10" } },
});
if (!options.dist) throw new Error("--dist DIR is required: a release build");
// servers.mjs reads DIST when it loads.
process.env.DIST = options.dist;
const { startServers } = await import("../tests/e2e/support/servers.mjs");

const servers = await startServers();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const [name, explicit] of [["by mention", false], ["explicit speakers", true]]) {
  const briefing = generateBriefing(Number(process.env.SECTIONS ?? 300));
  if (!explicit) for (const section of briefing.sections) for (const point of section.points) delete point.speakers;
  const src = servers.briefing(`/focused-${explicit}.json`, JSON.stringify(briefing));
  const samples = [];
  const focusing = [];
  for (let run = 0; run < Number(options.runs); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.on("crash", () => console.error("the page crashed"));
    page.on("pageerror", (error) => console.error(`page error: ${error}`));
    const html = partnerPage({ widgetOrigin: servers.widgetOrigin, body: `<briefing-widget src="${src}"></briefing-widget>` });
    await page.goto(servers.page(`/focused-${explicit}-${run}.html`, html));
    await page.waitForFunction((sections) => document.querySelector("briefing-widget")?.shadowRoot?.querySelectorAll(".section").length === Number(sections), process.env.SECTIONS ?? "300", { timeout: 60_000 });
    const focusStart = Date.now();
    // By keyboard: a pointer left over the page could hover a mention and hold its tooltip open.
    await page.locator("briefing-widget .speaker-name", { hasText: "Jin Canrong" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("briefing-widget .focus-note").waitFor({ timeout: 120_000 });
    focusing.push(Date.now() - focusStart);
    const tooltips = await page.evaluate(timeTooltips, Number(options.tooltips));
    samples.push(...tooltips.map((t) => t.ms));
    await context.close();
  }
  console.log(`${name}: tooltip shown after focus, speaker in focus, ${process.env.SECTIONS ?? 300} sections: median ${median(samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (${samples.length} samples); focusing the speaker took ${median(focusing)} ms`);
}
await browser.close();
await servers.close();
