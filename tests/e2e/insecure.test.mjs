// A partner page that is not a secure context (plain http on a real host name): the clipboard
// API does not exist there, and the widget must say so instead of throwing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

import { CHROMIUM_ARGS, openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers } from "./support/harness.mjs";

useHarness();

let insecure;
before(async () => {
  // partner.test is 127.0.0.1 to this browser, but not a potentially trustworthy origin.
  insecure = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--host-resolver-rules=MAP partner.test 127.0.0.1"],
  });
});
after(() => insecure?.close());

test("Copy link on a page that is not a secure context says the link could not be copied, and throws nothing", async () => {
  const src = `${servers.widgetOrigin}/briefings/north-korea-2013.json`;
  const html = partnerPage({ widgetOrigin: servers.widgetOrigin, body: `<briefing-widget id="w" src="${src}"></briefing-widget>` });
  const url = servers.page("/insecure.html", html).replace("//localhost:", "//partner.test:");
  assert.match(url, /^http:\/\/partner\.test:\d+\/insecure\.html$/);
  const { page, problems, context } = await openPage(insecure);
  await page.goto(url);
  await page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
  assert.deepEqual(await page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard]), [false, "undefined"]);
  await page.locator('#w [data-section="signs"] .copy-link').click();
  await page.locator("#w [role=status]", { hasText: "The link could not be copied" }).waitFor({ timeout: 5000 });
  assert.deepEqual(problems.errors, [], "nothing thrown");
  assert.equal(page.url(), url, "the page's URL stays as it is");
  await context.close();
});
