// Reader features: deep links, copy link, show/hide all, speaker focus, print, languages, and a
// 300-section briefing.
import { test } from "node:test";
import assert from "node:assert/strict";

import { CAN, openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

const ID = "dealing-with-north-korea-2013";

useHarness();

const src = (name = "north-korea-2013.json") => `${servers.widgetOrigin}/briefings/${name}`;

async function visit(path, body, { head = "", hash = "", lang = "en", options = {} } = {}) {
  const html = partnerPage({ widgetOrigin: servers.widgetOrigin, head, body }).replace('<html lang="en">', `<html lang="${lang}">`);
  const url = servers.page(path, html) + hash;
  const opened = await openPage(browser, options);
  await opened.page.goto(url);
  await opened.page.waitForFunction(() => window.__events.some((e) => e.type === "briefing-load"));
  return { ...opened, url };
}

const expanded = (page, id) => page.locator(`#w #bw-head-${id}`).getAttribute("aria-expanded");

test("a deep link opens its section and scrolls it into view, without a toggle event", async () => {
  const { page, context, url } = await visit(
    "/deep.html",
    `<div style="height: 2500px">Long article above the widget</div><briefing-widget id="w" src="${src()}"></briefing-widget>`,
    { hash: `#${ID}/resistance`, options: { viewport: { width: 1000, height: 700 } } }
  );
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-resistance")?.getAttribute("aria-expanded") === "true");
  const inView = async (id) => {
    const box = await page.locator(`#w [data-section="${id}"]`).boundingBox();
    return box.y >= -1 && box.y < 700;
  };
  await page.waitForFunction(() => {
    const r = document.querySelector("#w").shadowRoot.querySelector('[data-section="resistance"]').getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight;
  });
  assert.ok(await inView("resistance"));
  // Later, the page's own link changes the fragment: that section opens too.
  await page.evaluate((id) => (location.hash = `#${id}/cooperation`), ID);
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-cooperation").getAttribute("aria-expanded") === "true");
  assert.ok(await inView("cooperation"));
  // A fragment for another briefing is ignored.
  await page.evaluate(() => (location.hash = "#another-briefing/signs"));
  await page.waitForTimeout(200);
  assert.equal(await expanded(page, "signs"), "false");
  const toggles = await page.evaluate(() => window.__events.filter((e) => e.type === "briefing-toggle"));
  assert.deepEqual(toggles, [], "deep links are not reader toggles");
  assert.equal(page.url(), url.replace(`#${ID}/resistance`, "#another-briefing/signs"));
  await context.close();
});

test("each section header offers a link to copy; the page's URL stays as it is", async () => {
  const { page, context, url } = await visit("/copy.html", `<briefing-widget id="w" src="${src()}"></briefing-widget>`);
  // Firefox has no clipboard permissions to grant; the harness lets its pages read the clipboard.
  if (CAN.clipboardPermissions) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: servers.partnerOrigin });
  const copy = page.locator('#w [data-section="signs"] .copy-link');
  assert.match(await copy.getAttribute("aria-label"), /Copy link to section: Key Signs of Policy Change/);
  await copy.click();
  await page.locator("#w [role=status]", { hasText: "Link copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${url}#${ID}/signs`);
  assert.equal(page.url(), url);
  await context.close();
});

test("show all and hide all", async () => {
  const { page, context } = await visit("/all.html", `<briefing-widget id="w" src="${src()}"></briefing-widget>`);
  await page.locator("#w .controls button", { hasText: "Show all sections" }).click();
  assert.equal(await page.locator('#w .section-toggle[aria-expanded="true"]').count(), 4);
  assert.equal(await page.locator("#w .section-body:visible").count(), 4);
  const hide = page.locator("#w .controls button", { hasText: "Hide all sections" });
  await hide.click();
  assert.equal(await page.locator('#w .section-toggle[aria-expanded="true"]').count(), 0);
  assert.equal(await page.locator("#w .section-body:visible").count(), 0);
  assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.textContent), "Hide all sections", "focus stays on the button");
  await context.close();
});

