// One partner project per framework or bundler: its sources (tests/frameworks/projects/<name>/)
// copied into tests/frameworks/.work/<name>/, the packed tarball installed there as a partner
// installs it, a production build with the tools of tests/frameworks/node_modules (one install
// shared by every project, pinned by its package-lock.json), and the built site opened in headless
// Chromium. Each project's page shows tests/fixtures/north-korea-2013.json, imported as JSON, and
// its own handler of `briefing-load` sets `window.__appLoaded` to the event's detail.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { launch, openPage } from "../../e2e/support/browser.mjs";
import { FIXTURES, TITLE, installInto, sendFile, startServer } from "../../package/support/package.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const SUITE = dirname(here);
export const TOOLS = join(SUITE, "node_modules");
export const WORK = join(SUITE, ".work");
/** Each project's figures (build time, emitted bytes), one JSON file each, for scripts/test's table. */
export const RESULTS = join(SUITE, "..", "..", "target", "frameworks");
export { TITLE };
/** The fixture's sections, as the widget renders them. */
export const SECTIONS = JSON.parse(readFileSync(join(FIXTURES, "north-korea-2013.json"), "utf8")).sections.length;

/** A tool's command in tests/frameworks/node_modules/.bin. */
export const bin = (name) => join(TOOLS, ".bin", name);

/**
 * projects/<name> copied into .work/<name> with the fixture as src/briefing.json (and wherever
 * `jsonAt` says) and the tarball installed; `scripts` go into its package.json.
 */
export function prepare(name, { scripts = {}, jsonAt = ["src/briefing.json"] } = {}) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(join(SUITE, "projects", name), dir, { recursive: true });
  for (const path of jsonAt) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(FIXTURES, "north-korea-2013.json"), join(dir, path));
  }
  installInto(dir, { scripts });
  return dir;
}

/** Runs a build or check command in `dir`; fails with its output; returns its output and seconds. */
export function run(dir, command, args, { env = {}, what = `${basename(command)} ${args.join(" ")}` } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "1", NEXT_TELEMETRY_DISABLED: "1", ASTRO_TELEMETRY_DISABLED: "1", NG_CLI_ANALYTICS: "false", ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const output = (result.stdout ?? "") + (result.stderr ?? "");
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal}) in ${dir}:\n${output}`);
  return { output, seconds };
}

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/**
 * The widget's files as the bundler emitted them under `dir`: the .wasm, the JavaScript holding
 * the wasm-bindgen glue, and the JavaScript holding the loader (the element's class); each with
 * bytes and gzip bytes. The glue and the loader may share a file with each other or the app.
 */
export function emitted(dir) {
  const all = files(dir);
  const size = (file) => {
    const bytes = readFileSync(file);
    return { file: relative(dir, file), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const wasm = all.filter((f) => extname(f) === ".wasm");
  const js = all.filter((f) => /\.m?js$/.test(f));
  // Each file with `marker`; `withApp`: the app's own code is in it too (its handler's global).
  const holding = (marker) =>
    js
      .filter((f) => readFileSync(f, "utf8").includes(marker))
      .map((f) => ({ ...size(f), withApp: readFileSync(f, "utf8").includes("__appLoaded") }));
  return {
    wasm: wasm.map(size),
    // The glue's replacement of its unused default URL (scripts/write-loader.mjs).
    glue: holding("briefing-widget: the loader gives the module"),
    // The loader's words for a dead module (src/embed/loader/define.js).
    loader: holding("This briefing stopped working"),
  };
}

/** Records a project's figures for the summary scripts/test prints. */
export function record(name, figures) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify({ name, ...figures }, null, 2) + "\n");
}


/**
 * A static host for `root` as partners deploy a build: files with their MIME types, `/x` answered
 * by `x.html` or `x/index.html`, and, with `spa`, every other path by `index.html` (the SPA fallback
 * that answers a missing .wasm with a page).
 */
export async function serve(root, { spa = false } = {}) {
  return startServer((req, res, url) => {
    let path = decodeURIComponent(url.pathname);
    const at = (p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile();
    if (path.endsWith("/")) path += "index.html";
    if (!at(path) && at(`${path}.html`)) path += ".html";
    else if (!at(path) && at(`${path}/index.html`)) path += "/index.html";
    if (!at(path) && spa) path = "/index.html";
    sendFile(res, root, path);
  });
}

let browser;
/** One Chromium for a test file. */
export async function chromium() {
  browser ??= await launch();
  return browser;
}
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens `url` and checks what a partner sees: the widget `selector` renders the briefing's title and
 * every section, the app's own `briefing-load` handler ran (`window.__appLoaded`), each .wasm
 * answered 200 as `application/wasm`, and no console error or page error. Returns the details.
 */
export async function checkPage(url, { selector = "briefing-widget", sections = SECTIONS, loaded = "__appLoaded" } = {}) {
  const { page, context, problems } = await openPage(await chromium());
  const wasm = [];
  const failed = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    if (new URL(response.url()).pathname.endsWith(".wasm")) {
      wasm.push({ url: response.url(), status: response.status(), type: response.headers()["content-type"] });
    }
  });
  try {
    await page.goto(url);
    await page
      .waitForFunction((name) => window[name] || window.__events.some((e) => e.type === "briefing-error"), loaded, { timeout: 30_000 })
      .catch(() => {});
    const errors = await page.evaluate(() => window.__events.filter((e) => e.type === "briefing-error").map((e) => e.detail.message));
    assert.deepEqual(errors, [], "no briefing-error");
    const detail = await page.evaluate((name) => window[name], loaded);
    assert.ok(detail, `the app's own briefing-load handler ran (window.${loaded})`);
    assert.equal(detail.title, TITLE, "the handler got the event's detail");
    const widget = page.locator(selector).first();
    assert.equal(await widget.locator("h2.title").textContent(), TITLE, "the title is on screen");
    assert.equal(await widget.locator(".section").count(), sections, "every section rendered");
    assert.ok(wasm.length >= 1, "the .wasm was requested");
    for (const response of wasm) {
      assert.equal(response.status, 200, `${response.url} answered 200`);
      assert.equal(response.type, "application/wasm", `${response.url} served as application/wasm`);
    }
    assert.deepEqual(problems, { errors: [], console: [] }, `no page error, no console error (failed requests: ${failed.join(", ") || "none"})`);
    return { detail, wasm };
  } finally {
    await context.close();
  }
}

