// Debian's Chromium, driven by playwright-core: never a downloaded browser.
import { chromium } from "playwright-core";

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

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A new page that records what went wrong on it: uncaught errors, console errors, and CSP
 * violations (recorded by an init script, which the page's own CSP does not govern).
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { errors: [], console: [] };
  page.on("pageerror", (error) => problems.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") problems.console.push(message.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
    );
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

/** The HTML of a partner page that embeds the widget. */
export function partnerPage({ widgetOrigin, head = "", body, scripts = 1, scriptType = "async" }) {
  const attribute = scriptType === "module" ? 'type="module"' : scriptType;
  const tag = `<script ${attribute} src="${widgetOrigin}/briefing-widget.js"></script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner page</title>${head}</head>
<body>${tag.repeat(scripts)}
${body}
</body></html>`;
}
