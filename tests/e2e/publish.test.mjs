// `briefing publish`'s site: what crawlers read without a browser, the files checked against their
// formats by real tools (the Nu Html Checker, jsonld with schema.org's vocabulary, an Atom parser,
// the sitemap's XML Schema, oEmbed 1.0), the briefing's page taken over by the widget without a
// layout shift, and the iframe page inside sandbox="allow-scripts" on another origin.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";

import { CAN, ENGINE, launch, openPage } from "./support/browser.mjs";
import { fixture, serveSite } from "./support/published.mjs";
import { REPO, startServers } from "./support/servers.mjs";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const ID = "dealing-with-north-korea-2013";
const ONCE = ENGINE === "chromium" ? false : "checks of files, not of an engine: run with Chromium";

let site;
let out;
let partner;
let browser;
let example;

before(async () => {
  site = await serveSite();
  out = await site.publish([fixture("north-korea-2013.json"), fixture("china-korea-2013-zh.json"), fixture("water-security-ar.json"), fixture("arctic-futures-2026.json")], { siteName: "Test briefings" });
  partner = await startServers();
  browser = await launch();
  example = JSON.parse(await readFile(fixture("north-korea-2013.json"), "utf8"));
});
after(async () => {
  await browser?.close();
  await partner?.close();
  await site?.close();
});

const get = async (path) => {
  const response = await fetch(`${site.origin}/${path}`);
  assert.equal(response.status, 200, path);
  return response.text();
};

