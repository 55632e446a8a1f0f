// The second review's defects (../shared/review-2026-12/REVIEW.md) and the contract's
// Clarifications (1.2), as a reader or a partner would notice them; and what the review found
// sound, kept so (prototype pollution, races between sources, encodings).
import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";

import { openPage, events, waitForEvents } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

useHarness();

const TITLE = "Dealing With North Korea's Increased Belligerence";
const LOADER = () => `${servers.widgetOrigin}/briefing-widget.js`;
const clone = (value) => structuredClone(value);

/** A partner page: `body`, then the loader (unless `loader` is false), in `lang` and `dir`. */
function partner(body, { lang = "en", dir = "", head = "", loader = true } = {}) {
  return `<!doctype html><html lang="${lang}"${dir ? ` dir="${dir}"` : ""}><head><meta charset="utf-8"><title>Partner</title>${head}</head>
<body>${body}
${loader ? `<script async src="${LOADER()}"></script>` : ""}</body></html>`;
}

async function open(path, html, { init } = {}) {
  const opened = await openPage(browser);
  if (init) await opened.page.addInitScript(init);
  opened.requests = [];
  opened.page.on("request", (request) => opened.requests.push(new URL(request.url()).pathname));
  await opened.page.goto(servers.page(path, html));
  return opened;
}

test("a briefing without lang takes the page's language and direction; the widget's own words keep theirs", async () => {
  const french = { ...clone(example), id: "fr", title: "Faire face à la Corée du Nord" };
  delete french.lang;
  const hebrew = { ...clone(example), id: "he", title: "תדריך על צפון קוריאה" };
  delete hebrew.lang;
  for (const [doc, lang, dir] of [[french, "fr", ""], [hebrew, "he", "rtl"]]) {
    const src = servers.briefing(`/lang-${lang}.json`, doc);
    const { page, context } = await open(`/lang-${lang}.html`, partner(`<briefing-widget id="w" lang="en" src="${src}"></briefing-widget>`, { lang, dir }));
    await waitForEvents(page, "briefing-load", "w", 1);
    const seen = await page.evaluate(() => {
      const root = document.querySelector("#w").shadowRoot;
      const title = root.querySelector(".title");
      const control = root.querySelector(".controls button");
      return {
        title: [title.matches(`:lang(${document.documentElement.lang})`), title.matches(":lang(en)"), getComputedStyle(title).direction],
        control: [control.matches(":lang(en)"), getComputedStyle(control).direction],
      };
    });
    assert.deepEqual(seen.title, [true, false, dir || "ltr"], `the title is in the page's language (${lang})`);
    assert.deepEqual(seen.control, [true, "ltr"], "Show all sections stays English, left to right");
    await context.close();
  }
});

test("Retry keeps keyboard focus in the widget: on the loading line, then on the briefing's title", async () => {
  const src = servers.failing("flaky", { body: example });
  const { page, context } = await open("/retry-focus.html", partner(`<button id="before">before</button><briefing-widget id="w" src="${src}"></briefing-widget>`));
  await waitForEvents(page, "briefing-error", "w", 1);
  await page.focus("#before");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.className), "retry");
  await page.keyboard.press("Enter");
  await waitForEvents(page, "briefing-load", "w", 1);
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.activeElement?.classList.contains("title"));
  assert.equal(await page.evaluate(() => document.activeElement.id), "w", "focus stayed in the widget");
  await context.close();
});

test("Retry that fails again puts focus on the new Retry button", async () => {
  const src = servers.failing("flaky", { body: example, failures: 2 });
  const { page, context } = await open("/retry-again.html", partner(`<briefing-widget id="w" src="${src}"></briefing-widget>`));
  await waitForEvents(page, "briefing-error", "w", 1);
  await page.locator("#w button.retry").focus();
  await page.keyboard.press("Enter");
  await waitForEvents(page, "briefing-error", "w", 2);
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.activeElement?.className === "retry");
  await context.close();
});

test("properties set before definition: of src and briefing, the one set last wins", async () => {
  const other = { ...clone(example), id: "other", title: "Set through the briefing property" };
  const src = servers.briefing("/upgrade-order.json", example);
  const { page, requests, context } = await open("/upgrade-order.html", partner(`<briefing-widget id="w"></briefing-widget>`, { loader: false }));
  await page.evaluate(
    ([other, src, loader]) => {
      const w = document.querySelector("#w");
      w.briefing = other;
      w.src = src;
      const script = document.createElement("script");
      script.src = loader;
      document.body.append(script);
    },
    [other, src, LOADER()]
  );
  const [load] = await waitForEvents(page, "briefing-load", "w", 1);
  assert.equal(load.detail.title, TITLE);
  assert.deepEqual(requests.filter((p) => p === "/upgrade-order.json").length >= 1, true);
  // And the other way round: briefing last.
  const { page: second, context: context2 } = await open("/upgrade-order-2.html", partner(`<briefing-widget id="w"></briefing-widget>`, { loader: false }));
  await second.evaluate(
    ([other, src, loader]) => {
      const w = document.querySelector("#w");
      w.src = src;
      w.briefing = other;
      const script = document.createElement("script");
      script.src = loader;
      document.body.append(script);
    },
    [other, src, LOADER()]
  );
  const [load2] = await waitForEvents(second, "briefing-load", "w", 1);
  assert.equal(load2.detail.title, "Set through the briefing property");
  await context.close();
  await context2.close();
});