test("speaker focus highlights that speaker's points and mentions, counts them, and clears", async () => {
  const { page, context } = await visit("/focus.html", `<briefing-widget id="w" open="all" src="${src()}"></briefing-widget>`);
  const jin = page.locator("#w .speaker-name", { hasText: "Jin Canrong" });
  assert.equal(await jin.getAttribute("aria-pressed"), "false");
  await jin.click();
  assert.equal(await jin.getAttribute("aria-pressed"), "true");
  const highlighted = await page.evaluate(() =>
    [...document.querySelector("#w").shadowRoot.querySelectorAll(".point.is-highlighted .point-label, .point.is-highlighted .point-text")].map((e) => e.textContent.slice(0, 20))
  );
  const expected = example.sections.flatMap((s) => s.points.filter((p) => p.speakers?.includes("jin")).flatMap((p) => [p.label, p.text].filter(Boolean).map((t) => t.slice(0, 20))));
  assert.deepEqual(highlighted, expected);
  assert.equal(await page.locator("#w .point.is-dimmed").count(), 7 - 4);
  const focusedMentions = await page.locator("#w .mention.is-focused").allTextContents();
  assert.ok(focusedMentions.length >= 5 && focusedMentions.every((t) => t === "Jin" || t === "Jin Canrong"), focusedMentions.join());
  assert.deepEqual(await page.locator("#w .section .count").allTextContents(), ["0 by Jin Canrong", "2 by Jin Canrong", "1 by Jin Canrong", "1 by Jin Canrong"]);
  assert.equal(await page.locator("#w [role=status]").textContent(), "Showing 4 points by Jin Canrong.");
  await page.locator("#w .focus-note button", { hasText: "Show everyone" }).click();
  assert.equal(await page.locator("#w .point.is-highlighted, #w .point.is-dimmed").count(), 0);
  assert.equal(await jin.getAttribute("aria-pressed"), "false");
  assert.equal(await page.locator("#w [role=status]").textContent(), "Showing every speaker's points.");
  await context.close();
});

test("by keyboard, after Show everyone the focus returns to the speaker who was in focus, not to the page", async () => {
  const { page, context } = await visit("/focus-keys.html", `<briefing-widget id="w" src="${src()}"></briefing-widget>`);
  // What has keyboard focus: a control inside the widget, or the page's element.
  const active = () =>
    page.evaluate(() => {
      const outer = document.activeElement;
      return outer?.id === "w" ? outer.shadowRoot.activeElement?.textContent.trim() : `page: ${outer?.tagName}`;
    });
  const jin = page.locator("#w .speaker-name", { hasText: "Jin Canrong" });
  await jin.focus();
  await page.keyboard.press("Enter");
  assert.equal(await jin.getAttribute("aria-pressed"), "true");
  for (let tabs = 0; tabs < 60 && (await active()) !== "Show everyone"; tabs++) await page.keyboard.press("Tab");
  assert.equal(await active(), "Show everyone", "Tab reaches the Show everyone button");
  await page.keyboard.press("Enter");
  await page.locator("#w .focus-note").waitFor({ state: "detached" });
  assert.equal(await jin.getAttribute("aria-pressed"), "false");
  assert.equal(await active(), "Jin Canrong", "focus lands on the speaker whose focus was cleared");
  await context.close();
});

