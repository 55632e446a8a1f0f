// The element's JavaScript API (shared/embedding.md, "Version 1.1 additions"): the `briefing`
// property, reload(), reflected properties, the upgrade rule, plain event details; and the
// script-tag loader served from a versioned path, with and without `integrity`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import { DIST } from "./support/servers.mjs";
import { openPage, events, waitForEvents } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

useHarness();

const TITLE = "Dealing With North Korea's Increased Belligerence";
const LOADER = () => `${servers.widgetOrigin}/briefing-widget.js`;

/** A partner page: `body`, then `after` (markup, usually the loader's script tag). */
function partner(body, after = `<script async src="${LOADER()}"></script>`) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body>${body}
${after}</body></html>`;
}

/** Opens `html` on the partner origin; records every request the page makes. */
async function open(path, html) {
  const opened = await openPage(browser);
  opened.requests = [];
  opened.page.on("request", (request) => opened.requests.push(request.url()));
  await opened.page.goto(servers.page(path, html));
  return opened;
}

/** The example as the getter gives it back: a section's `open` only where it is true (false is the default). */
function normalized(briefing) {
  return { ...briefing, sections: briefing.sections.map(({ open, ...s }) => (open ? { ...s, open } : s)) };
}

const briefingRequests = (requests) => requests.filter((url) => new URL(url).pathname.endsWith(".json"));

test("setting `briefing` renders it with no request for JSON; the getter gives a plain copy", async () => {
  const { page, problems, requests, context } = await open(
    "/api-set.html",
    partner(`<briefing-widget id="w"><a id="fallback" href="#">Read the briefing</a></briefing-widget>`)
  );
  await page.evaluate((briefing) => {
    document.querySelector("#w").briefing = briefing;
  }, example);
  await waitForEvents(page, "briefing-load", "w", 1);
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.equal(await page.locator("#fallback").isVisible(), false);
  assert.deepEqual(briefingRequests(requests), [], "no request for the briefing");
  // The getter: the briefing shown, a plain JSON-shaped object; mutating it changes nothing.
  const got = await page.evaluate(() => {
    const element = document.querySelector("#w");
    const value = element.briefing;
    const plain = Object.getPrototypeOf(value) === Object.prototype && Array.isArray(value.sections);
    const json = JSON.parse(JSON.stringify(value));
    value.title = "Changed";
    value.sections.length = 0;
    return { json, plain, again: element.briefing.title, fresh: element.briefing !== element.briefing };
  });
  assert.deepEqual(got.json, normalized(example));
  assert.equal(got.plain, true);
  assert.equal(got.again, TITLE, "mutating the getter's object changes nothing");
  assert.equal(got.fresh, true);
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

test("an invalid `briefing` shows the alert with the same JSON-path messages as the same document fetched", async () => {
  const invalid = structuredClone(example);
  invalid.sections[1].points[0].speakers = ["flake", "zhou"];
  delete invalid.title;
  const src = servers.briefing("/api/invalid.json", invalid);
  const { page, context } = await open(
    "/api-invalid.html",
    partner(`<briefing-widget id="fetched" src="${src}"></briefing-widget>`)
  );
  // As frameworks do: the property is set before the element enters the document.
  await page.waitForFunction(() => customElements.get("briefing-widget"));
  await page.evaluate((briefing) => {
    const element = document.createElement("briefing-widget");
    element.id = "given";
    element.innerHTML = '<a id="fallback" href="#">Read the briefing</a>';
    element.briefing = briefing;
    document.body.append(element);
  }, invalid);
  const [fetched] = await waitForEvents(page, "briefing-error", "fetched", 1);
  const [given] = await waitForEvents(page, "briefing-error", "given", 1);
  assert.match(given.detail.message, /sections\[1\]\.points\[0\]\.speakers\[1\]: unknown speaker "zhou"/);
  assert.match(given.detail.message, /title: required field is missing/);
  assert.equal(given.detail.message, fetched.detail.message);
  const lines = (id) => page.locator(`#${id} [role=alert] li code`).allTextContents();
  assert.deepEqual(await lines("given"), await lines("fetched"));
  assert.equal(await page.locator("#fallback").isVisible(), true, "the fallback stays below the alert");
  assert.equal(await page.evaluate(() => document.querySelector("#given").briefing), null, "null after an error");
  await context.close();
});

