// The package's dist/ as an npm CDN serves it: unchanged, under /npm/briefing-widget@<version>/ on
// another origin than the partner's page, loaded by a script tag with and without Subresource
// Integrity; a changed WebAssembly module is refused when the tag carries the loader's hash.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { launch, openPage } from "../e2e/support/browser.mjs";
import { FIXTURES, TITLE, VERSION, remove, scratch, sendFile, startServer, tamperedWasm, unpack } from "./support/package.mjs";

const BASE = `/npm/briefing-widget@${VERSION}/`;
const TAMPERED = `/tampered/briefing-widget@${VERSION}/`;
const CORS = { "access-control-allow-origin": "*" };

let unpacked;
let pkg;
let cdn;
let partner;
let browser;
const pages = new Map();

before(async () => {
  unpacked = scratch("briefing-cdn");
  pkg = unpack(unpacked);
  cdn = await startServer((req, res, url) => {
    if (url.pathname.startsWith(BASE)) return sendFile(res, pkg, url.pathname.slice(BASE.length), CORS);
    // The same files, but the module has been changed on the way (a compromised CDN or mirror).
    if (url.pathname.startsWith(TAMPERED)) {
      return sendFile(res, pkg, url.pathname.slice(TAMPERED.length), CORS, (body, file) =>
        file.endsWith(".wasm") ? tamperedWasm(body) : body
      );
    }
    if (url.pathname.startsWith("/briefings/")) return sendFile(res, FIXTURES, url.pathname.slice("/briefings/".length), CORS);
    res.writeHead(404, CORS).end();
  });
  partner = await startServer((req, res, url) => {
    const html = pages.get(url.pathname);
    if (!html) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await cdn?.close();
  await partner?.close();
  if (unpacked) remove(unpacked);
});

const loaderHash = () =>
  `sha384-${createHash("sha384").update(readFileSync(join(pkg, "dist", "briefing-widget.js"))).digest("base64")}`;

/** Opens a partner page that loads the loader from `base` with `attributes`; resolves once the widget settled. */
async function visit(name, { base = BASE, attributes = "" } = {}) {
  const src = `${cdn.origin}/briefings/north-korea-2013.json`;
  pages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>
<script async src="${cdn.origin}${base}dist/briefing-widget.js" ${attributes}></script>
<briefing-widget id="w" src="${src}"><a id="fallback" href="${src}">Read the briefing</a></briefing-widget>
</body></html>`
  );
  const opened = await openPage(browser);
  await opened.page.goto(`${partner.origin.replace("127.0.0.1", "localhost")}/${name}.html`);
  await opened.page.waitForFunction(() => window.__events.some((e) => e.type !== "briefing-toggle"), null, { timeout: 20_000 });
  return opened;
}

test("the package's dist/, served unchanged under a versioned path on another origin, renders by script tag", async () => {
  const before = cdn.requests.length;
  const { page, context, problems } = await visit("plain");
  assert.deepEqual(await page.evaluate(() => window.__events.map((e) => e.type)), ["briefing-load"]);
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.equal(await page.locator("#fallback").isVisible(), false);
  const fetched = cdn.requests.slice(before);
  for (const pattern of [/dist\/briefing-widget\.js$/, /dist\/briefing-widget-[0-9a-f]+\.js$/, /dist\/briefing-widget-[0-9a-f]+_bg\.wasm$/]) {
    assert.ok(fetched.some((p) => p.startsWith(BASE) && pattern.test(p)), `${pattern} fetched under ${BASE}: ${fetched}`);
  }
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

test("with the loader's sha384 in integrity and crossorigin=anonymous, it renders", async () => {
  const { page, context, problems } = await visit("integrity", { attributes: `integrity="${loaderHash()}" crossorigin="anonymous"` });
  assert.deepEqual(await page.evaluate(() => window.__events.map((e) => e.type)), ["briefing-load"]);
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

test("without integrity, the changed module still runs (the change alone breaks nothing)", async () => {
  const { page, context } = await visit("tampered-no-integrity", { base: TAMPERED });
  assert.deepEqual(await page.evaluate(() => window.__events.map((e) => e.type)), ["briefing-load"]);
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  await context.close();
});

test("with integrity, a changed module is refused: briefing-error says so, the fallback stays", async () => {
  const { page, context } = await visit("tampered", { base: TAMPERED, attributes: `integrity="${loaderHash()}" crossorigin="anonymous"` });
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events.map((e) => e.type), ["briefing-error"]);
  assert.match(events[0].detail.message, /integrity|hash|tamper/i, `the message names the cause: ${events[0].detail.message}`);
  assert.equal(await page.locator("#w [role=alert]").count(), 1, "an alert");
  assert.equal(await page.locator("#w h2.title").count(), 0, "nothing of the briefing rendered");
  assert.equal(await page.locator("#fallback").isVisible(), true, "the fallback stays visible");
  await context.close();
});

test("a loader whose hash is not the tag's does not run at all, and the fallback stays", async () => {
  const wrong = `sha384-${createHash("sha384").update("another file").digest("base64")}`;
  const url = `/wrong-loader.html`;
  pages.set(
    url,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wrong</title></head><body>
<script async src="${cdn.origin}${BASE}dist/briefing-widget.js" integrity="${wrong}" crossorigin="anonymous"></script>
<briefing-widget id="w" src="${cdn.origin}/briefings/north-korea-2013.json"><a id="fallback" href="#">Read the briefing</a></briefing-widget>
</body></html>`
  );
  const { page, context } = await openPage(browser);
  const refused = page.waitForEvent("console", (message) => /integrity/i.test(message.text()));
  await page.goto(`${partner.origin.replace("127.0.0.1", "localhost")}${url}`);
  await refused;
  assert.equal(await page.evaluate(() => customElements.get("briefing-widget")), undefined, "the element is not defined");
  assert.equal(await page.locator("#fallback").isVisible(), true);
  await context.close();
});