test("print shows every section, no controls or tooltips, and who is who at first mention", async () => {
  const { page, context } = await visit("/print.html", `<briefing-widget id="w" src="${src()}"></briefing-widget>`);
  await page.locator("#w .summary .mention").first().hover();
  await page.locator("#w [role=tooltip]:not([hidden])").waitFor();
  assert.equal(await page.locator("#w .point").count(), 2, "only the open section's points before printing");
  // Print media can be emulated in Chromium only (see CAN in support/browser.mjs); in Firefox the
  // print command's beforeprint, below, is what is tested.
  if (CAN.emulateMediaLive) {
    await page.emulateMedia({ media: "print" });
    // Closed sections render their points for print.
    await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelectorAll(".point").length === 7);
    const look = await page.evaluate(() => {
      const root = document.querySelector("#w").shadowRoot;
      const shown = (e) => e.checkVisibility();
      return {
        bodies: [...root.querySelectorAll(".section-body")].map(shown),
        points: [...root.querySelectorAll(".point-text")].filter(shown).length,
        tooltips: [...root.querySelectorAll("[role=tooltip]")].some(shown),
        controls: [...root.querySelectorAll(".controls, .copy-link")].some(shown),
        notes: [...root.querySelectorAll(".print-only")].filter(shown).map((e) => e.textContent),
        firstMentionNote: root.querySelector(".summary .mention").nextElementSibling?.textContent,
        pointBreak: getComputedStyle(root.querySelector(".point")).breakInside,
      };
    });
    assert.deepEqual(look.bodies, [true, true, true, true]);
    assert.equal(look.points, 7);
    assert.equal(look.tooltips, false);
    assert.equal(look.controls, false);
    assert.equal(look.notes.length, 6, "one note per speaker");
    assert.equal(look.firstMentionNote, " (Maureen and Mike Mansfield Foundation, panelist)");
    assert.equal(look.pointBreak, "avoid");
    await page.emulateMedia({ media: "screen" });
    assert.equal(await page.locator("#w .print-only:visible").count(), 0);
    await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelectorAll(".point").length === 2);
  }
  // The browser's own print command (beforeprint) shows them too.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelectorAll(".point").length === 7);
  await context.close();
});

test("Chinese: the widget's words, the date, and mentions found in text without spaces", async () => {
  const { page, context } = await visit("/zh.html", `<briefing-widget id="w" lang="zh-Hans" src="${src("china-korea-2013-zh.json")}"></briefing-widget>`);
  assert.deepEqual(await page.locator("#w .controls button").allTextContents(), ["展开全部章节", "收起全部章节"]);
  assert.equal(await page.locator("#w time").textContent(), "2013年4月29日");
  assert.equal(await page.locator("#w .frame").getAttribute("lang"), "zh-Hans");
  assert.equal(await page.locator("#w article").getAttribute("lang"), "zh-Hans");
  const mentions = await page.locator("#w .summary .mention").allTextContents();
  assert.deepEqual(mentions, ["朱锋", "金灿荣", "韩磊", "戴杰"]);
  assert.equal(await page.locator("#w .section .count").first().textContent(), "2 个观点");
  await context.close();
});

test("Arabic: translated words with plural forms, right-to-left briefing, by attribute or by the page's language", async () => {
  const { page, context } = await visit(
    "/ar.html",
    `<briefing-widget id="w" src="${src("water-security-ar.json")}"></briefing-widget>`,
    { lang: "ar" }
  );
  assert.deepEqual(await page.locator("#w .controls button").allTextContents(), ["عرض جميع الأقسام", "إخفاء جميع الأقسام"]);
  assert.equal(await page.locator("#w article").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("#w .frame").getAttribute("dir"), "rtl");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("#w").shadowRoot.querySelector(".title")).direction), "rtl");
  assert.deepEqual(await page.locator("#w .section .count").allTextContents(), ["نقطتان", "نقطة واحدة"]);
  assert.deepEqual(await page.locator("#w .summary .mention").allTextContents(), ["ليلى حداد", "سامي منصور", "الخطيب"]);
  // "ونور الخطيب" joins the conjunction to the first name: only the alias is a whole word there.
  // The section's accent bar sits on the start side, which is the right in RTL.
  const bar = await page.evaluate(() => getComputedStyle(document.querySelector("#w").shadowRoot.querySelector(".section")).borderRightWidth);
  assert.equal(bar, "4px");
  await context.close();
});

test("an English page keeps English words; the lang attribute wins over the page", async () => {
  const { page, context } = await visit(
    "/mixed.html",
    `<briefing-widget id="w" lang="en" src="${src("water-security-ar.json")}"></briefing-widget>`,
    { lang: "ar" }
  );
  assert.equal(await page.locator("#w .controls button").first().textContent(), "Show all sections");
  assert.equal(await page.locator("#w .frame").getAttribute("dir"), "ltr");
  assert.equal(await page.locator("#w article").getAttribute("dir"), "rtl");
  await context.close();
});