/** HTML text with its character references read (the ones an HTML writer uses). */
const decoded = (html) =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&(lt|gt|quot|apos|nbsp|amp);/g, (_, name) => ({ lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", amp: "&" })[name]);

test("a crawler without a browser reads every point's text outside any <template> or <script>", async () => {
  for (const [file, id] of [["north-korea-2013.json", ID], ["china-korea-2013-zh.json", "china-korea-policy-2013-zh"]]) {
    const briefing = JSON.parse(await readFile(fixture(file), "utf8"));
    const html = await get(`${id}/`);
    const visible = html.replace(/<script\b[\s\S]*?<\/script>/g, "").replace(/<template\b[\s\S]*?<\/template>/g, "");
    // Mentions wrap names in elements: compare the text with the tags taken out.
    const text = decoded(visible.replace(/<[^>]+>/g, ""));
    for (const section of briefing.sections) {
      assert.ok(text.includes(section.title), `${id}: section ${section.id}'s title`);
      for (const point of section.points) assert.ok(text.includes(point.text), `${id}: "${point.text.slice(0, 40)}…"`);
    }
    assert.match(html, /<title>[^<]+<\/title>/);
  }
});

test("every page is valid HTML (the Nu Html Checker)", { skip: ONCE }, async () => {
  const pages = ["index.html", `${ID}/index.html`, `${ID}/embed.html`, "water-security-2024-ar/index.html", "arctic-futures-forum-2026/index.html", "arctic-futures-forum-2026/embed.html"];
  const files = [];
  for (const page of pages) {
    try {
      await readFile(join(out, page));
      files.push(join(out, page));
    } catch {}
  }
  assert.equal(files.length, pages.length, `pages found: ${files}`);
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const { stdout, stderr } = await run("java", ["-jar", jar, "--format", "json", "--also-check-css", ...files], { maxBuffer: 1 << 24 }).catch((e) => e);
  const messages = JSON.parse(stdout || stderr).messages.filter((m) => m.type === "error" || m.subType === "warning");
  assert.deepEqual(messages.map((m) => `${m.url?.split("/site/")[1]}:${m.lastLine}: ${m.message}`), []);
});

/** schema.org's types and which properties each declares, from schema-dts's declarations. */
async function vocabulary() {
  const source = await readFile(require.resolve("schema-dts/dist/schema.d.ts"), "utf8");
  const bases = new Map();
  for (const match of source.matchAll(/interface (\w+)Base extends ([\w, <>]+) \{([\s\S]*?)\n\}/g)) {
    const parents = match[2].split(",").map((s) => s.trim().replace(/Base$/, ""));
    const properties = [...match[3].matchAll(/^\s+"(\w+)"\?:/gm)].map((m) => m[1]);
    bases.set(match[1], { parents, properties });
  }
  // Types without properties of their own (VirtualLocation) have only a leaf on a parent's base.
  for (const match of source.matchAll(/export interface (\w+)Leaf extends (\w+)Base \{\s*"@type": "(\w+)";/g)) {
    if (!bases.has(match[3])) bases.set(match[3], { parents: [match[2]], properties: [] });
  }
  const declares = (type, property, seen = new Set()) => {
    if (seen.has(type)) return false;
    seen.add(type);
    const base = bases.get(type);
    return !!base && (base.properties.includes(property) || base.parents.some((p) => declares(p, property, seen)));
  };
  return { types: new Set(bases.keys()), declares };
}

test("the JSON-LD expands as schema.org: an Article about an Event, with Persons and Organizations", { skip: ONCE }, async () => {
  const jsonld = require("jsonld");
  const read = async (id) => {
    const blocks = [...(await get(`${id}/`)).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    assert.equal(blocks.length, 1, id);
    return JSON.parse(blocks[0][1]);
  };
  const document = await read(ID);
  // No network: schema.org's context, as the vocabulary it names.
  const documentLoader = async (url) => {
    if (url.replace(/\/$/, "") !== "https://schema.org") throw new Error(`unexpected context ${url}`);
    return { contextUrl: null, documentUrl: url, document: { "@context": { "@vocab": "https://schema.org/" } } };
  };
  const expanded = await jsonld.expand(document, { documentLoader, safe: true });
  const S = "https://schema.org/";
  const { types, declares } = await vocabulary();
  const problems = [];
  const seenTypes = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
    if (!node || typeof node !== "object" || "@value" in node) return;
    const nodeTypes = (node["@type"] ?? []).map((t) => t.replace(S, ""));
    seenTypes.push(...nodeTypes);
    for (const type of nodeTypes) if (!types.has(type)) problems.push(`${path}: ${type} is not a schema.org type`);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      if (!key.startsWith(S)) problems.push(`${path}: ${key} is not in schema.org`);
      const property = key.replace(S, "");
      if (!nodeTypes.some((t) => declares(t, property))) problems.push(`${path}: ${nodeTypes} has no property ${property}`);
      walk(value, `${path}.${property}`);
    }
  };
  walk(expanded, "$");
  // Format 1.1: a hybrid event of two days with a venue, co-organizers, titles, a byline and a quote.
  const arctic = await jsonld.expand(await read("arctic-futures-forum-2026"), { documentLoader, safe: true });
  walk(arctic, "arctic");
  assert.deepEqual(problems, []);
  const arcticEvent = arctic[0][`${S}about`][0];
  assert.deepEqual(arcticEvent[`${S}location`].map((l) => l["@type"][0]), [`${S}Place`, `${S}VirtualLocation`]);
  assert.equal(arcticEvent[`${S}eventAttendanceMode`][0]["@value"], `${S}MixedEventAttendanceMode`);
  assert.equal(arcticEvent[`${S}organizer`].length, 2);
  const quotes = arctic[0][`${S}hasPart`];
  assert.ok(quotes.length >= 1 && quotes.every((q) => q["@type"][0] === `${S}Quotation` && q[`${S}creator`][0]["@type"][0] === `${S}Person` && q[`${S}isPartOf`][0]["@id"] === `${site.origin}/arctic-futures-forum-2026/`));
  assert.equal(arctic[0][`${S}creditText`][0]["@value"], "By Ingrid Solberg, Polar Policy Institute");
  const [article] = expanded;
  assert.deepEqual(article["@type"], [`${S}Article`]);
  const event = article[`${S}about`][0];
  assert.deepEqual(event["@type"], [`${S}Event`]);
  assert.equal(event[`${S}name`][0]["@value"], example.title);
  assert.equal(event[`${S}startDate`][0]["@value"], example.date);
  const performers = event[`${S}performer`];
  assert.equal(performers.length, example.speakers.length);
  const flake = performers.find((p) => p[`${S}name`][0]["@value"] === "L. Gordon Flake");
  assert.deepEqual(flake[`${S}affiliation`][0]["@type"], [`${S}Organization`]);
  assert.deepEqual(article[`${S}publisher`][0]["@type"], [`${S}Organization`]);
  assert.ok(seenTypes.includes("Person"));
});

test("the Atom feed parses with a real feed parser, newest first, one entry per briefing", { skip: ONCE }, async () => {
  const { parseFeed } = require("@rowanmanning/feed-parser");
  const xml = await get("feed.xml");
  const feed = parseFeed(xml);
  assert.equal(feed.meta.type, "atom");
  assert.equal(feed.title, "Test briefings");
  assert.equal(feed.items.length, 4);
  const dates = feed.items.map((item) => item.updated.getTime());
  assert.deepEqual(dates, [...dates].sort((a, b) => b - a), "newest first");
  const item = feed.items.find((i) => i.id === `${site.origin}/${ID}/`);
  assert.equal(item.title, example.title);
  assert.equal(item.url, `${site.origin}/${ID}/`);
  assert.equal(item.updated.toISOString(), `${example.date}T00:00:00.000Z`);
  assert.ok(item.authors.length > 0 || feed.authors.length > 0, "an author, as RFC 4287 requires");
});

test("the sitemap is valid against the sitemap protocol's XML Schema and lists every page", { skip: ONCE }, async () => {
  const schema = join(REPO, "tests", "e2e", "support", "sitemap-0.9.xsd");
  const { stderr } = await run("xmllint", ["--noout", "--schema", schema, join(out, "sitemap.xml")]);
  assert.match(stderr, /validates$/m);
  const xml = await get("sitemap.xml");
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  assert.ok(locs.includes(`${site.origin}/${ID}/`), locs.join(" "));
  assert.equal(locs.length, 5);
});

test("briefing-frame.js stays under 1 KiB gzip", { skip: ONCE }, async () => {
  const { gzipSync } = await import("node:zlib");
  const script = await readFile(join(out, "widget", await widgetVersion(), "briefing-frame.js"));
  const size = gzipSync(script, { level: 9 }).length;
  console.log(`# briefing-frame.js: ${script.length} bytes, ${size} bytes gzip`);
  assert.ok(size < 1024, `${size} bytes gzip`);
});

test("oEmbed: version 1.0, type rich, with the fields the specification requires", { skip: ONCE }, async () => {
  const oembed = JSON.parse(await get(`${ID}/oembed.json`));
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.type, "rich");
  // "rich" requires html, width and height; width and height are positive integers.
  assert.equal(typeof oembed.html, "string");
  for (const key of ["width", "height", "cache_age"]) assert.ok(Number.isInteger(oembed[key]) && oembed[key] > 0, key);
  for (const key of ["title", "provider_name"]) assert.equal(typeof oembed[key], "string", key);
  assert.equal(new URL(oembed.provider_url).href, `${site.origin}/`);
  const iframe = /<iframe src="([^"]+)"/.exec(oembed.html);
  assert.equal(iframe?.[1], `${site.origin}/${ID}/embed.html`);
  // Discovery: the page links it.
  const page = await get(`${ID}/`);
  assert.ok(page.includes(`<link rel="alternate" type="application/json+oembed" href="${site.origin}/${ID}/oembed.json"`));
});

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

