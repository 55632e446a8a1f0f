// Format 1.1 in the browser: every new field of the second example, in the live widget and in
// the static copy of `briefing embed --inline`, the copy replaced without a layout shift, axe with
// every section open, the reader's own time, a long list of speakers, and the widget's words
// isolated inside a briefing in another language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

import { FIXTURES, REPO } from "./support/servers.mjs";
import { openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";
import { readFields, EXPECTED } from "./support/format.mjs";

useHarness();

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const FILE = join(FIXTURES, "arctic-futures-2026.json");
const SRC = () => `${servers.widgetOrigin}/briefings/arctic-futures-2026.json`;

let pages = 0;
/** A partner page with `briefing embed --inline`'s snippet for `file`, served as `src`. */
function inlinePage(src = SRC(), file = FILE) {
  const snippet = execFileSync(
    "cargo",
    ["run", "-q", "-p", "briefing-cli", "--", "embed", "--src", src, "--script", `${servers.widgetOrigin}/briefing-widget.js`, "--inline", file],
    { cwd: REPO, encoding: "utf8" }
  );
  const body = `<p id="above">Above.</p>\n${snippet}<p id="below">Below.</p>`;
  return servers.page(`/format-inline-${++pages}.html`, partnerPage({ widgetOrigin: servers.widgetOrigin, body, scripts: 0 }));
}

/** A partner page with a plain widget. */
function livePage(src = SRC(), attributes = 'open="all"') {
  const body = `<briefing-widget ${attributes} src="${src}"></briefing-widget><p id="below">Below.</p>`;
  return servers.page(`/format-live-${++pages}.html`, partnerPage({ widgetOrigin: servers.widgetOrigin, body }));
}

/** Holds the wasm back until `release()`, so that the static copy can be read first. */
async function holdModule(page) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await page.evaluate(() => (window.__moduleRequested = true)).catch(() => {});
    await released;
    await route.continue();
  });
  return release;
}

test("every 1.1 field shows in the live widget, and the copy shows the same; the swap moves nothing", async () => {
  const url = inlinePage();
  for (const width of [1280, 360]) {
    const { page, context, problems } = await openPage(browser, { viewport: { width, height: 9000 }, timezoneId: "Europe/London" });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__shifts.push(e.value))).observe({ type: "layout-shift", buffered: true });
    });
    const release = await holdModule(page);
    await page.goto(url);
    await page.waitForFunction(() => window.__moduleRequested);
    await page.waitForTimeout(100);
    const top = () => page.evaluate(() => ({ height: document.querySelector("briefing-widget").getBoundingClientRect().height, below: document.querySelector("#below").getBoundingClientRect().top }));
    const copy = await page.evaluate(readFields);
    assert.deepEqual(copy, EXPECTED, `the static copy at ${width} px`);
    const before = await top();
    release();
    await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await page.evaluate(readFields), EXPECTED, `the live widget at ${width} px`);
    assert.deepEqual(await top(), before, `nothing moved at ${width} px`);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], `no layout shift at ${width} px`);
    assert.deepEqual(problems, { errors: [], console: [] });
    await context.close();
  }
});

test("a reader in another zone also sees the event's time in their own", async () => {
  const { page, context } = await openPage(browser, { timezoneId: "Asia/Tokyo" });
  await page.goto(livePage());
  const time = page.locator("briefing-widget .meta .time");
  await time.waitFor();
  // 09:30 in London on 22 October 2026 (BST, UTC+1) is 17:30 in Tokyo.
  assert.equal((await time.textContent()).replace(/\s+/g, " "), "09:30–17:00 London time (17:30 your time)");
  await context.close();
});

test("axe finds no WCAG 2.2 A/AA violation in the 1.1 example with every section open, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await openPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
    await page.goto(livePage());
    await page.locator("briefing-widget .moment").first().waitFor();
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG);
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`), [], colorScheme);
    await context.close();
  }
});

test("eighteen speakers: the first six, then \"Show all 18 speakers\", grouped; the copy shows the same", async () => {
  const many = {
    ...example,
    id: "many-speakers",
    speakers: Array.from({ length: 18 }, (_, i) => ({ id: `s${i}`, name: `Speaker Number${i}`, group: i < 3 ? undefined : i % 2 ? "Discussants" : "Panel" })),
  };
  many.sections = example.sections.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, speakers: [] })) }));
  const src = servers.briefing("/many-speakers.json", many);
  const names = (page) => page.locator("briefing-widget .speaker-name").evaluateAll((all) => all.filter((e) => e.checkVisibility()).map((e) => e.textContent));
  const { page, context } = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await page.goto(livePage(src, ""));
  const more = page.getByRole("button", { name: "Show all 18 speakers" });
  await more.waitFor();
  assert.deepEqual(await names(page), ["Speaker Number0", "Speaker Number1", "Speaker Number2", "Speaker Number3", "Speaker Number5", "Speaker Number7"]);
  await more.click();
  assert.equal((await names(page)).length, 18);
  assert.deepEqual(await page.locator("briefing-widget .speaker-group-heading").allTextContents(), ["Discussants", "Panel"]);
  assert.equal(await more.count(), 0);
  await context.close();
});

test("the widget's own words keep their language and direction inside a briefing in another (Arabic, English words)", async () => {
  const { page, context } = await openPage(browser, { viewport: { width: 320, height: 900 } });
  await page.goto(livePage(`${servers.widgetOrigin}/briefings/water-security-ar.json`, 'lang="en"'));
  const count = page.locator("briefing-widget .count").first();
  await count.waitFor();
  assert.match(await count.textContent(), /^\d+ points?$/);
  assert.deepEqual(await count.evaluate((e) => [e.lang, getComputedStyle(e).direction]), ["en", "ltr"]);
  // The number comes first on screen, as English reads: "4 points", not "points 4".
  const order = await count.evaluate((e) => {
    const range = document.createRange();
    const text = e.firstChild;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const digit = range.getBoundingClientRect().left;
    range.setStart(text, text.length - 1);
    range.setEnd(text, text.length);
    return digit < range.getBoundingClientRect().left;
  });
  assert.equal(order, true);
  await context.close();
});

test("the 1.1 example in Chinese and Arabic words at 320 px: nothing runs out of the widget", async () => {
  const doc = JSON.parse(await readFile(FILE, "utf8"));
  for (const lang of ["zh-Hans", "ar"]) {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 900 } });
    await page.goto(livePage(servers.briefing(`/arctic-${lang}.json`, { ...doc, lang }), `open="all" lang="${lang}"`));
    await page.locator("briefing-widget .moment").first().waitFor();
    const overflow = await page.evaluate(() => {
      const root = document.querySelector("briefing-widget").shadowRoot;
      const width = document.documentElement.clientWidth;
      return Array.from(root.querySelectorAll("*"))
        .filter((e) => e.getClientRects().length && (e.getBoundingClientRect().right > width + 0.5 || e.getBoundingClientRect().left < -0.5))
        .map((e) => e.className || e.nodeName);
    });
    assert.deepEqual(overflow, [], lang);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, lang);
    await context.close();
  }
});