test("`briefing = null` goes back to `src`; whichever of `src` and `briefing` was set last wins", async () => {
  const other = { ...structuredClone(example), id: "other", title: "Another briefing" };
  const { page, requests, context } = await open(
    "/api-null.html",
    partner(`<briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"></briefing-widget>`)
  );
  await waitForEvents(page, "briefing-load", "w", 1);
  const title = () => page.locator("#w h2.title").textContent();
  const set = (value) => page.evaluate((value) => (document.querySelector("#w").briefing = value), value);
  await set(other);
  await waitForEvents(page, "briefing-load", "w", 2);
  assert.equal(await title(), "Another briefing");
  assert.equal(await page.evaluate(() => document.querySelector("#w").briefing.id), "other");
  await set(null);
  const loads = await waitForEvents(page, "briefing-load", "w", 3);
  assert.equal(loads[2].detail.id, example.id);
  assert.equal(await title(), TITLE);
  // `src` set after `briefing` wins.
  await set(other);
  await waitForEvents(page, "briefing-load", "w", 4);
  const before = briefingRequests(requests).length;
  await page.evaluate((src) => document.querySelector("#w").setAttribute("src", src), `${servers.widgetOrigin}/briefings/north-korea-2013.json?again`);
  await waitForEvents(page, "briefing-load", "w", 5);
  assert.equal(await title(), TITLE);
  assert.equal(briefingRequests(requests).length, before + 1);
  await context.close();
});

test("reload() resolves after the next load, keeps the reader's state, and rejects with the next error's message", async () => {
  let answer = { status: 200, body: example };
  const src = servers.route("/api/live.json", (req, res, cors) => {
    res.writeHead(answer.status, { "content-type": "application/json", ...cors });
    res.end(JSON.stringify(answer.body));
  });
  const { page, context } = await open("/api-reload.html", partner(`<briefing-widget id="w" src="${src}"></briefing-widget>`));
  await waitForEvents(page, "briefing-load", "w", 1);
  const expanded = (id) => page.locator(`#w #bw-head-${id}`).getAttribute("aria-expanded");
  assert.equal(await expanded("signs"), "false");
  await page.locator("#w #bw-head-signs").click();
  await page.locator("#w #bw-head-drivers").click();
  assert.equal(await expanded("signs"), "true");
  assert.equal(await expanded("drivers"), "false");
  // The new copy: a new section first and one last (open), a new title; the old sections keep
  // their state by id, and every section of the new copy is on the page.
  const next = structuredClone(example);
  next.title = "Updated title";
  next.sections.unshift({ id: "new", title: "A new section", points: [{ text: "New." }] });
  next.sections.push({ id: "new-last", title: "A new last section", open: true, points: [{ text: "Also new." }] });
  answer = { status: 200, body: next };
  const outcome = await page.evaluate(async () => {
    const element = document.querySelector("#w");
    let loadsWhenResolved;
    await element.reload().then(() => (loadsWhenResolved = window.__events.filter((e) => e.type === "briefing-load").length));
    return { loadsWhenResolved, title: element.briefing.title };
  });
  assert.deepEqual(outcome, { loadsWhenResolved: 2, title: "Updated title" });
  assert.equal(await page.locator("#w h2.title").textContent(), "Updated title");
  assert.equal(await expanded("signs"), "true", "an open section stays open");
  assert.equal(await expanded("drivers"), "false", "a closed section stays closed");
  assert.equal(await expanded("new"), "false");
  const sections = () => page.locator("#w section.section").evaluateAll((all) => all.map((s) => s.dataset.section));
  assert.deepEqual(await sections(), next.sections.map((s) => s.id), "every section of the new copy is on the page");
  assert.equal(await expanded("new-last"), "true");
  assert.deepEqual(await page.locator('#w [data-section="new-last"] .point-text').allTextContents(), ["Also new."]);
  answer = { status: 500, body: "broken" };
  const rejected = await page.evaluate(() =>
    document.querySelector("#w").reload().then(
      () => "resolved",
      (error) => error.message
    )
  );
  const [error] = await waitForEvents(page, "briefing-error", "w", 1);
  assert.equal(rejected, error.detail.message);
  assert.match(rejected, /answered HTTP 500/);
  await context.close();
});

