// Speaker tooltips on a partner's page: what counts as a tap elsewhere, and placement that
// follows its anchor when the window changes size.
import { test } from "node:test";
import assert from "node:assert/strict";

import { openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers, browser } from "./support/harness.mjs";

useHarness();


async function visit(path, body, options = {}) {
  const html = partnerPage({ widgetOrigin: servers.widgetOrigin, body });
  const opened = await openPage(browser, options);
  await opened.page.goto(servers.page(path, html));
  await opened.page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
  return opened;
}

/** The speaker tooltips that show. */
const shown = (page) => page.locator("#w .tooltip:not([hidden])").count();

/** A touch that starts on `selector` (in the page, or in the widget's shadow root with `>>>`). */
function touchDown(page, selector) {
  return page.evaluate((selector) => {
    const [outer, inner] = selector.split(" >>> ");
    const target = inner ? document.querySelector(outer).shadowRoot.querySelector(inner) : document.querySelector(outer);
    target.dispatchEvent(new PointerEvent("pointerdown", { pointerType: "touch", bubbles: true, composed: true }));
  }, selector);
}

test("a tap on the partner's own .tooltip element (Bootstrap's class) is a tap elsewhere: the speaker tooltip closes", async () => {
  const body = `<div class="tooltip" id="partner-tip">A partner's tooltip</div><p id="elsewhere">Text</p>
    <briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"></briefing-widget>`;
  const { page, context } = await visit("/bootstrap-tip.html", body);
  // Focus holds the tooltip open: only a tap elsewhere (or Escape) closes it now.
  const open = async () => {
    await page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.blur());
    await page.locator("#w .summary .mention").first().focus();
    await page.locator("#w .tooltip:not([hidden])").waitFor();
  };
  await open();
  await touchDown(page, "#w >>> .tooltip:not([hidden])");
  await page.waitForTimeout(300);
  assert.equal(await shown(page), 1, "a tap on the speaker tooltip itself keeps it");
  await touchDown(page, "#partner-tip");
  await page.waitForTimeout(300);
  assert.equal(await shown(page), 0, "a tap on the partner's .tooltip closes it");
  await open();
  await touchDown(page, "#elsewhere");
  await page.waitForTimeout(300);
  assert.equal(await shown(page), 0, "a tap on the page closes it");
  await context.close();
});

test("an open tooltip follows its anchor when the window is resized", async () => {
  const { page, context } = await visit("/resize-tip.html", `<briefing-widget id="w" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"></briefing-widget>`, {
    viewport: { width: 1200, height: 800 },
  });
  const mention = page.locator("#w .summary .mention").last();
  await mention.focus();
  await page.locator("#w .tooltip:not([hidden])").waitFor();
  const placement = () =>
    page.evaluate(() => {
      const root = document.querySelector("#w").shadowRoot;
      const a = root.activeElement.getBoundingClientRect();
      const t = root.querySelector(".tooltip:not([hidden])").getBoundingClientRect();
      return { below: t.top - a.bottom, above: a.top - t.bottom, left: t.left, right: t.right, width: document.documentElement.clientWidth, anchorTop: a.top };
    });
  const before = await placement();
  assert.ok(Math.abs(before.below - 8) <= 1 || Math.abs(before.above - 8) <= 1, JSON.stringify(before));
  await page.setViewportSize({ width: 400, height: 800 });
  await page.waitForTimeout(300);
  const after = await placement();
  assert.notEqual(Math.round(after.anchorTop), Math.round(before.anchorTop), "the reflow moved the anchor");
  assert.ok(Math.abs(after.below - 8) <= 1 || Math.abs(after.above - 8) <= 1, `8px beside its anchor: ${JSON.stringify(after)}`);
  assert.ok(after.left >= 7 && after.right <= after.width - 7, `inside the viewport: ${JSON.stringify(after)}`);
  await context.close();
});
