// A real WordPress (Debian's packages, support/wordpress.mjs): an Author, who may not post
// scripts, pastes a published briefing's URL on its own line, and readers get the briefing in
// WordPress's sandboxed iframe, sized to its content, with sections that toggle. The same Author's
// <script> and <briefing-widget> are taken out: the test says what WordPress does with them, so
// that the docs say the truth. Chromium only: what is tested is WordPress's output.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { readFile } from "node:fs/promises";

import { ENGINE, launch, openPage } from "./support/browser.mjs";
import { fixture, serveSite } from "./support/published.mjs";
import { startWordPress, wordpressInstalled } from "./support/wordpress.mjs";

// Its header and closed sections fit WordPress's 1000 px at the column's width; the example's do not.
const ID = "china-korea-policy-2013-zh";
const LONG = "dealing-with-north-korea-2013";
const skip = ENGINE !== "chromium" ? "WordPress's output is the same for every engine: run with Chromium" : !(await wordpressInstalled()) && "WordPress is not installed: run scripts/setup test";

let site;
let wp;
let browser;
let example;

before(async () => {
  if (skip) return;
  site = await serveSite();
  await site.publish([fixture("china-korea-2013-zh.json"), fixture("north-korea-2013.json")]);
  wp = await startWordPress();
  browser = await launch();
  example = JSON.parse(await readFile(fixture("china-korea-2013-zh.json"), "utf8"));
});
after(async () => {
  await browser?.close();
  await wp?.stop();
  await site?.close();
});

test("an Author pastes the briefing's URL on its own line: a sandboxed iframe, sized to its content, whose sections toggle", { skip }, async () => {
  const pageUrl = `${site.origin}/${ID}/`;
  const post = await wp.publishAsAuthor("Our briefing", `We held a panel.\n\n${pageUrl}\n\nMore after the embed.`);
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  await page.goto(post.url);
  const iframe = page.locator("iframe.wp-embedded-content");
  await iframe.waitFor({ timeout: 30000 });
  assert.equal(await iframe.getAttribute("sandbox"), "allow-scripts", "WordPress sandboxes it");
  assert.equal(await iframe.getAttribute("security"), "restricted");
  const src = await iframe.getAttribute("src");
  assert.ok(src.startsWith(`${site.origin}/${ID}/embed.html#?secret=`), src);
  const frame = page.frameLocator("iframe.wp-embedded-content");
  await frame.locator("button.section-toggle").first().waitFor({ timeout: 30000 });

  /** Waits until the iframe's height stops changing, then compares it with its document's. */
  const settled = async (what) => {
    let last = -1;
    for (let i = 0; i < 60; i++) {
      const now = await iframe.evaluate((f) => f.getBoundingClientRect().height);
      if (now === last) break;
      last = now;
      await page.waitForTimeout(250);
    }
    const inner = await frame.locator("html").evaluate((html) => ({ height: html.getBoundingClientRect().height, scroll: html.scrollHeight, client: html.clientHeight }));
    const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
    // WordPress's clamp: 200–1000 px.
    const expected = Math.min(1000, Math.max(200, Math.ceil(inner.height)));
    assert.ok(Math.abs(outer - expected) <= 3, `${what}: iframe ${outer} px for a document of ${inner.height} px`);
    if (inner.height <= 1000) assert.ok(inner.scroll <= inner.client + 1, `${what}: no inner scrollbar (${inner.scroll} in ${inner.client})`);
    return outer;
  };
  const closed = await settled("sections closed");
  assert.ok(closed < 1000, `${closed} px, within the clamp`);
  // The blockquote fallback is hidden once the iframe reported.
  assert.equal(await page.locator("blockquote.wp-embedded-content").isVisible(), false);
  const toggle = frame.locator("button.section-toggle").first();
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.ok(await frame.getByText(example.sections[0].points[0].text).isVisible());
  const opened = await settled("a section opened");
  assert.ok(opened > closed + 40, `the iframe grew: ${closed} → ${opened}`);
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  const closedAgain = await settled("closed again");
  assert.ok(Math.abs(closedAgain - closed) <= 3, `${closed} → ${closedAgain}`);

  await toggle.click();
  await settled("open for the screenshot");
  const shots = process.env.SHOTS;
  if (shots) {
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: join(shots, "wordpress-author-post.png"), fullPage: true });
  }
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("past WordPress's 1000 px the iframe stops growing and the briefing scrolls inside it", { skip }, async () => {
  const post = await wp.publishAsAuthor("A long briefing", `${site.origin}/${LONG}/`);
  const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  await page.goto(post.url);
  const iframe = page.locator("iframe.wp-embedded-content");
  const frame = page.frameLocator("iframe.wp-embedded-content");
  await frame.locator("button.section-toggle").first().waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelector("iframe.wp-embedded-content").getAttribute("height") === "1000", null, { timeout: 15000 });
  const inner = await frame.locator("html").evaluate((html) => ({ height: html.getBoundingClientRect().height, scroll: html.scrollHeight, client: html.clientHeight }));
  assert.ok(inner.height > 1000, `the document is ${inner.height} px`);
  assert.ok(inner.scroll > inner.client, "the briefing scrolls inside the iframe");
  // The sections and the link to the whole page are there, further down.
  const link = frame.locator("a[data-briefing-page]");
  await link.scrollIntoViewIfNeeded();
  assert.ok(await link.isVisible());
  assert.equal(Math.round(await iframe.evaluate((f) => f.getBoundingClientRect().height)), 1000);
  if (process.env.SHOTS) await page.screenshot({ path: join(process.env.SHOTS, "wordpress-long-briefing.png"), fullPage: true });
  await context.close();
});

test("the same Author's <script> and <briefing-widget> are taken out by WordPress (kses): the tags go, their text and the fallback link stay", { skip }, async () => {
  const snippet = `<p>Before.</p>\n<script src="${site.origin}/widget/x/briefing-widget.js"></script>\n<script>document.title = "ran";</script>\n<briefing-widget src="${site.origin}/${ID}/briefing.json"><a href="${site.origin}/${ID}/">Read the briefing</a></briefing-widget>\n<p>After.</p>`;
  const post = await wp.publishAsAuthor("Pasted snippet", snippet);
  const stored = await wp.storedContent(post.id);
  assert.ok(!/<script/i.test(stored), stored);
  assert.ok(!/<briefing-widget/i.test(stored), stored);
  assert.ok(stored.includes(`<a href="${site.origin}/${ID}/">Read the briefing</a>`), stored);
  // The inline script's text is left in the post as text.
  assert.ok(stored.includes('document.title = "ran";'), stored);
  const { page, context } = await openPage(browser);
  await page.goto(post.url);
  assert.equal(await page.locator("briefing-widget").count(), 0);
  assert.notEqual(await page.title(), "ran");
  assert.ok(await page.getByRole("link", { name: "Read the briefing" }).isVisible());
  await context.close();
});