/** What reload() came to within `ms`: "resolved", "rejected: …", or "pending". */
const settled = (page, ms, before = "") =>
  page.evaluate(
    ([before, ms]) => {
      const w = document.querySelector("#w");
      const promise = w.reload().then(() => "resolved", (error) => `rejected: ${error.message}`);
      if (before === "remove") w.remove();
      return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve("pending"), ms))]);
    },
    [before, ms]
  );

test("reload() always settles: it rejects at once after a failed mount, and when the element leaves the page", async () => {
  // A browser without constructable stylesheets (Safari before 16.4): the mount fails.
  const { page, context } = await open(
    "/api-no-sheets.html",
    partner(`<script>CSSStyleSheet.prototype.replaceSync = function () { throw new TypeError("not supported here"); };</script>
      <briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"></briefing-widget>`)
  );
  const [failed] = await waitForEvents(page, "briefing-error", "w", 1);
  assert.match(failed.detail.message, /^could not show the briefing: /);
  assert.equal(await settled(page, 3000), `rejected: ${failed.detail.message}`);
  await context.close();
  // A loaded widget: reload(), then removed at once (its next load never comes).
  const slow = servers.route("/api/slow.json", (req, res, cors) => {
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json", ...cors });
      res.end(JSON.stringify(example));
    }, 1000);
  });
  const removed = await open("/api-reload-remove.html", partner(`<briefing-widget id="w" src="${slow}"></briefing-widget>`));
  await waitForEvents(removed.page, "briefing-load", "w", 1);
  assert.equal(
    await settled(removed.page, 3000, "remove"),
    "rejected: reload() was not answered: the element left the page before the briefing loaded"
  );
  await removed.context.close();
});

test("properties set before the loader ran are honoured (the upgrade rule)", async () => {
  const { page, requests, context } = await open("/api-upgrade.html", partner("", ""));
  await page.evaluate(
    ([briefing, loader]) => {
      const element = document.createElement("briefing-widget");
      element.id = "w";
      document.body.append(element);
      element.briefing = briefing;
      element.headingLevel = 4;
      element.theme = "dark";
      const script = document.createElement("script");
      script.src = loader;
      document.body.append(script);
    },
    [example, LOADER()]
  );
  await waitForEvents(page, "briefing-load", "w", 1);
  assert.equal(await page.locator("#w h4.title").textContent(), TITLE);
  assert.equal(await page.locator("#w").getAttribute("heading-level"), "4");
  assert.equal(await page.locator("#w").getAttribute("theme"), "dark");
  const own = await page.evaluate(() => ["briefing", "headingLevel", "theme"].filter((p) => Object.hasOwn(document.querySelector("#w"), p)));
  assert.deepEqual(own, [], "the values went through the class's accessors");
  assert.deepEqual(briefingRequests(requests), []);
  await context.close();
});

