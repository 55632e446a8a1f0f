// The inline embed (`briefing embed --inline`): the static copy in a declarative shadow root is
// the whole, styled briefing without JavaScript, and the widget replaces it without moving anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { DIST, FIXTURES, REPO } from "./support/servers.mjs";
import { openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

useHarness();

const ACCENT = "rgb(138, 28, 28)";
// The partner themes the widget; the copy must follow the same custom properties.
const THEME = `<style>briefing-widget { --briefing-color-accent: ${ACCENT}; --briefing-font-family: Georgia, serif; }</style>`;

/** What `briefing embed --inline` prints for a briefing file, with the widget served by the tests. */
function inlineEmbed(src, file = join(FIXTURES, "north-korea-2013.json")) {
  return execFileSync(
    "cargo",
    [
      "run", "-q", "-p", "briefing-cli", "--", "embed",
      "--src", src,
      "--script", `${servers.widgetOrigin}/briefing-widget.js`,
      "--inline", file,
    ],
    { cwd: REPO, encoding: "utf8" }
  );
}

let pages = 0;
/** A partner page whose body is the embed snippet (it brings its own script tag). */
function inlinePage(src = `${servers.widgetOrigin}/briefings/north-korea-2013.json`, { file, head = "" } = {}) {
  const body = `<p id="above">Above the briefing.</p>\n${inlineEmbed(src, file)}<p id="below">Below the briefing.</p>`;
  return servers.page(`/inline-${++pages}.html`, partnerPage({ widgetOrigin: servers.widgetOrigin, head, body, scripts: 0 }));
}

/** Every section title and point text the reader can see, in order, with how they are styled. */
function readable(page) {
  return page.evaluate(() => {
    const root = document.querySelector("briefing-widget").shadowRoot;
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility === "visible";
    const sections = Array.from(root.querySelectorAll(".section"), (section) => ({
      title: section.querySelector(".section-title").textContent,
      titleVisible: visible(section.querySelector(".section-title")),
      points: Array.from(section.querySelectorAll(".point-text"), (p) => (visible(p) ? p.textContent : null)),
    }));
    const title = root.querySelector("h2.title");
    return {
      title: visible(title) ? title.textContent : null,
      sections,
      titleFont: getComputedStyle(title).fontFamily,
      titleSize: getComputedStyle(title).fontSize,
      mentionColor: getComputedStyle(root.querySelector(".mention")).color,
      sectionEdge: getComputedStyle(root.querySelector(".section")).borderInlineStartWidth,
      buttons: root.querySelectorAll("button").length,
      controlsRow: root.querySelector(".controls").getClientRects().length > 0,
    };
  });
}

const expectedSections = () =>
  example.sections.map((s) => ({ title: s.title, titleVisible: true, points: s.points.map((p) => p.text) }));

test("without JavaScript, the whole briefing shows, styled by the widget's stylesheet and the page's custom properties", async () => {
  const url = inlinePage(undefined, { head: THEME });
  for (const width of [1280, 360]) {
    const { page, context } = await openPage(browser, { javaScriptEnabled: false, viewport: { width, height: 800 } });
    await page.goto(url);
    assert.equal(await page.evaluate(() => customElements.get("briefing-widget")), undefined, "no script ran");
    const seen = await readable(page);
    assert.equal(seen.title, example.title);
    assert.deepEqual(seen.sections, expectedSections(), `every section open with every point, at ${width} px`);
    assert.equal(seen.titleFont, "Georgia, serif");
    assert.equal(seen.mentionColor, ACCENT);
    assert.equal(seen.sectionEdge, "4px");
    assert.notEqual(seen.titleSize, "16px", "the title is set larger than the text");
    assert.equal(seen.buttons, 0, "nothing to press without a script");
    assert.equal(seen.controlsRow, false, "no room kept for controls that will never come");
    assert.equal(await page.getByText("Read the briefing").isVisible(), false, "the whole briefing replaces the link");
    await context.close();
  }
});

test("without JavaScript, the copy shows each speaker's bio, which the widget keeps for its tooltips", async () => {
  const file = join(REPO, "static", "examples", "water-security-ar.json");
  const briefing = JSON.parse(await readFile(file, "utf8"));
  const url = inlinePage(servers.briefing("/inline/bios.json", briefing), { file });
  const bios = (page) => page.evaluate(() => Array.from(document.querySelector("briefing-widget").shadowRoot.querySelectorAll(".speaker-bio"), (e) => (e.getClientRects().length ? e.textContent : null)));
  const expected = briefing.speakers.filter((s) => s.bio).map((s) => s.bio);
  assert.ok(expected.length > 0);
  const off = await openPage(browser, { javaScriptEnabled: false });
  await off.page.goto(url);
  assert.deepEqual(await bios(off.page), expected);
  await off.context.close();
  // With scripting, the copy lays out like the widget (bios only in tooltips) until it is replaced.
  const on = await openPage(browser);
  const release = await holdModule(on.page);
  await on.page.goto(url);
  await on.page.waitForFunction(() => window.__moduleRequested);
  assert.deepEqual(await bios(on.page), expected.map(() => null));
  release();
  await on.context.close();
});

/** The element's height, and where each section title and the paragraph below sit on the page. */
function geometry(page) {
  return page.evaluate(() => {
    const host = document.querySelector("briefing-widget");
    const root = host.shadowRoot;
    const top = (e) => Math.round((e.getBoundingClientRect().top + scrollY) * 100) / 100;
    return {
      height: host.getBoundingClientRect().height,
      titles: Array.from(root.querySelectorAll(".root:not([hidden]) .section-title"), top),
      below: top(document.querySelector("#below")),
    };
  });
}

/** Holds the WebAssembly module's response until the returned function is called. */
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

test("with JavaScript, the copy shows while the module loads, then the live widget takes its place without a layout shift", async () => {
  const url = inlinePage();
  for (const width of [1280, 360]) {
    // Layout shifts count only for nodes present before and after, inside the viewport: the
    // live render's nodes are new, so the witness is the page's paragraph below the widget, and
    // the viewport is tall enough to hold it.
    const { page, context, problems } = await openPage(browser, { viewport: { width, height: 6000 } });
    await page.addInitScript(() => {
      window.__shift = 0;
      window.__shifts = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          window.__shift += e.value;
          window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node && (s.node.className || s.node.nodeName)) });
        })
      ).observe({ type: "layout-shift", buffered: true });
    });
    const release = await holdModule(page);
    await page.goto(url);
    // The module is on its way, not there: the reader sees the copy, with no "Loading…" above it.
    await page.waitForFunction(() => window.__moduleRequested);
    await page.waitForTimeout(100);
    const before = await geometry(page);
    const copy = await readable(page);
    assert.equal(copy.buttons, 0);
    assert.equal(copy.controlsRow, true, "the controls' row is kept for the widget");
    assert.deepEqual(copy.sections, expectedSections());
    assert.equal(await page.getByText("Loading").count(), 0);
    assert.deepEqual(await page.evaluate(() => window.__events), []);

    release();
    await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
    // Two frames, for any shift to be recorded.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const live = await readable(page);
    assert.equal(live.buttons > 4, true, `the live widget's controls are there (${live.buttons} buttons)`);
    assert.deepEqual(live.sections, expectedSections(), "every section still open");
    assert.equal(await page.evaluate(() => document.querySelector("briefing-widget").shadowRoot.querySelector("[data-prerendered]")), null);
    const after = await geometry(page);
    const shifts = await page.evaluate(() => window.__shifts);
    console.log(`# ${width} px: height ${before.height} → ${after.height}; layout shift ${shifts.reduce((a, s) => a + s.value, 0)} ${JSON.stringify(shifts)}`);
    assert.deepEqual(after, before, `nothing moved at ${width} px`);
    assert.deepEqual(shifts, [], `no layout shift at ${width} px`);

    // The live widget works: a section closes.
    const toggle = page.locator("briefing-widget .section-toggle").first();
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await page.waitForTimeout(200);
    const loads = await page.evaluate(() => window.__events.filter((e) => e.type !== "briefing-toggle"));
    assert.deepEqual(loads.map((e) => e.type), ["briefing-load"], "briefing-load once, no error");
    assert.equal(loads[0].detail.id, example.id);
    assert.deepEqual(problems, { errors: [], console: [] });
    await context.close();
  }
});

