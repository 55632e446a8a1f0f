// The element at runtime, loaded from the packed package's dist/ by script tag, has every name of
// the contract (read from tests/fixtures/embedding-contract.md): its observed attributes, its
// properties (reflecting the attributes), its method, its events with their detail's keys, and
// its parts in the rendered shadow tree.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";

import { launch, openPage } from "../e2e/support/browser.mjs";
import { contractNames, detailKeys } from "./support/contract.mjs";
import { FIXTURES, remove, scratch, sendFile, startServer, unpack } from "./support/package.mjs";

const contract = contractNames();
const CORS = { "access-control-allow-origin": "*" };

let unpacked;
let server;
let browser;
let opened;

before(async () => {
  unpacked = scratch("briefing-element");
  const pkg = unpack(unpacked);
  server = await startServer((req, res, url) => {
    if (url.pathname === "/page.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>element</title></head><body>
<script async src="/package/dist/briefing-widget.js"></script>
<briefing-widget id="w" open="all" src="/briefings/north-korea-2013.json"></briefing-widget>
<briefing-widget id="missing" src="/briefings/no-such-briefing.json"><a id="fallback" href="#">Read</a></briefing-widget>
</body></html>`);
    }
    if (url.pathname.startsWith("/package/")) return sendFile(res, pkg, url.pathname.slice("/package/".length), CORS);
    if (url.pathname.startsWith("/briefings/")) return sendFile(res, FIXTURES, url.pathname.slice("/briefings/".length), CORS);
    res.writeHead(404).end();
  });
  browser = await launch();
  opened = await openPage(browser);
  await opened.page.goto(`${server.origin}/page.html`);
  await opened.page.waitForFunction(() => window.__events.filter((e) => e.type !== "briefing-toggle").length >= 2, null, { timeout: 20_000 });
});

after(async () => {
  await opened?.context.close();
  await browser?.close();
  await server?.close();
  if (unpacked) remove(unpacked);
});

test("the element observes exactly the contract's attributes", async () => {
  const observed = await opened.page.evaluate(() => customElements.get("briefing-widget").observedAttributes);
  assert.deepEqual([...observed].sort(), [...contract.attributes].sort());
});

test("the element's class has every property (get and set) and method of the contract", async () => {
  const found = await opened.page.evaluate(
    ({ properties, methods }) => {
      const proto = customElements.get("briefing-widget").prototype;
      const accessor = (name) => {
        for (let p = proto; p; p = Object.getPrototypeOf(p)) {
          const d = Object.getOwnPropertyDescriptor(p, name);
          if (d) return { own: p === proto, get: typeof d.get, set: typeof d.set };
        }
        return null;
      };
      return {
        properties: Object.fromEntries(properties.map((n) => [n, accessor(n)])),
        methods: Object.fromEntries(methods.map((n) => [n, typeof proto[n]])),
      };
    },
    { properties: [...contract.properties, ...contract.reflected], methods: contract.methods }
  );
  for (const [name, d] of Object.entries(found.properties)) {
    assert.ok(d, `property ${name} exists`);
    assert.deepEqual({ get: d.get, set: d.set }, { get: "function", set: "function" }, `${name} is an accessor`);
    // lang is HTMLElement's own reflection; the others are the element's.
    if (name !== "lang") assert.ok(d.own, `${name} is defined by the element's class`);
  }
  for (const [name, type] of Object.entries(found.methods)) assert.equal(type, "function", `method ${name}`);
});

test("each reflected property reads and writes its attribute", async () => {
  const pairs = contract.attributes.map((attribute, i) => [attribute, contract.reflected[i]]);
  const results = await opened.page.evaluate((pairs) => {
    const values = { src: "https://data.example.org/b.json", theme: "dark", lang: "zh-Hans", open: "none", loading: "lazy", "heading-level": "4" };
    return pairs.map(([attribute, property]) => {
      const element = document.createElement("briefing-widget"); // not connected: loads nothing
      element[property] = attribute === "heading-level" ? 4 : values[attribute];
      const written = element.getAttribute(attribute);
      const other = document.createElement("briefing-widget");
      other.setAttribute(attribute, values[attribute]);
      return { attribute, property, written, read: String(other[property]) };
    });
  }, pairs);
  const expected = { src: "https://data.example.org/b.json", theme: "dark", lang: "zh-Hans", open: "none", loading: "lazy", "heading-level": "4" };
  for (const { attribute, property, written, read } of results) {
    assert.equal(written, expected[attribute], `${property} = … sets ${attribute}`);
    assert.equal(read, expected[attribute], `${attribute}="…" shows in ${property}`);
  }
});

test("every event of the contract fires with a plain detail holding the contract's keys", async () => {
  const { page } = opened;
  await page.locator("#w .section-toggle").first().click();
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-toggle"));
  const events = await page.evaluate(() => window.__events);
  for (const name of contract.events) {
    const event = events.find((e) => e.type === name);
    assert.ok(event, `${name} fired`);
    assert.deepEqual(Object.keys(event.detail).sort(), detailKeys(contract.eventDetails[name]).sort(), `${name}'s detail keys`);
  }
  const load = events.find((e) => e.type === "briefing-load");
  assert.equal(load.target, "w");
  assert.deepEqual(Object.keys(load.detail.sections[0]).sort(), ["id", "title"]);
  assert.equal(events.find((e) => e.type === "briefing-error").target, "missing");
  const plain = await page.evaluate(
    () =>
      new Promise((done) => {
        const w = document.querySelector("#w");
        w.addEventListener("briefing-toggle", (e) => done(JSON.stringify(JSON.parse(JSON.stringify(e.detail))) === JSON.stringify(e.detail) && Object.getPrototypeOf(e.detail) === Object.prototype), { once: true });
        w.shadowRoot.querySelector(".section-toggle").click();
      })
  );
  assert.equal(plain, true, "the detail is a plain, JSON-shaped object");
});

test("every part of the contract is in the rendered shadow trees", async () => {
  const { page } = opened;
  await page.locator("#w [part~=mention]").first().focus();
  await page.waitForFunction(() => [...document.querySelector("#w").shadowRoot.querySelectorAll("[part~=tooltip]")].some((t) => !t.hidden));
  const parts = await page.evaluate(() =>
    [...document.querySelectorAll("briefing-widget")].flatMap((w) => [...w.shadowRoot.querySelectorAll("[part]")].flatMap((e) => e.getAttribute("part").split(/\s+/)))
  );
  for (const part of contract.cssParts) assert.ok(parts.includes(part), `part ${part} rendered`);
  assert.equal(await page.locator("#fallback").isVisible(), true, "the failed widget keeps its fallback");
});