test("src, theme, lang, open, loading and headingLevel reflect their attributes", async () => {
  const { page, context } = await open("/api-reflect.html", partner(`<briefing-widget id="w"></briefing-widget>`));
  await page.waitForFunction(() => customElements.get("briefing-widget"));
  const seen = await page.evaluate(() => {
    const element = document.querySelector("#w");
    const read = () => ({
      src: element.src,
      theme: element.theme,
      lang: element.lang,
      open: element.open,
      loading: element.loading,
      headingLevel: element.headingLevel,
    });
    const defaults = read();
    element.src = "a.json";
    element.theme = "dark";
    element.lang = "fr";
    element.open = "all";
    element.loading = "lazy";
    element.headingLevel = 3;
    const attributes = Object.fromEntries(["src", "theme", "lang", "open", "loading", "heading-level"].map((n) => [n, element.getAttribute(n)]));
    element.setAttribute("heading-level", "5");
    element.setAttribute("theme", "light");
    const fromAttributes = read();
    element.setAttribute("heading-level", "9");
    element.setAttribute("theme", "purple");
    const invalid = { headingLevel: element.headingLevel, theme: element.theme };
    element.open = null;
    return { defaults, attributes, fromAttributes, invalid, openRemoved: element.hasAttribute("open") };
  });
  assert.deepEqual(seen.defaults, { src: "", theme: "auto", lang: "", open: null, loading: "eager", headingLevel: 2 });
  assert.deepEqual(seen.attributes, { src: "a.json", theme: "dark", lang: "fr", open: "all", loading: "lazy", "heading-level": "3" });
  assert.deepEqual(seen.fromAttributes, { src: "a.json", theme: "light", lang: "fr", open: "all", loading: "lazy", headingLevel: 5 });
  assert.deepEqual(seen.invalid, { headingLevel: 2, theme: "auto" });
  assert.equal(seen.openRemoved, false);
  await context.close();
});

test("event details are plain objects: JSON round trip, and mutating them changes nothing", async () => {
  const { page, context } = await open(
    "/api-details.html",
    partner(`<briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"></briefing-widget>`, "")
  );
  const result = await page.evaluate(async (loader) => {
    const element = document.querySelector("#w");
    const seen = {};
    const plain = (detail) =>
      Object.getPrototypeOf(detail) === Object.prototype && JSON.stringify(JSON.parse(JSON.stringify(detail))) === JSON.stringify(detail);
    const loaded = new Promise((done) =>
      element.addEventListener("briefing-load", (event) => {
        seen.load = { plain: plain(event.detail), json: JSON.stringify(event.detail) };
        event.detail.title = "Changed";
        event.detail.sections[0].title = "Changed";
        done();
      })
    );
    const script = document.createElement("script");
    script.src = loader;
    document.body.append(script);
    await loaded;
    const toggled = new Promise((done) =>
      element.addEventListener("briefing-toggle", (event) => {
        seen.toggle = { plain: plain(event.detail), json: JSON.stringify(event.detail) };
        done();
      })
    );
    element.shadowRoot.querySelector("#bw-head-signs").click();
    await toggled;
    const failed = new Promise((done) =>
      element.addEventListener("briefing-error", (event) => {
        seen.error = { plain: plain(event.detail), keys: Object.keys(event.detail) };
        done();
      })
    );
    element.briefing = { version: 1 };
    await failed;
    return seen;
  }, LOADER());
  assert.equal(result.load.plain, true);
  assert.deepEqual(JSON.parse(result.load.json), {
    id: example.id,
    title: TITLE,
    sections: example.sections.map(({ id, title }) => ({ id, title })),
  });
  assert.deepEqual(result.toggle, { plain: true, json: JSON.stringify({ section: "signs", open: true }) });
  assert.deepEqual(result.error, { plain: true, keys: ["message"] });
  // The widget kept its own words: the mutated detail changed nothing on screen.
  await page.evaluate(() => (document.querySelector("#w").briefing = null));
  await waitForEvents(page, "briefing-load", "w", 2);
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.equal(await page.locator("#w #bw-head-drivers").textContent().then((t) => t.includes("Changed")), false);
  await context.close();
});

// The package's dist/ as an npm CDN serves it, on the widget's origin (not the partner's).
const VERSIONED = "/npm/briefing-widget@1.1.0/dist/";
const TAMPERED_WASM = "/npm/briefing-widget@1.1.0-tampered-wasm/dist/";
const TAMPERED_GLUE = "/npm/briefing-widget@1.1.0-tampered-glue/dist/";

