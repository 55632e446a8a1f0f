// `npm install briefing-widget` + `import "briefing-widget"` in a Vite project: the packed tarball
// installed into a throwaway project that sets `briefing` from a JSON file it imports; `vite build`
// emits the WebAssembly module as an asset with no plugin; the built site renders the briefing in
// headless Chromium without any request for the JSON; and `vite` in development (which pre-bundles
// dependencies) serves the module from the installed package.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { launch, openPage } from "../e2e/support/browser.mjs";
import { FIXTURES, TITLE, TOOLS, installInto, remove, scratch, sendFile, startServer } from "./support/package.mjs";

let project;
let site;
let server;
let browser;
let buildOutput;

before(async () => {
  project = scratch("briefing-vite");
  installInto(project, { scripts: { build: "vite build" } });
  copyFileSync(join(FIXTURES, "north-korea-2013.json"), join(project, "briefing.json"));
  writeFileSync(
    join(project, "index.html"),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Partner site</title></head>
  <body>
    <main>
      <briefing-widget id="w"><a id="fallback" href="/briefing">Read the briefing</a></briefing-widget>
    </main>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`
  );
  writeFileSync(
    join(project, "main.js"),
    `import "briefing-widget";
import briefing from "./briefing.json";

const widget = document.querySelector("briefing-widget");
widget.addEventListener("briefing-load", (e) => (window.loaded = e.detail));
widget.addEventListener("briefing-error", (e) => (window.failed = e.detail));
widget.briefing = briefing;
`
  );
  // A partner's build prints nothing about the package: no warning, no asset it cannot find.
  const build = spawnSync(process.execPath, [join(TOOLS, "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], {
    cwd: project,
    encoding: "utf8",
  });
  buildOutput = build.stdout + build.stderr;
  if (build.status !== 0) throw new Error(`vite build failed: ${buildOutput}`);
  site = join(project, "dist");
  server = await startServer((req, res, url) => sendFile(res, site, url.pathname === "/" ? "index.html" : url.pathname));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (project) remove(project);
});

test("vite build emits the WebAssembly module as an asset and inlines the briefing", () => {
  assert.equal(buildOutput.trim(), "", "vite build warns about nothing");
  const assets = readdirSync(join(site, "assets"));
  const wasm = assets.filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 1, `one .wasm among ${assets}`);
  assert.ok(!assets.some((f) => f.endsWith(".json")), "no JSON file emitted: the briefing is in the bundle");
  const scripts = assets.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(site, "assets", f), "utf8"));
  assert.ok(scripts.some((s) => s.includes(wasm[0])), "the bundle names the emitted .wasm");
  assert.ok(scripts.some((s) => s.includes(TITLE)), "the briefing's text is in the bundle");
});

test("the built site renders the briefing set as a property, with no request for JSON", async () => {
  const { page, context, problems } = await openPage(browser);
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.loaded || window.failed, null, { timeout: 20_000 });
  assert.equal(await page.evaluate(() => window.failed), undefined, "no briefing-error");
  assert.equal(await page.evaluate(() => window.loaded.title), TITLE);
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.equal(await page.locator("#w .section").count(), 4);
  assert.equal(await page.locator("#fallback").isVisible(), false, "fallback hidden once rendered");
  assert.deepEqual(requested.filter((p) => p.endsWith(".json")), [], "no request for JSON");
  assert.ok(requested.some((p) => /^\/assets\/.+\.wasm$/.test(p)), `the emitted wasm was loaded: ${requested}`);
  assert.deepEqual(server.requests.filter((p) => p.endsWith(".json")), [], "the server saw no JSON request either");
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

test("the Vite dev server (dependency pre-bundling) serves the module and renders the briefing", async (t) => {
  // `vite` in development pre-bundles dependencies; the entry's `new URL(…, import.meta.url)` must
  // still reach the module's .wasm in the installed package.
  const { spawn } = await import("node:child_process");
  const dev = spawn(process.execPath, [join(TOOLS, "vite", "bin", "vite.js"), "--port", "0", "--strictPort", "false", "--host", "127.0.0.1"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
  });
  t.after(() => dev.kill());
  let output = "";
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite dev did not start: ${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      // Vite prints "Local:   http://127.0.0.1:PORT/" (with colour codes around parts of it).
      const found = output.replace(/\x1b\[[0-9;]*m/g, "").match(/http:\/\/127\.0\.0\.1:(\d+)/);
      if (found) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${found[1]}`);
      }
    };
    dev.stdout.on("data", read);
    dev.stderr.on("data", read);
    dev.on("exit", (code) => reject(new Error(`vite dev exited with ${code}: ${output}`)));
  });
  const { page, context } = await openPage(browser);
  const wasm = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.endsWith(".wasm")) wasm.push(response.status());
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.loaded || window.failed, null, { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.failed?.message), undefined, "no briefing-error");
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.deepEqual(wasm, [200], "the .wasm came from the installed package");
  await context.close();
});
