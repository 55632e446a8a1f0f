// Where the browser or the host cannot give the module what it needs, the loader says why:
// briefing-error names the cause, the alert shows, and the fallback stays (issue 13); and the
// loader's own edge cases (issue 14).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import { DIST } from "./support/servers.mjs";
import { openPage } from "./support/browser.mjs";
import { useHarness, servers, browser } from "./support/harness.mjs";

useHarness();

const TITLE = "Dealing With North Korea's Increased Belligerence";
const FALLBACK = `<a id="fallback" href="https://example.org/event">Read the briefing</a>`;

/** A partner page with one widget (#w) and the loader at `loader`. */
function partner(loader, { type = "async" } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json">${FALLBACK}</briefing-widget>
<script ${type === "module" ? 'type="module"' : type} src="${loader}"></script></body></html>`;
}

/** Opens a page; returns it with the paths it requested on the widget's origin. */
async function open(path, html, { headers = {}, init } = {}) {
  const opened = await openPage(browser);
  if (init) await opened.page.addInitScript(init);
  opened.requests = [];
  opened.page.on("request", (r) => opened.requests.push(new URL(r.url()).pathname));
  await opened.page.goto(servers.page(path, html, headers));
  return opened;
}

async function firstError(page) {
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-error" && e.target === "w"));
  return page.evaluate(() => window.__events.find((e) => e.type === "briefing-error" && e.target === "w").detail.message);
}

/** The failure a reader sees: the alert, and the fallback below it. */
async function assertFailedWithFallback(page) {
  assert.equal(await page.locator("#w [role=alert]").textContent(), "This briefing could not be shown.");
  assert.equal(await page.locator("#fallback").isVisible(), true, "the fallback stays");
  assert.equal(await page.locator("#w").getAttribute("data-failed"), "");
}

/** Serves the release's dist/ under `prefix`, without the files `missing` matches; `wasm`, if
 * given, answers the wasm's URL instead (`{ type, body }`, body `null` for the real bytes). */
async function serveDist(prefix, missing, { wasm } = {}) {
  for (const name of await readdir(DIST)) {
    if (!/\.(js|wasm|css)$/.test(name)) continue;
    if (wasm && name.endsWith(".wasm")) {
      const body = wasm.body ?? (await readFile(join(DIST, name)));
      servers.route(prefix + name, (req, res, cors) => {
        res.writeHead(200, { "content-type": wasm.type, ...cors });
        res.end(body);
      });
      continue;
    }
    if (missing.test(name)) {
      // As npm CDNs answer a missing file: 404, with CORS.
      servers.route(prefix + name, (req, res, cors) => {
        res.writeHead(404, { "content-type": "text/plain", ...cors });
        res.end("not found");
      });
      continue;
    }
    const body = await readFile(join(DIST, name));
    const type = name.endsWith(".wasm") ? "application/wasm" : name.endsWith(".css") ? "text/css" : "text/javascript";
    servers.route(prefix + name, (req, res, cors) => {
      res.writeHead(200, { "content-type": type, ...cors });
      res.end(body);
    });
  }
  return `${servers.widgetOrigin}${prefix}briefing-widget.js`;
}

test("a browser without WebAssembly: the loader says so before downloading the module", async () => {
  const { page, requests, context } = await open("/no-wasm.html", partner(`${servers.widgetOrigin}/briefing-widget.js`), {
    init: () => delete globalThis.WebAssembly,
  });
  const message = await firstError(page);
  assert.equal(message, "could not load briefing-widget's code: this browser cannot run WebAssembly");
  await assertFailedWithFallback(page);
  assert.deepEqual(requests.filter((p) => /^\/briefing-widget-/.test(p)), [], "neither glue nor wasm was downloaded");
  await context.close();
});

test("a page whose CSP lacks 'wasm-unsafe-eval': the loader names the directive, before downloading the module", async () => {
  const origin = servers.widgetOrigin;
  const csp = `default-src 'none'; script-src ${origin}; connect-src ${origin}; style-src ${origin}`;
  const { page, requests, context } = await open("/no-wasm-eval.html", partner(`${origin}/briefing-widget.js`), {
    headers: { "content-security-policy": csp },
  });
  const message = await firstError(page);
  assert.equal(
    message,
    "could not load briefing-widget's code: this page's Content-Security-Policy does not allow WebAssembly (its script-src needs 'wasm-unsafe-eval')"
  );
  await assertFailedWithFallback(page);
  assert.deepEqual(requests.filter((p) => /^\/briefing-widget-/.test(p)), [], "neither glue nor wasm was downloaded");
  await context.close();
});

test("a wasm answered 404: the loader names the file and the status", async () => {
  const loader = await serveDist("/missing-wasm/", /_bg\.wasm$/);
  const { page, context } = await open("/wasm-404.html", partner(loader));
  const message = await firstError(page);
  assert.match(
    message,
    /^could not load briefing-widget's code: its WebAssembly module http:\/\/127\.0\.0\.1:\d+\/missing-wasm\/briefing-widget-[0-9a-f]+_bg\.wasm could not be downloaded \(HTTP 404\)$/
  );
  await assertFailedWithFallback(page);
  await context.close();
});

// What a single-page app's server answers for a file it does not have: its own page, status 200.
const SPA_PAGE = "<!doctype html>\n<html><head><title>App</title></head><body><div id=app></div></body></html>\n";

test("a wasm answered by an SPA fallback (an HTML page, 200): the loader names the URL and the likely cause", async () => {
  for (const [path, type] of [["/spa-html/", "text/html; charset=utf-8"], ["/spa-octet/", "application/octet-stream"]]) {
    const loader = await serveDist(path, /^$/, { wasm: { type, body: SPA_PAGE } });
    const { page, context } = await open(`${path.slice(0, -1)}.html`, partner(loader));
    const message = await firstError(page);
    const file = "briefing-widget-[0-9a-f]+_bg\\.wasm";
    assert.match(message, new RegExp(`^could not load briefing-widget's code: its WebAssembly module http://127\\.0\\.0\\.1:\\d+${path}${file} `));
    assert.match(message, /the server answered an HTML page, often a single-page app's fallback for a file it does not have/);
    assert.match(message, new RegExp(`copy ${file} beside the script that loads briefing-widget`));
    if (type === "application/octet-stream") assert.match(message, /\(Content-Type: application\/octet-stream; it starts with "<!doctype html>/);
    await assertFailedWithFallback(page);
    await context.close();
  }
});

test("a wasm under a wrong Content-Type that holds the right bytes still loads, with no warning", async () => {
  const loader = await serveDist("/octet/", /^$/, { wasm: { type: "application/octet-stream", body: null } });
  const { page, problems, context } = await open("/octet.html", partner(loader), {
    init: () => {
      window.__warnings = [];
      const warn = console.warn;
      console.warn = (...args) => (window.__warnings.push(args.join(" ")), warn(...args));
    },
  });
  await page.locator("#w h2.title").waitFor();
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.deepEqual(problems, { errors: [], console: [] });
  // wasm-bindgen's glue warns when it has to fall back from streaming compilation.
  assert.deepEqual(await page.evaluate(() => window.__warnings), []);
  await context.close();
});

test("a glue answered 404: the loader names the file", async () => {
  const loader = await serveDist("/missing-glue/", /^briefing-widget-[0-9a-f]+\.js$/);
  const { page, context } = await open("/glue-404.html", partner(loader));
  const message = await firstError(page);
  assert.match(message, /^could not load briefing-widget's code: .*\/missing-glue\/briefing-widget-[0-9a-f]+\.js/);
  await assertFailedWithFallback(page);
  await context.close();
});

test("the same page with 'wasm-unsafe-eval' renders (the checks refuse nothing that works)", async () => {
  const origin = servers.widgetOrigin;
  const csp = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src ${origin}`;
  const { page, problems, context } = await open("/wasm-eval.html", partner(`${origin}/briefing-widget.js`), {
    headers: { "content-security-policy": csp },
  });
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

test("an exception that unwound through the module kills it: every widget says so, and nothing calls it again", async () => {
  const src = `${servers.widgetOrigin}/briefings/north-korea-2013.json`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><briefing-widget id="a" src="${src}"></briefing-widget><briefing-widget id="b" src="${src}">${FALLBACK}</briefing-widget>
<script async src="${servers.widgetOrigin}/briefing-widget.js"></script></body></html>`;
  const { page, problems, context } = await open("/unwound.html", html);
  await page.waitForFunction(() => window.__events.filter((e) => e.type === "briefing-load").length === 2);
  // A page script that throws from a DOM method the module calls while it re-reads #a's
  // attributes: the exception unwinds through the module's frames, leaving its state unknown.
  await page.evaluate(() => {
    const read = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      if (this.id === "a" && name === "heading-level") throw new TypeError("a page script broke getAttribute");
      return read.call(this, name);
    };
    document.querySelector("#a").setAttribute("theme", "dark");
  });
  const STOPPED = "This briefing stopped working; reload the page.";
  for (const id of ["a", "b"]) {
    assert.equal(await page.locator(`#${id} [role=alert]`).textContent(), STOPPED, id);
    assert.equal(await page.locator(`#${id}`).getAttribute("data-failed"), "", id);
  }
  assert.equal(await page.locator("#fallback").isVisible(), true);
  const errorsBefore = problems.errors.length;
  await page.evaluate(() => document.querySelector("#b").setAttribute("src", "elsewhere.json"));
  assert.equal(await page.evaluate(() => document.querySelector("#b").briefing), null);
  assert.equal(problems.errors.length, errorsBefore, `no new page errors: ${problems.errors}`);
  await context.close();
});

test("a renamed loader loaded as a module says where it looks for its files instead of failing silently", async () => {
  const loader = await readFile(join(DIST, "briefing-widget.js"));
  const url = servers.route("/renamed/widget-loader.js", (req, res, cors) => {
    res.writeHead(200, { "content-type": "text/javascript", ...cors });
    res.end(loader);
  });
  const opened = await openPage(browser);
  const warnings = [];
  opened.page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await opened.page.goto(servers.page("/renamed.html", partner(url, { type: "module" })));
  await firstError(opened.page);
  const page = new URL(servers.page("/renamed.html", partner(url, { type: "module" })));
  assert.ok(
    warnings.some((w) => w.includes("cannot tell where briefing-widget.js was loaded from") && w.includes(`looking for its files at ${page.origin}/`)),
    `warnings: ${warnings}`
  );
  await opened.context.close();
});