test("heading-level and headingLevel read the value the same way; at 6, sections are aria-level 7", async () => {
  const src = servers.briefing("/levels.json", example);
  const values = [["3.5", 2], ["3px", 2], ["4 ", 4], ["+5", 5], ["05", 5], ["7", 2], ["0", 2], ["-1", 2], ["", 2], ["6", 6]];
  const body = values
    .map(([value], i) => `<briefing-widget id="w${i}" heading-level="${value}" src="${src}"></briefing-widget>`)
    .join("");
  const { page, context } = await open("/levels.html", partner(body));
  for (const [i, [value, level]] of values.entries()) {
    await waitForEvents(page, "briefing-load", `w${i}`, 1);
    const seen = await page.evaluate((id) => {
      const w = document.getElementById(id);
      return { property: w.headingLevel, title: w.shadowRoot.querySelector(".title").localName };
    }, `w${i}`);
    assert.deepEqual(seen, { property: level, title: `h${level}` }, `heading-level="${value}"`);
  }
  const six = await page.evaluate(() => {
    const root = document.querySelector("#w9").shadowRoot;
    const heading = root.querySelector(".section-heading");
    return { tag: heading.localName, role: heading.getAttribute("role"), level: heading.getAttribute("aria-level") };
  });
  assert.deepEqual(six, { tag: "div", role: "heading", level: "7" });
  const snapshot = await page.locator("#w9").ariaSnapshot();
  assert.match(snapshot, /heading "Drivers[^"]*" \[level=7\]/);
  await context.close();
});

test("changing open after the first render opens or closes every section, with no briefing-toggle", async () => {
  const src = servers.briefing("/open-later.json", example);
  const { page, context } = await open("/open-later.html", partner(`<briefing-widget id="w" src="${src}"></briefing-widget>`));
  await waitForEvents(page, "briefing-load", "w", 1);
  const expanded = () => page.locator("#w button.section-toggle").evaluateAll((all) => all.map((b) => b.getAttribute("aria-expanded")));
  const initial = example.sections.map((s) => String(Boolean(s.open)));
  assert.deepEqual(await expanded(), initial);
  await page.evaluate(() => document.querySelector("#w").setAttribute("open", "all"));
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelectorAll('[aria-expanded="false"]').length === 0);
  assert.equal(await page.locator("#w .point").count(), example.sections.reduce((n, s) => n + s.points.length, 0), "every section's points");
  await page.evaluate(() => (document.querySelector("#w").open = "none"));
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelectorAll('[aria-expanded="true"]').length === 0);
  await page.evaluate(() => document.querySelector("#w").removeAttribute("open"));
  await page.waitForFunction((n) => document.querySelector("#w").shadowRoot.querySelectorAll('[aria-expanded="true"]').length === n, initial.filter((o) => o === "true").length);
  assert.deepEqual(await expanded(), initial, "removed: as the document says");
  assert.deepEqual(await events(page, "briefing-toggle", "w"), []);
  await context.close();
});

test("a document over 2 MiB set as the briefing property is a validation error: no Retry", async () => {
  const { page, context } = await open("/oversized.html", partner(`<briefing-widget id="w"></briefing-widget>`));
  await page.waitForFunction(() => customElements.get("briefing-widget"));
  await page.evaluate((doc) => (document.querySelector("#w").briefing = { ...doc, summary: "x".repeat(3 * 1024 * 1024) }), example);
  const [error] = await waitForEvents(page, "briefing-error", "w", 1);
  assert.match(error.detail.message, /the limit is 2 MiB/);
  await page.locator("#w [role=alert]").waitFor();
  assert.equal(await page.locator("#w button.retry").count(), 0);
  await context.close();
});

test("the 15 seconds count from the loader's request, and the message names the absolute URL", async () => {
  const hang = servers.failing("hang");
  const relative = new URL(hang).pathname;
  const { page, context } = await openPage(browser);
  // The module takes 6 s to arrive; the briefing request starts at once and never answers.
  await page.route("**/briefing-widget-*_bg.wasm", async (route) => {
    await new Promise((done) => setTimeout(done, 6000));
    await route.continue();
  });
  const html = partner(`<base href="${servers.widgetOrigin}/"><briefing-widget id="w" src="${relative}"></briefing-widget>`);
  const started = Date.now();
  await page.goto(servers.page("/timeout.html", html));
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-error"), null, { timeout: 30000 });
  const seconds = (Date.now() - started) / 1000;
  const [error] = await events(page, "briefing-error", "w");
  assert.equal(error.detail.message, `${hang} did not answer within 15 seconds`);
  assert.ok(seconds < 19, `the error came ${seconds.toFixed(1)} s after navigation (15 s after the request, not after the module)`);
  await context.close();
});