test("the briefing's page: the copy in the light DOM shows at once, and the widget takes it over without a layout shift", async () => {
  for (const width of [1280, 360]) {
    const { page, context, problems } = await openPage(browser, { viewport: { width, height: 8000 } });
    await page.addInitScript(() => {
      window.__shifts = [];
      try {
        new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__shifts.push(e.value))).observe({ type: "layout-shift", buffered: true });
      } catch {}
    });
    const release = await holdModule(page);
    await page.goto(`${site.origin}/${ID}/`);
    await page.waitForFunction(() => window.__moduleRequested);
    const where = () =>
      page.evaluate(() => {
        const host = document.querySelector("briefing-widget");
        return { height: host.getBoundingClientRect().height, footer: document.querySelector(".page-footer").getBoundingClientRect().top };
      });
    const before = await where();
    // The copy is the element's child, rendered: the light DOM holds the text.
    const copyText = await page.evaluate(() => document.querySelector("briefing-widget > [data-prerendered]").innerText);
    assert.ok(copyText.includes(example.sections[0].points[0].text), "the copy is on screen");
    release();
    await page.waitForFunction(() => document.querySelector("briefing-widget").shadowRoot?.querySelector(".root:not([hidden]) .section-toggle"));
    await page.waitForFunction(() => !document.querySelector("briefing-widget").shadowRoot.querySelector("slot[data-prerendered]"));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const afterSwap = await where();
    assert.ok(Math.abs(afterSwap.height - before.height) < 0.5, `height ${before.height} → ${afterSwap.height} at ${width} px`);
    assert.ok(Math.abs(afterSwap.footer - before.footer) < 0.5, `the footer stays at ${width} px`);
    if (CAN.layoutShift) assert.deepEqual(await page.evaluate(() => window.__shifts), [], `no layout shift at ${width} px`);
    // The copy stays in the light DOM, for tools that read it, but is no longer rendered.
    assert.equal(await page.evaluate(() => document.querySelector("briefing-widget > [data-prerendered]").getClientRects().length), 0);
    // The live widget works: a section closes.
    const toggle = page.locator("briefing-widget button.section-toggle").first();
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.deepEqual(problems, { errors: [], console: [] });
    await context.close();
  }
});