/**
 * The tests of one setup: before them, the project prepared, type-checked (`checks`: [command,
 * args, clean] run in order; `clean(output)` says it reported nothing, by default: printed nothing) and built (`build`, whose output must match
 * `quiet`: no warning about the package); then one test of the build (one .wasm emitted, the
 * figures recorded) and one test per page in `pages` opened from `site` on a static host
 * (`spa`: with an SPA fallback), or from the server `start(dir)` returns.
 */
export function setup({ name, title, prepare: options, checks = [], build, site = "dist", spa = false, start, pages = ["/"], quiet = (output) => output.trim() === "", wasmFiles = 1 }) {
  const state = {};
  before(async () => {
    state.dir = prepare(name, options);
    state.checks = checks.map(([command, args]) => run(state.dir, command, args));
    state.build = run(state.dir, build[0], build[1]);
    state.server = start ? await start(state.dir) : await serve(join(state.dir, site), { spa });
  });
  after(async () => {
    await closeBrowser();
    await state.server?.close();
  });
  test(`${title}: ${checks.length ? `${checks.map(([c]) => basename(c)).join(", ")} accept the JSON import set as briefing; ` : ""}the production build emits the .wasm and warns about nothing`, () => {
    for (const [i, check] of state.checks.entries()) {
      const [command, , clean = (output) => output.trim() === ""] = checks[i];
      assert.ok(clean(check.output), `${basename(command)} reports nothing:\n${check.output}`);
    }
    assert.ok(quiet(state.build.output), `the build warns about nothing:\n${state.build.output}`);
    const bytes = emitted(join(state.dir, site));
    assert.equal(bytes.wasm.length, wasmFiles, `${wasmFiles} .wasm emitted: ${bytes.wasm.map((w) => w.file)}`);
    record(name, { setup: title, build: state.build.seconds, checks: state.checks.map((c) => c.seconds), ...bytes });
  });
  for (const path of pages) {
    test(`${title}: ${path} renders the briefing; the app's handler gets briefing-load; the .wasm is application/wasm; no console error`, async () => {
      await checkPage(`${state.server.origin}${path}`);
    });
  }
  return state;
}