test("a closed shadow root put on the element by the page: briefing-error says so, the fallback stays, nothing throws", async () => {
  const src = servers.briefing("/closed.json", example);
  const { page, problems, context } = await open(
    "/closed.html",
    partner(`<briefing-widget id="w" src="${src}"><a id="fallback" href="https://example.org/">Read</a></briefing-widget>
      <script>document.querySelector("#w").attachShadow({ mode: "closed" });</script>`)
  );
  const [error] = await waitForEvents(page, "briefing-error", "w", 1);
  assert.equal(
    error.detail.message,
    "could not show the briefing: the page attached a closed shadow root to the element, so the widget has nowhere to render"
  );
  assert.equal(await page.locator("#w").getAttribute("data-failed"), "");
  assert.equal(await page.evaluate(() => document.querySelector("#fallback").textContent), "Read");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("prototype pollution through the briefing property pollutes nothing; getter and details are plain", async () => {
  const { page, context } = await open("/proto.html", partner(`<briefing-widget id="w"></briefing-widget>`));
  await page.waitForFunction(() => customElements.get("briefing-widget"));
  const seen = await page.evaluate(async (doc) => {
    const text = JSON.stringify(doc).replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted2":"yes"}},');
    const w = document.querySelector("#w");
    const loaded = new Promise((resolve) => w.addEventListener("briefing-load", (e) => resolve(e.detail), { once: true }));
    w.briefing = JSON.parse(text);
    const detail = await loaded;
    const got = w.briefing;
    return {
      polluted: [({}).polluted ?? null, ({}).polluted2 ?? null, Object.prototype.polluted ?? null],
      plain: [Object.getPrototypeOf(got) === Object.prototype, Object.getPrototypeOf(detail) === Object.prototype],
      ownProto: Object.hasOwn(got, "__proto__"),
    };
  }, example);
  assert.deepEqual(seen, { polluted: [null, null, null], plain: [true, true], ownProto: false });
  await context.close();
});

test("races: an older src answering after a newer one is not shown; two concurrent reload()s both resolve", async () => {
  const slow = servers.route("/race-slow.json", (req, res, cors) => {
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json", ...cors });
      res.end(JSON.stringify({ ...example, id: "slow", title: "Slow, older" }));
    }, 1500);
  });
  const fast = servers.briefing("/race-fast.json", { ...example, id: "fast", title: "Fast, newer" });
  const { page, context } = await open("/race.html", partner(`<briefing-widget id="w" src="${slow}"></briefing-widget>`));
  await page.locator("#w .loading").waitFor();
  await page.evaluate((src) => (document.querySelector("#w").src = src), fast);
  await waitForEvents(page, "briefing-load", "w", 1);
  await page.waitForTimeout(2000);
  assert.equal(await page.locator("#w h2.title").textContent(), "Fast, newer");
  assert.deepEqual((await events(page, "briefing-load", "w")).map((e) => e.detail.id), ["fast"]);
  const both = await page.evaluate(() => {
    const w = document.querySelector("#w");
    return Promise.all([w.reload(), w.reload()]).then(() => "both resolved", (e) => `rejected: ${e.message}`);
  });
  assert.equal(both, "both resolved");
  await context.close();
});

test("encodings: a UTF-8 BOM and gzip load; Latin-1, UTF-16 and a bare 304 say what is wrong", async () => {
  const text = JSON.stringify({ ...example, title: "Café Zürich" });
  const bodies = {
    utf8bom: [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), {}],
    gzip: [gzipSync(Buffer.from(text)), { "content-encoding": "gzip" }],
    latin1: [Buffer.from(text, "latin1"), {}],
    utf16: [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), {}],
    http304: [Buffer.from(""), {}, 304],
  };
  let body = "";
  const urls = {};
  for (const [name, [bytes, headers, status = 200]] of Object.entries(bodies)) {
    urls[name] = servers.route(`/encoding-${name}.json`, (req, res, cors) => {
      res.writeHead(status, { "content-type": "application/json", ...cors, ...headers });
      res.end(bytes);
    });
    body += `<briefing-widget id="${name}" src="${urls[name]}"></briefing-widget>`;
  }
  const { page, context } = await open("/encodings.html", partner(body));
  await page.waitForFunction((n) => window.__events.length >= n, Object.keys(bodies).length, { timeout: 15000 });
  const outcome = Object.fromEntries(
    (await page.evaluate(() => window.__events)).map((e) => [e.target, e.type === "briefing-load" ? e.detail.title : e.detail.message])
  );
  assert.equal(outcome.utf8bom, "Café Zürich");
  assert.equal(outcome.gzip, "Café Zürich");
  assert.match(outcome.latin1, /invalid unicode code point at line 1, column \d+|line 1, column \d+: invalid unicode code point/);
  assert.match(outcome.utf16, new RegExp(`^${urls.utf16.replace(/[.?*+^$()[\]{}|\\/]/g, "\\$&")} did not answer with JSON`));
  assert.equal(outcome.http304, `${urls.http304} answered HTTP 304 Not Modified`);
  await context.close();
});
