// The browser the end-to-end tests drive, from Debian's packages (never a downloaded browser),
// through playwright-core: Chromium by default, Firefox ESR with E2E_BROWSER=firefox.
import { chromium, firefox } from "playwright-core";

export { partnerPage } from "./pages.mjs";

/** The engine under test: "chromium" (default) or "firefox", from E2E_BROWSER. */
export const ENGINE = (process.env.E2E_BROWSER || "chromium").toLowerCase();
if (!["chromium", "firefox"].includes(ENGINE)) {
  throw new Error(`E2E_BROWSER=${ENGINE}: the end-to-end tests run in chromium or firefox (WebKit has its own suite, tests/webkit)`);
}

/**
 * What the engine under test can do beyond the common ground. A test that needs one of these
 * runs where it can, and says why it is skipped elsewhere (node:test's `skip` with the reason).
 */
export const CAN = {
  // page.emulateMedia() on an open page (colour scheme, print, forced colours): Firefox over
  // WebDriver BiDi ignores it (Firefox ESR 153 has no emulation.setMediaFeaturesOverride);
  // openPage() sets colour scheme, reduced motion and forced colours at launch instead.
  emulateMediaLive: ENGINE === "chromium",
  // PerformanceObserver's "longtask" and "layout-shift" entries exist in Chromium only.
  longTasks: ENGINE === "chromium",
  layoutShift: ENGINE === "chromium",
  // The Chrome DevTools Protocol (heap figures, host resolver rules): Chromium only.
  cdp: ENGINE === "chromium",
  // Touch taps: playwright-core 1.64's tap() dispatches no event at all in Firefox over BiDi
  // (measured: no pointer, touch or mouse event reaches the page, touch events enabled or not).
  touch: ENGINE === "chromium",
  // Clipboard permissions by name ("clipboard-read"): Chromium's; Firefox has no such
  // permission, and lets a page read the clipboard under the testing pref set below.
  clipboardPermissions: ENGINE === "chromium",
};

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * Firefox ignores a context's colorScheme, reducedMotion, forcedColors and javaScriptEnabled:
 * they are preferences of the whole browser, set at launch. The preferences for a context's
 * options; the defaults match Chromium's (light, no reduced motion, no forced colours, scripts on).
 */
function firefoxPrefs({ colorScheme = "light", reducedMotion = "no-preference", forcedColors = "none", javaScriptEnabled = true } = {}) {
  return {
    // 0 dark, 1 light.
    "layout.css.prefers-color-scheme.content-override": colorScheme === "dark" ? 0 : 1,
    "ui.prefersReducedMotion": reducedMotion === "reduce" ? 1 : 0,
    // 2: always use the system's colours, which is what forced-colors: active means.
    "browser.display.document_color_use": forcedColors === "active" ? 2 : 0,
    "javascript.enabled": javaScriptEnabled !== false,
    // navigator.clipboard.readText() without the paste prompt a reader would click.
    "dom.events.testing.asyncClipboard": true,
  };
}

function launchFirefox(prefs) {
  return firefox.launch({
    channel: "moz-firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    firefoxUserPrefs: prefs,
  });
}

// Per launched Firefox: the other Firefox instances launched for other preferences, by key.
const firefoxPools = new WeakMap();

/** Launches the engine under test. In Firefox, closing it closes the instances openPage added. */
export async function launch() {
  if (ENGINE === "chromium") {
    return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  }
  const prefs = firefoxPrefs();
  const browser = await launchFirefox(prefs);
  const pool = new Map([[JSON.stringify(prefs), Promise.resolve(browser)]]);
  firefoxPools.set(browser, pool);
  const close = browser.close.bind(browser);
  browser.close = async (...args) => {
    const others = [...pool.values()].slice(1);
    await Promise.all(others.map((launched) => launched.then((b) => b.close(), () => {})));
    return close(...args);
  };
  return browser;
}

/** The browser to open a context with `options` in: in Firefox, one launched with matching prefs. */
function browserFor(browser, options) {
  const pool = firefoxPools.get(browser);
  if (!pool) return browser;
  const prefs = firefoxPrefs(options);
  const key = JSON.stringify(prefs);
  if (!pool.has(key)) pool.set(key, launchFirefox(prefs));
  return pool.get(key);
}

/**
 * A new page that records what went wrong on it: uncaught errors, console errors, and CSP
 * violations (recorded by an init script, which the page's own CSP does not govern).
 */
export async function openPage(browser, options = {}) {
  const context = await (await browserFor(browser, options)).newContext(options);
  const page = await context.newPage();
  const problems = { errors: [], console: [] };
  page.on("pageerror", (error) => {
    // Firefox reports the page's own favicon request, blocked by a strict page CSP, as an error.
    if (ENGINE === "firefox" && /^Content-Security-Policy: .*\/favicon\.ico /.test(String(error))) return;
    problems.errors.push(String(error));
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.console.push(message.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      // Firefox asks for the page's /favicon.ico by itself (Chromium does not); under a strict
      // page CSP that is the page's own img-src violation, nothing the widget did.
      if (e.effectiveDirective === "img-src" && new URL(e.blockedURI, location.href).href === new URL("/favicon.ico", location.href).href) return;
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: "longtask", buffered: true });
    } catch {}
    window.__events = [];
    for (const name of ["briefing-load", "briefing-error", "briefing-toggle"]) {
      document.addEventListener(name, (e) =>
        window.__events.push({ type: e.type, target: e.target.id || null, detail: e.detail })
      );
    }
  });
  return { page, context, problems };
}

/** The events of `type` that element `#target` dispatched so far (recorded by `openPage`). */
export const events = (page, type, target) =>
  page.evaluate(([type, target]) => window.__events.filter((e) => e.type === type && e.target === target), [type, target]);

/** Waits until element `#target` dispatched `count` events of `type`; returns them all. */
export async function waitForEvents(page, type, target, count) {
  await page.waitForFunction(
    ([type, target, count]) => window.__events.filter((e) => e.type === type && e.target === target).length >= count,
    [type, target, count]
  );
  return events(page, type, target);
}