async function serveVersioned() {
  const names = await readdir(DIST);
  for (const name of names.filter((n) => /\.(js|wasm|css)$/.test(n))) {
    const body = await readFile(join(DIST, name));
    const type = name.endsWith(".wasm") ? "application/wasm" : name.endsWith(".css") ? "text/css" : "text/javascript";
    // A modified copy: one byte of the module's last section, or a comment in the glue.
    const tamper = (which) =>
      which === "wasm" && name.endsWith("_bg.wasm")
        ? Buffer.from(body.map((byte, i) => (i === body.length - 2 ? byte ^ 1 : byte)))
        : which === "glue" && /^briefing-widget-[0-9a-f]+\.js$/.test(name)
          ? Buffer.concat([body, Buffer.from("\n// modified\n")])
          : body;
    for (const [prefix, which] of [[VERSIONED], [TAMPERED_WASM, "wasm"], [TAMPERED_GLUE, "glue"]]) {
      servers.route(prefix + name, (req, res, cors) => {
        res.writeHead(200, { "content-type": type, ...cors });
        res.end(tamper(which));
      });
    }
  }
  const loader = await readFile(join(DIST, "briefing-widget.js"));
  return `sha384-${createHash("sha384").update(loader).digest("base64")}`;
}

for (const pinned of [false, true]) {
  test(`the script tag from a versioned CDN path renders ${pinned ? "with" : "without"} integrity`, async () => {
    const integrity = await serveVersioned();
    const attributes = pinned ? ` integrity="${integrity}" crossorigin="anonymous"` : "";
    const { page, problems, context } = await open(
      `/api-cdn-${pinned}.html`,
      partner(
        `<briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"></briefing-widget>`,
        `<script async src="${servers.widgetOrigin}${VERSIONED}briefing-widget.js"${attributes}></script>`
      )
    );
    await waitForEvents(page, "briefing-load", "w", 1);
    assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
    assert.deepEqual(problems, { errors: [], console: [] });
    await context.close();
  });
}

test("a pinned loader works under the strict CSP of the contract (no blob:, no eval)", async () => {
  const integrity = await serveVersioned();
  const origin = servers.widgetOrigin;
  const csp = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src ${origin}`;
  const opened = await openPage(browser);
  const url = servers.page(
    "/api-cdn-csp.html",
    partner(
      `<briefing-widget id="w" src="${origin}/briefings/north-korea-2013.json"></briefing-widget>`,
      `<script async src="${origin}${VERSIONED}briefing-widget.js" integrity="${integrity}" crossorigin="anonymous"></script>`
    ),
    { "content-security-policy": csp }
  );
  await opened.page.goto(url);
  await waitForEvents(opened.page, "briefing-load", "w", 1);
  assert.equal(await opened.page.locator("#w h2.title").textContent(), TITLE);
  assert.deepEqual(await opened.page.evaluate(() => window.__violations), []);
  assert.deepEqual(opened.problems, { errors: [], console: [] });
  await opened.context.close();
});

for (const [what, prefix, words] of [
  ["WebAssembly module", TAMPERED_WASM, /its WebAssembly module \S+_bg\.wasm failed its integrity check/],
  ["JavaScript glue", TAMPERED_GLUE, /its JavaScript glue \S+\.js failed its integrity check/],
]) {
  test(`a pinned loader refuses a tampered ${what}: briefing-error says so and the fallback stays`, async () => {
    const integrity = await serveVersioned();
    // The loader itself is the release's, byte for byte: only the module's file differs.
    const { page, context } = await open(
      `/api-tampered-${what.replace(/\W/g, "")}.html`,
      partner(
        `<briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"><a id="fallback" href="#">Read the briefing</a></briefing-widget>`,
        `<script async src="${servers.widgetOrigin}${prefix}briefing-widget.js" integrity="${integrity}" crossorigin="anonymous"></script>`
      )
    );
    const [error] = await waitForEvents(page, "briefing-error", "w", 1);
    assert.match(error.detail.message, /^could not load briefing-widget's code: /);
    assert.match(error.detail.message, words);
    assert.equal(await page.locator("#w [role=alert]").textContent(), "This briefing could not be shown.");
    assert.equal(await page.locator("#fallback").isVisible(), true);
    assert.equal(await page.locator("#w h2.title").count(), 0);
    await context.close();
  });
}
