// briefing publish's iframe page in WebKit: inside sandbox="allow-scripts" on another origin than
// the host page's, it renders, reports its height (briefing-frame.js resizes the iframe) after a
// section opens and after a resize, and asks for nothing but its own files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { startServers } from "../e2e/support/servers.mjs";
import { fixture, serveSite } from "../e2e/support/published.mjs";
import { startDriver, Session } from "./support/webdriver.mjs";

const ID = "dealing-with-north-korea-2013";
let servers;
let site;
let driver;
let session;
let out;

before(async () => {
  servers = await startServers();
  site = await serveSite();
  out = await site.publish([fixture("north-korea-2013.json")]);
  driver = await startDriver();
  session = await Session.open(driver.url);
  await session.setWindowSize(1280, 900);
});

after(async () => {
  await session?.close();
  await driver?.stop();
  await site?.close();
  await servers?.close();
});

test("the iframe page in sandbox=\"allow-scripts\" renders, reports its height after a toggle and a resize, and asks for nothing else", async () => {
  const version = /\/widget\/([^/]+)\//.exec(await readFile(join(out, "_headers"), "utf8"))[1];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>body{margin:0} iframe{display:block;width:100%;border:0}</style></head><body>
<iframe id="frame" sandbox="allow-scripts" src="${site.origin}/${ID}/embed.html" title="Briefing" height="300"></iframe>
<script src="${site.origin}/widget/${version}/briefing-frame.js"></script></body></html>`;
  const before = site.requests.length;
  await session.goto(servers.page("/webkit-published.html", html));
  const iframe = await session.run(() => document.getElementById("frame"));
  const inFrame = async (fn) => {
    await session.frame(iframe);
    try {
      return await session.run(fn);
    } finally {
      await session.frame(null);
    }
  };
  const settled = async (what) => {
    let last = -1;
    for (let i = 0; i < 80; i++) {
      const now = await session.run(() => document.getElementById("frame").getBoundingClientRect().height);
      const inner = await inFrame(() => ({ height: document.documentElement.getBoundingClientRect().height, ready: !!document.querySelector("briefing-widget").shadowRoot?.querySelector(".section-toggle") }));
      if (inner.ready && now === last && Math.abs(now - inner.height) <= 2) return now;
      last = now;
      await new Promise((d) => setTimeout(d, 250));
    }
    const inner = await inFrame(() => document.documentElement.getBoundingClientRect().height);
    assert.fail(`${what}: the iframe is ${last} px for a document of ${inner} px`);
  };
  const first = await settled("first render");
  assert.equal(await inFrame(() => window.origin), "null", "an opaque origin");
  await session.frame(iframe);
  const toggle = await session.run(() => document.querySelector("briefing-widget").shadowRoot.querySelector(".section-toggle"));
  await session.click(toggle);
  assert.equal(await session.run(() => document.querySelector("briefing-widget").shadowRoot.querySelector(".section-toggle").getAttribute("aria-expanded")), "true");
  await session.frame(null);
  const opened = await settled("after a section opened");
  assert.ok(opened > first + 40, `${first} → ${opened}`);
  await session.setWindowSize(420, 900);
  const narrow = await settled("after a resize");
  assert.ok(narrow > opened, `${opened} → ${narrow}`);
  const asked = [...new Set(site.requests.slice(before))].sort();
  const allowed = /^\/(dealing-with-north-korea-2013\/embed\.html|widget\/[^/]+\/(briefing-widget\.js|briefing-widget-[0-9a-f]+\.js|briefing-widget-[0-9a-f]+_bg\.wasm|briefing-page\.css|briefing-embed\.js|briefing-frame\.js))$/;
  assert.deepEqual(asked.filter((p) => !allowed.test(p)), [], asked.join(" "));
  await session.setWindowSize(1280, 900);
});