function largeBriefing(sections, points) {
  const speakers = example.speakers;
  return {
    ...example,
    id: "large",
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `section-${s}`,
      title: `Section ${s + 1}: ${example.sections[s % 4].title}`,
      theme: example.sections[s % 4].theme,
      open: s === 0,
      points: Array.from({ length: points }, (_, p) => {
        const speaker = speakers[(s + p) % speakers.length];
        return {
          label: `Point ${p + 1}`,
          text: `${speaker.aliases[0]} said that point ${p + 1} of section ${s + 1} matters, and ${speakers[(s + p + 1) % speakers.length].name} agreed with ${speaker.name}.`,
          speakers: [speaker.id],
        };
      }),
    })),
  };
}

// The longest task the page may see while the 300-section briefing loads or "Show all" fills it.
// Measured on 2 busy cores (release build, 7 runs): load 79–108 ms, show all 61–219 ms; with the
// fill unsliced (all 6,000 points in one task), show all took 470–677 ms in 4 runs.
const LONGEST_TASK_MS = 350;

test("a briefing of 300 sections of 20 points renders every section, and a closed section's points when opened, in short tasks", async (t) => {
  const url = servers.briefing("/large-300.json", largeBriefing(300, 20));
  const { page, context } = await visit("/large.html", `<briefing-widget id="w" src="${url}"></briefing-widget>`, {
    head: "",
    options: {},
  });
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelectorAll(".section").length === 300, null, { timeout: 30000 });
  // Long tasks are reported by Chromium only (the Long Tasks API): elsewhere the bound is not checked.
  const observed = await page.evaluate(() => PerformanceObserver.supportedEntryTypes?.includes("longtask") ?? false);
  if (!observed) t.diagnostic("this browser does not report long tasks: the task bound is not checked");
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  t.diagnostic(`long tasks during load and render: ${tasks.length}, longest ${Math.max(0, ...tasks).toFixed(0)} ms: ${tasks.map((d) => d.toFixed(0)).join(", ")}`);
  if (observed) assert.ok(Math.max(0, ...tasks) < LONGEST_TASK_MS, `a load task of ${Math.max(...tasks).toFixed(0)} ms`);
  // Only the first section starts open: the other 299 hold no points until a reader opens them.
  assert.equal(await page.locator("#w .point").count(), 20);
  await page.locator("#w .section-toggle", { hasText: "Section 300:" }).click();
  assert.deepEqual(await page.locator('#w [data-section="section-299"] .point-label').allTextContents(), Array.from({ length: 20 }, (_, p) => `Point ${p + 1}`));
  // Show all: every section opens at once; their 6,000 points follow a few hundred per task.
  await page.evaluate(() => (window.__longTasks = []));
  await page.locator("#w .controls button", { hasText: "Show all sections" }).click();
  assert.equal(await page.locator('#w .section-toggle[aria-expanded="false"]').count(), 0);
  await page.waitForFunction(() => document.querySelector("#w").shadowRoot.querySelectorAll(".point").length === 6000, null, { timeout: 30000 });
  const points = await page.evaluate(() =>
    Array.from(document.querySelector("#w").shadowRoot.querySelectorAll(".section"), (s) => s.querySelectorAll(".point").length)
  );
  assert.deepEqual(points, Array(300).fill(20), "every section holds its own 20 points");
  const showTasks = await page.evaluate(() => window.__longTasks);
  t.diagnostic(`long tasks during show all: ${showTasks.length}, longest ${Math.max(0, ...showTasks).toFixed(0)} ms`);
  if (observed) assert.ok(Math.max(0, ...showTasks) < LONGEST_TASK_MS, `a show-all task of ${Math.max(...showTasks).toFixed(0)} ms`);
  await page.locator("#w .controls button", { hasText: "Hide all sections" }).click();
  assert.equal(await page.locator("#w .point").count(), 0);
  await context.close();
});