test("when the briefing cannot be loaded, the alert shows above the copy, which stays readable", async () => {
  const src = servers.failing(404);
  const { page, context } = await openPage(browser);
  await page.goto(inlinePage(src));
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-error"));
  const alert = page.locator("briefing-widget [role=alert]");
  assert.equal(await alert.isVisible(), true);
  assert.match(await alert.textContent(), /answered HTTP 404 Not Found/);
  assert.equal(await page.locator("briefing-widget button.retry").isVisible(), true);
  const seen = await readable(page);
  assert.deepEqual(seen.sections, expectedSections(), "the copy is still all there");
  const order = await page.evaluate(() => {
    const root = document.querySelector("briefing-widget").shadowRoot;
    const alert = root.querySelector("[role=alert]").getBoundingClientRect();
    return alert.bottom <= root.querySelector("h2.title").getBoundingClientRect().top;
  });
  assert.equal(order, true, "the alert comes first");
  assert.deepEqual(await page.evaluate(() => window.__events.map((e) => e.type)), ["briefing-error"]);
  await context.close();
});

test("should the module fail while the briefing loads, the copy stays below the alert", async () => {
  const { page, context } = await openPage(browser);
  await page.goto(inlinePage(servers.failing("hang")));
  // Mounted: the live root waits, hidden, above the copy.
  await page.waitForFunction(() => document.querySelector("briefing-widget").shadowRoot.querySelector(".root[hidden]"));
  const glue = (await readdir(DIST)).find((f) => /^briefing-widget-[0-9a-f]+\.js$/.test(f));
  await page.evaluate(async (url) => {
    const module = await import(url);
    try {
      module.__panic_for_tests();
    } catch {}
  }, `${servers.widgetOrigin}/${glue}`);
  const alert = page.locator("briefing-widget [role=alert]");
  assert.equal(await alert.textContent(), "This briefing stopped working; reload the page.");
  assert.deepEqual((await readable(page)).sections, expectedSections(), "the copy is still all there");
  assert.deepEqual(await page.evaluate(() => window.__events.map((e) => e.type)), ["briefing-error"]);
  await context.close();
});

