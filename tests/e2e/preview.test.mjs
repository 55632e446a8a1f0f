// The author preview (the page `trunk serve` shows): ?src=URL, a picked file, a dropped file,
// validation errors in place, and the JSON Schema it serves.
import { test } from "node:test";
import assert from "node:assert/strict";

import { openPage } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

useHarness();

const title = (page) => page.locator("#preview .title").textContent();

test("?src= previews another briefing, and its validation errors show in place", async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${servers.widgetOrigin}/index.html?src=/briefings/invalid/unknown-speaker.json`);
  const alert = page.locator("#preview [role=alert]");
  await alert.waitFor();
  assert.match(await alert.textContent(), /sections\[1\]\.points\[0\]\.speakers\[2\]: unknown speaker "zhou"/);
  assert.equal(await page.locator("#author-src").inputValue(), "/briefings/invalid/unknown-speaker.json");
  await page.locator("#author-src").fill(`${servers.widgetOrigin}/briefings/china-korea-2013-zh.json`);
  await page.locator("#author button[type=submit]").click();
  await page.locator("#preview .title", { hasText: "应对朝鲜日益升级的挑衅" }).waitFor();
  assert.match(page.url(), /\?src=http/);
  await context.close();
});

test("a picked local file is previewed, invalid ones with their errors", async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${servers.widgetOrigin}/index.html`);
  await page.locator("#preview .title").waitFor();
  const file = (doc, name) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  await page.locator("#author-file").setInputFiles(file({ ...example, title: "My Draft Briefing" }, "draft.json"));
  await page.locator("#preview .title", { hasText: "My Draft Briefing" }).waitFor();
  assert.equal(await page.locator("#author-status").textContent(), "Showing your file draft.json.");
  await page.locator("#author-file").setInputFiles(file({ ...example, date: "2013-02-30" }, "bad.json"));
  await page.locator("#preview [role=alert]").waitFor();
  assert.match(await page.locator("#preview [role=alert]").textContent(), /date: "2013-02-30" is not a real calendar date/);
  await context.close();
});

test("a file dropped on the page is previewed", async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${servers.widgetOrigin}/index.html`);
  await page.locator("#preview .title").waitFor();
  const json = JSON.stringify({ ...example, title: "Dropped Briefing" });
  await page.evaluate((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], "dropped.json", { type: "application/json" }));
    document.querySelector("main").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, json);
  await page.locator("#preview .title", { hasText: "Dropped Briefing" }).waitFor();
  assert.equal(await title(page), "Dropped Briefing");
  await context.close();
});

test("the preview serves the JSON Schema of the format", async () => {
  const response = await fetch(`${servers.widgetOrigin}/schema/briefing-v1.schema.json`);
  assert.equal(response.status, 200);
  const schema = await response.json();
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.ok(schema.required.includes("sections"));
});

test("the preview shows the widget's words in the briefing's language, and warns about unknown fields", async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${servers.widgetOrigin}/index.html?src=/briefings/china-korea-2013-zh.json`);
  // Readers of a Chinese briefing get the widget's Chinese words: the author sees what they see.
  await page.locator("#preview button.control", { hasText: "展开全部章节" }).waitFor();
  assert.equal(await page.locator("#author-warnings").isHidden(), true);
  const file = (doc, name) => ({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  const misspelt = { ...example, sections: example.sections.map((s, i) => (i === 1 ? { ...s, moderator: "flake" } : s)) };
  await page.locator("#author-file").setInputFiles(file(misspelt, "misspelt.json"));
  const warning = page.locator("#author-warnings li");
  await warning.waitFor();
  assert.deepEqual(await warning.allTextContents(), [
    'warning: sections[1].moderator: unknown field, ignored (did you mean "chair"?)',
  ]);
  // English briefing, English words; the briefing still renders: a warning is not an error.
  await page.locator("#preview button.control", { hasText: "Show all sections" }).waitFor();
  assert.equal(await page.locator("#preview [role=alert]").count(), 0);
  await context.close();
});
