// Format 1.1 in WebKit: every new field of the second example in the static copy and in the live
// widget, the copy replaced without moving anything, and the example in Chinese and Arabic
// words at the narrowest window. The browser runs in the event's zone (TZ), as the e2e suite's
// swap test does, so that the live widget adds no reader's time the copy cannot have.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import { startServers, DIST, FIXTURES, REPO } from "../e2e/support/servers.mjs";
import { partnerPage } from "../e2e/support/pages.mjs";
import { readFields, EXPECTED } from "../e2e/support/format.mjs";
import { startDriver, Session } from "./support/webdriver.mjs";

const FILE = join(FIXTURES, "arctic-futures-2026.json");
let servers;
let driver;
let session;

before(async () => {
  process.env.TZ = "Europe/London";
  servers = await startServers();
  servers.route("/record.js", (req, res, cors) => {
    res.writeHead(200, { "content-type": "text/javascript", ...cors });
    res.end(`window.__events = []; window.__errors = [];
      document.addEventListener("briefing-load", (e) => window.__events.push({ type: e.type }));
      window.addEventListener("error", (e) => window.__errors.push(String(e.message)));`);
  });
  driver = await startDriver();
  session = await Session.open(driver.url);
  await session.setWindowSize(1280, 900);
});

after(async () => {
  await session?.close();
  await driver?.stop();
  await servers?.close();
});

const record = () => `<script src="${servers.widgetOrigin}/record.js"></script>`;

test("every 1.1 field shows in the copy and in the live widget, and the swap moves nothing", async () => {
  const src = `${servers.widgetOrigin}/briefings/arctic-futures-2026.json`;
  const snippet = execFileSync(
    "cargo",
    ["run", "-q", "-p", "briefing-cli", "--", "embed", "--src", src, "--script", `${servers.widgetOrigin}/briefing-widget.js`, "--inline", FILE],
    { cwd: REPO, encoding: "utf8" }
  );
  const wasm = (await readdir(DIST)).find((f) => /_bg\.wasm$/.test(f));
  let gate = null;
  let requested = false;
  servers.route(`/${wasm}`, async (req, res, cors) => {
    requested = true;
    if (gate) await gate.promise;
    res.writeHead(200, { "content-type": "application/wasm", ...cors });
    res.end(await readFile(join(DIST, wasm)));
  });
  const html = partnerPage({ widgetOrigin: servers.widgetOrigin, head: record(), body: `${snippet}<p id="below">Below.</p>`, scripts: 0 });
  const geometry = () =>
    session.run(() => ({
      height: document.querySelector("briefing-widget").getBoundingClientRect().height,
      below: Math.round(document.querySelector("#below").getBoundingClientRect().top + scrollY),
    }));
  try {
    for (const width of [1280, 360]) {
      await session.setWindowSize(width, 900);
      let release;
      gate = { promise: new Promise((done) => (release = done)) };
      requested = false;
      await session.goto(servers.page(`/webkit-format-${width}.html`, html));
      for (let waited = 0; !requested; waited += 50) {
        if (waited > 10000) throw new Error("the module was never requested");
        await new Promise((d) => setTimeout(d, 50));
      }
      assert.deepEqual(await session.run(readFields), EXPECTED, `the copy at ${width} px`);
      const before = await geometry();
      release();
      await session.waitFor(() => window.__events.some((e) => e.type === "briefing-load"), { what: "briefing-load" });
      await session.runAsync(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.deepEqual(await session.run(readFields), EXPECTED, `the live widget at ${width} px`);
      assert.deepEqual(await geometry(), before, `nothing moved at ${width} px`);
      assert.deepEqual(await session.run(() => window.__errors), []);
    }
  } finally {
    gate = null;
    await session.setWindowSize(1280, 900);
  }
});

test("the 1.1 example in Chinese and Arabic words at the narrowest window: nothing runs out of the widget", async () => {
  const doc = JSON.parse(await readFile(FILE, "utf8"));
  await session.setWindowSize(320, 900);
  try {
    for (const lang of ["zh-Hans", "ar"]) {
      const src = servers.briefing(`/webkit-arctic-${lang}.json`, { ...doc, lang });
      const body = `<briefing-widget open="all" lang="${lang}" src="${src}"></briefing-widget>`;
      await session.goto(servers.page(`/webkit-format-${lang}.html`, partnerPage({ widgetOrigin: servers.widgetOrigin, head: record(), body })));
      await session.waitFor(() => window.__events && window.__events.length > 0, { what: "briefing-load" });
      const overflow = await session.run(() => {
        const root = document.querySelector("briefing-widget").shadowRoot;
        const width = document.documentElement.clientWidth;
        return Array.from(root.querySelectorAll("*"))
          .filter((e) => e.getClientRects().length && (e.getBoundingClientRect().right > width + 0.5 || e.getBoundingClientRect().left < -0.5))
          .map((e) => e.className || e.nodeName);
      });
      assert.deepEqual(overflow, [], lang);
    }
  } finally {
    await session.setWindowSize(1280, 900);
  }
});