test("a long briefing, which the widget renders in slices, takes its copy's place once every section is in", async () => {
  const long = structuredClone(example);
  long.sections = Array.from({ length: 30 }, (_, i) => ({ ...example.sections[i % example.sections.length], id: `part-${i}`, title: `Part ${i}` }));
  const file = join(await mkdtemp(join(tmpdir(), "inline-")), "long.json");
  await writeFile(file, JSON.stringify(long));
  const url = inlinePage(servers.briefing("/inline/long.json", long), { file });
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  const release = await holdModule(page);
  await page.goto(url);
  await page.waitForFunction(() => window.__moduleRequested);
  const before = await geometry(page);
  assert.equal(before.titles.length, 30);
  release();
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
  await page.waitForTimeout(200);
  const after = await geometry(page);
  assert.deepEqual(after, before, "nothing moved");
  assert.equal(await page.locator("briefing-widget button.section-toggle").count(), 30, "every section is live");
  assert.deepEqual(await page.evaluate(() => window.__events.map((e) => e.type)), ["briefing-load"]);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

test("in Chinese and Arabic too, the widget's words and date match the copy's: nothing moves at 320 px", async () => {
  for (const name of ["china-korea-2013-zh.json", "water-security-ar.json"]) {
    const file = join(REPO, "static", "examples", name);
    const url = inlinePage(servers.briefing(`/inline/${name}`, await readFile(file, "utf8")), { file });
    const { page, context, problems } = await openPage(browser, { viewport: { width: 320, height: 6000 } });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: "layout-shift", buffered: true });
    });
    const release = await holdModule(page);
    await page.goto(url);
    await page.waitForFunction(() => window.__moduleRequested);
    const before = await geometry(page);
    release();
    await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.deepEqual(await geometry(page), before, name);
    assert.equal(await page.evaluate(() => window.__shift), 0, name);
    assert.ok((await page.locator("briefing-widget button.control").count()) >= 2, "the live controls are there");
    assert.deepEqual(problems, { errors: [], console: [] });
    await context.close();
  }
});

test("moving an inline embed keeps its copy and its one request; once live, it keeps the reader's state", async () => {
  const src = `${servers.widgetOrigin}/briefings/north-korea-2013.json`;
  const url = inlinePage(src);
  const { page, context, problems } = await openPage(browser);
  const requests = [];
  page.on("request", (request) => request.url() === src && requests.push(request.url()));
  const release = await holdModule(page);
  await page.goto(url);
  await page.waitForFunction(() => window.__moduleRequested);
  const copyShown = () =>
    page.evaluate(() => Boolean(document.querySelector("briefing-widget").shadowRoot.querySelector("[data-prerendered]")));
  // A move is a disconnect and a connect in one task, as frameworks and drag-and-drop do it.
  const move = () => page.evaluate(() => document.body.append(document.querySelector("briefing-widget")));
  await move();
  assert.equal(await copyShown(), true, "the copy stays on screen through a move");
  // Taken out of the page for a while, then put back: the copy is still there for its return.
  await page.evaluate(() => {
    const element = document.querySelector("briefing-widget");
    window.__parked = element;
    element.remove();
  });
  await page.waitForTimeout(50);
  await page.evaluate(() => document.body.append(window.__parked));
  assert.equal(await copyShown(), true, "the copy comes back with the element");
  release();
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
  const section = page.locator("briefing-widget .section-toggle").first();
  await section.click();
  assert.equal(await section.getAttribute("aria-expanded"), "false");
  await move();
  await page.waitForTimeout(100);
  assert.equal(await page.locator("briefing-widget .section-toggle").first().getAttribute("aria-expanded"), "false", "the reader's state survives a move");
  assert.equal(await page.evaluate(() => window.__events.filter((e) => e.type === "briefing-load").length), 1, "one briefing-load");
  assert.equal(requests.length, 1, `one request for the briefing, not one per move: ${requests}`);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});