test("the briefing's page has no accessibility violation (axe, WCAG 2.2 AA), before and after the widget", async () => {
  const AXE = require.resolve("axe-core/axe.min.js");
  const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await openPage(browser, { colorScheme });
    await page.goto(`${site.origin}/${ID}/`);
    await page.waitForFunction(() => document.querySelector("briefing-widget").shadowRoot?.querySelector(".root:not([hidden]) .section-toggle"));
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG);
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`), [], colorScheme);
    await context.close();
  }
});

test("the iframe page in sandbox=\"allow-scripts\" on another origin: renders, reports its height, and asks for nothing else", async () => {
  const frameScript = `${site.origin}/widget/${await widgetVersion()}/briefing-frame.js`;
  const url = partner.page(
    "/iframe.html",
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0} iframe{display:block;width:100%;border:0}</style></head><body>
<p>Above.</p><iframe id="frame" sandbox="allow-scripts" src="${site.origin}/${ID}/embed.html" title="${example.title}" height="300"></iframe><p id="below">Below.</p>
<script src="${frameScript}"></script></body></html>`
  );
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const before = site.requests.length;
  await page.goto(url);
  const frame = page.frameLocator("#frame");
  await frame.locator("button.section-toggle").first().waitFor();
  /** The iframe's height and its document's, once they agree (the frame reported it). */
  const heights = async () => {
    await page.waitForFunction(async () => {
      const f = document.getElementById("frame");
      return f.getBoundingClientRect().height > 0;
    });
    const inner = await frame.locator("html").evaluate((html) => ({ height: html.getBoundingClientRect().height, scroll: html.scrollHeight, client: html.clientHeight, origin: window.origin }));
    const outer = await page.evaluate(() => document.getElementById("frame").getBoundingClientRect().height);
    return { inner, outer };
  };
  const settle = async (what) => {
    await page.waitForFunction(
      async () => {
        const f = document.getElementById("frame");
        return f.dataset.lastHeight === String(f.getBoundingClientRect().height) || ((f.dataset.lastHeight = String(f.getBoundingClientRect().height)), false);
      },
      null,
      { polling: 250, timeout: 15000 }
    );
    const h = await heights();
    assert.ok(Math.abs(h.outer - h.inner.height) <= 2, `${what}: iframe ${h.outer} px for a document of ${h.inner.height} px`);
    assert.ok(h.inner.scroll <= h.inner.client + 1, `${what}: no inner scrollbar (${h.inner.scroll} > ${h.inner.client})`);
    return h;
  };
  const first = await settle("first render");
  // briefing-frame.js checks event.source: a message from anything but the iframe moves nothing.
  await page.evaluate(() => window.postMessage({ "briefing-widget": { height: 77, id: "forged" } }, "*"));
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.getElementById("frame").getBoundingClientRect().height), first.outer, "a forged message is ignored");
  assert.equal(first.inner.origin, "null", "an opaque origin");
  // Sections start closed; opening one makes the frame taller, and the host follows.
  const toggle = frame.locator("button.section-toggle").first();
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  // playwright-core 1.64 over WebDriver BiDi sends no pointer or key input into a cross-origin
  // iframe in Firefox (sandboxed or not: measured), so there the button gets a DOM click.
  if (ENGINE === "firefox") await toggle.evaluate((button) => button.click());
  else await toggle.click();
  await frame.locator('button.section-toggle[aria-expanded="true"]').first().waitFor({ timeout: 5000 });
  const opened = await settle("after a section opened");
  assert.ok(opened.outer > first.outer + 40, `${first.outer} → ${opened.outer}`);
  // A narrower page wraps the text: taller again.
  await page.setViewportSize({ width: 360, height: 900 });
  const narrow = await settle("after a resize");
  assert.ok(narrow.outer > opened.outer, `${opened.outer} → ${narrow.outer}`);
  // The briefing came with the page: no briefing.json, nothing but the page and the widget's files.
  const asked = [...new Set(site.requests.slice(before))].sort();
  const version = await widgetVersion();
  const allowed = new RegExp(`^/(${ID}/embed\\.html|widget/${version.replace(/\./g, "\\.")}/(briefing-widget\\.js|briefing-widget-[0-9a-f]+\\.js|briefing-widget-[0-9a-f]+_bg\\.wasm|briefing-page\\.css|briefing-embed\\.js|briefing-frame\\.js))$`);
  assert.deepEqual(asked.filter((path) => !allowed.test(path)), [], `requests: ${asked.join(" ")}`);
  assert.ok(!asked.some((p) => p.endsWith("briefing.json")));
  assert.deepEqual(problems.errors, []);
  await context.close();
});

async function widgetVersion() {
  const listing = await readFile(join(out, "_headers"), "utf8");
  return /\/widget\/([^/]+)\//.exec(listing)[1];
}
