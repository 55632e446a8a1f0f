// Accessibility: axe-core (WCAG 2.2 A and AA) on the preview and the partner page, light and
// dark; keyboard-only use; touch; reflow; forced colours; reduced motion.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

import { CAN, openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

useHarness();

const src = (name = "north-korea-2013.json") => `${servers.widgetOrigin}/briefings/${name}`;

async function rendered(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("briefing-widget")].every((w) => w.shadowRoot?.querySelector(".title"))
  );
}

/** Every WCAG 2.2 A/AA violation axe finds on the page, as "rule: targets" lines. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
}

for (const path of ["/index.html", "/demo/partner.html"]) {
  for (const colorScheme of ["light", "dark"]) {
    test(`axe finds no WCAG 2.2 A/AA violation on ${path} (${colorScheme}, all open, tooltip showing)`, async () => {
      const { page, context } = await openPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
      await page.goto(servers.widgetOrigin + path);
      await rendered(page);
      for (const show of await page.locator("briefing-widget .controls button:first-of-type").all()) await show.click();
      const mention = page.locator("briefing-widget .summary .mention").first();
      await mention.hover();
      await page.locator("briefing-widget [role=tooltip]:not([hidden])").first().waitFor();
      assert.deepEqual(await violations(page), []);
      await context.close();
    });
  }
}

test("keyboard only: Tab reaches every control, header and mention in order; keys work; focus is never lost", async () => {
  const url = servers.page(
    "/keyboard.html",
    partnerPage({
      widgetOrigin: servers.widgetOrigin,
      body: `<a id="before" href="#">Before</a><briefing-widget id="w" open="all" src="${src()}"></briefing-widget><a id="after" href="#">After</a>`,
    })
  );
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await rendered(page);
  const expected = await page.evaluate(() =>
    [...document.querySelector("#w").shadowRoot.querySelectorAll("a[href], button, [tabindex='0']")]
      .filter((e) => e.checkVisibility())
      .map((e) => e.id || e.getAttribute("aria-label") || e.textContent.trim().slice(0, 40))
  );
  await page.locator("#before").focus();
  const reached = [];
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      if (active.id === "after") return { done: true };
      const inner = active.shadowRoot?.activeElement;
      return { host: active.id, inner: inner ? inner.id || inner.getAttribute("aria-label") || inner.textContent.trim().slice(0, 40) : null };
    });
    if (where.done) break;
    assert.equal(where.host, "w", `focus stays in the widget (step ${step})`);
    assert.ok(where.inner, `focus is on an element inside the shadow root (step ${step})`);
    reached.push(where.inner);
  }
  assert.deepEqual(reached, expected);
  const headers = await page.locator("#w .section-toggle").evaluateAll((b) => b.map((e) => e.id));
  const mentions = await page.locator("#w .mention").count();
  assert.ok(headers.every((h) => reached.includes(h)), "every section header");
  assert.ok(reached.length >= headers.length + mentions, "every mention and chip too");

  // Enter and Space toggle; arrows, Home and End move between headers.
  const header = page.locator("#w #bw-head-signs");
  await header.focus();
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-expanded"), "false");
  await page.keyboard.press("Space");
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  const activeId = () => page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement.id);
  await page.keyboard.press("ArrowDown");
  assert.equal(await activeId(), "bw-head-resistance");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  assert.equal(await activeId(), "bw-head-drivers");
  await page.keyboard.press("End");
  assert.equal(await activeId(), "bw-head-cooperation");
  await page.keyboard.press("Home");
  assert.equal(await activeId(), "bw-head-drivers");

  // A mention's tooltip shows on focus and hides on Escape, focus staying put.
  const mention = page.locator("#w .summary .mention").first();
  await mention.focus();
  const tooltip = page.locator("#w #bw-tip-flake");
  await tooltip.waitFor({ state: "visible" });
  await page.keyboard.press("Escape");
  await tooltip.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement.textContent), "L. Gordon Flake");
  await context.close();
});

// Mentions and chips are buttons: a focusable <span> is a generic element, which gets no name
// from its content (WebKit named it by its tooltip run into its text; see tests/webkit).
test("a mention and a chip are buttons named by the speaker, described by the tooltip; pressing one changes nothing else", async () => {
  const url = servers.page(
    "/mention-buttons.html",
    partnerPage({
      widgetOrigin: servers.widgetOrigin,
      body: `<form id="f" action="/submitted"><briefing-widget id="w" open="all" src="${src()}"></briefing-widget></form>`,
    })
  );
  const { page, context } = await openPage(browser);
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(url);
  await rendered(page);
  await page.evaluate(() => {
    window.__submits = 0;
    window.__toggles = 0;
    document.querySelector("#f").addEventListener("submit", (e) => { window.__submits++; e.preventDefault(); });
    document.addEventListener("briefing-toggle", () => window.__toggles++);
  });
  // Roles and names as Playwright computes them (the ARIA and accname rules, in every engine:
  // playwright's Firefox over WebDriver BiDi has no accessibility-tree API to ask the engine).
  const flake = { name: "L. Gordon Flake", exact: true };
  const mention = page.locator("#w .summary").getByRole("button", flake);
  const chip = page.locator("#w #bw-panel-drivers .chips").getByRole("button", flake);
  assert.equal(await mention.count(), 1, "the summary's mention of L. Gordon Flake is a button of that name");
  assert.equal(await chip.count(), 1, "his chip beside the first point is a button of that name");
  for (const button of [mention, chip]) {
    assert.equal(await button.getAttribute("type"), "button", "it submits no form");
    assert.equal(await button.getAttribute("aria-describedby"), "bw-tip-flake");
  }
  if (CAN.cdp) {
    // Chromium's own accessibility tree (the Chrome DevTools Protocol; Chromium only).
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    // What his tooltip describes (his mentions, by his name or his alias, and his chips), each
    // with its role and name.
    const described = nodes
      .filter((n) => !n.ignored && /Maureen and Mike Mansfield Foundation/.test(n.description?.value ?? ""))
      .map((n) => `${n.role?.value} ${n.name?.value}`);
    assert.ok(described.length >= 2, `his mention and chips: ${described}`);
    assert.deepEqual(new Set(described), new Set(["button L. Gordon Flake", "button Flake"]));
  }
  // Click, Enter and Space on a mention and a chip: the tooltip shows, and nothing else happens
  // (no section toggles, no form is submitted, nothing throws, focus stays).
  const expanded = () => page.locator("#w .section-toggle").evaluateAll((b) => b.map((e) => e.getAttribute("aria-expanded")));
  const before = await expanded();
  const tooltip = page.locator("#w #bw-tip-flake");
  for (const button of [mention, chip]) {
    await button.click();
    await button.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Space");
    await tooltip.waitFor({ state: "visible" });
    assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.activeElement?.textContent), "L. Gordon Flake");
  }
  assert.deepEqual(await expanded(), before, "no section toggled");
  assert.deepEqual(await page.evaluate(() => [window.__submits, window.__toggles]), [0, 0]);
  assert.equal(new URL(page.url()).pathname, "/mention-buttons.html", "still on the page");
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("touch: a tap opens a tooltip inside the viewport, a second tap or a tap elsewhere closes it", { skip: !CAN.touch && "playwright-core's tap() dispatches no event in Firefox over WebDriver BiDi" }, async () => {
  const url = servers.page("/touch.html", partnerPage({ widgetOrigin: servers.widgetOrigin, body: `<p id="elsewhere" style="padding: 40px">Elsewhere</p><briefing-widget id="w" src="${src()}"></briefing-widget>` }));
  const { page, context } = await openPage(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  await page.goto(url);
  await rendered(page);
  const chip = page.locator("#w #bw-panel-drivers .chip").last();
  const tooltip = page.locator("#w [role=tooltip]:not([hidden])");
  await chip.tap();
  await tooltip.waitFor();
  const box = await tooltip.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `inside the viewport: ${JSON.stringify(box)}`);
  await chip.tap();
  await tooltip.waitFor({ state: "detached" });
  await chip.tap();
  await tooltip.waitFor();
  await page.locator("#elsewhere").tap();
  await tooltip.waitFor({ state: "detached" });
  await context.close();
});

test("sections are labelled regions when there are at most six, and plain panels beyond", async () => {
  const many = { ...example, id: "many", sections: Array.from({ length: 7 }, (_, i) => ({ ...example.sections[i % 4], id: `s${i}` })) };
  const url = servers.page(
    "/regions.html",
    partnerPage({
      widgetOrigin: servers.widgetOrigin,
      body: `<briefing-widget id="few" src="${src()}"></briefing-widget><briefing-widget id="many" src="${servers.briefing("/many.json", many)}"></briefing-widget>`,
    })
  );
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await rendered(page);
  const regions = await page.locator("#few [role=region]").evaluateAll((r) => r.map((e) => e.getAttribute("aria-labelledby")));
  assert.deepEqual(regions, example.sections.map((s) => `bw-head-${s.id}`));
  assert.equal(await page.locator("#many [role=region]").count(), 0);
  // The heading holds the button alone.
  const alone = await page.locator("#few .section-heading").evaluateAll((hs) => hs.every((h) => h.children.length === 1 && h.firstElementChild.tagName === "BUTTON"));
  assert.ok(alone);
  await context.close();
});

for (const width of [320, 640]) {
  test(`reflows without horizontal scrolling at ${width} CSS px (${width === 640 ? "1280 px at 200 % zoom" : "WCAG 1.4.10"})`, async () => {
    const { page, context } = await openPage(browser, { viewport: { width, height: 800 }, deviceScaleFactor: width === 640 ? 2 : 1 });
    await page.goto(`${servers.widgetOrigin}/index.html`);
    await rendered(page);
    await page.locator("briefing-widget .controls button").first().click();
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${overflow}px of horizontal overflow`);
    await context.close();
  });
}

test("at 320 CSS px, Chinese and Arabic text wraps inside the widget, mentions included", async () => {
  // Text without spaces (Chinese) breaks between characters; a mention must not glue the rest of
  // its sentence to itself (it did: the words touching a mention were kept on its line).
  const { page, context } = await openPage(browser, { viewport: { width: 320, height: 800 } });
  await page.goto(`${servers.widgetOrigin}/demo/languages.html`);
  await rendered(page);
  for (const id of ["zh", "ar"]) await page.locator(`#${id} .controls button`).first().click();
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll("briefing-widget")].flatMap((widget) => {
      const article = widget.shadowRoot.querySelector("article");
      const box = article.getBoundingClientRect();
      return [...article.querySelectorAll("p, li, .mention-group")]
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
        })
        .map((e) => `${widget.id}: ${e.textContent.slice(0, 40)}`);
    })
  );
  assert.deepEqual(overflowing, [], "text that runs out of the widget");
  await context.close();
});

test("forced colours keep every control visible; reduced motion stops animation", async () => {
  // Set when the page opens: Firefox takes them as launch preferences only (support/browser.mjs).
  const { page, context } = await openPage(browser, { forcedColors: "active", reducedMotion: "reduce" });
  await page.goto(`${servers.widgetOrigin}/index.html`);
  await rendered(page);
  const look = await page.evaluate(() => {
    const root = document.querySelector("briefing-widget").shadowRoot;
    const edge = (selector) => {
      const s = getComputedStyle(root.querySelector(selector));
      return Math.max(...["Top", "Right", "Bottom", "Left"].map((side) => parseFloat(s[`border${side}Width`])));
    };
    return {
      toggle: edge(".section-toggle"),
      control: edge(".control"),
      chip: edge(".chip"),
      copy: edge(".copy-link"),
      speaker: edge(".speaker-name"),
      chevron: getComputedStyle(root.querySelector(".chevron")).transitionDuration,
    };
  });
  for (const control of ["toggle", "control", "chip", "copy", "speaker"]) assert.ok(look[control] >= 1, `${control} has an edge`);
  assert.equal(look.chevron, "0s");
  await context.close();
});

test("lang and dir on the rendered root; the speakers list is a list; the date is a <time>", async () => {
  const { page, context } = await openPage(browser);
  await page.goto(`${servers.widgetOrigin}/index.html`);
  await rendered(page);
  const facts = await page.evaluate(() => {
    const root = document.querySelector("briefing-widget").shadowRoot;
    return {
      frame: [root.querySelector(".frame").lang, root.querySelector(".frame").dir],
      article: [root.querySelector("article").lang, root.querySelector("article").dir],
      speakers: root.querySelectorAll(".speaker-list > li").length,
      time: root.querySelector("time")?.getAttribute("datetime"),
    };
  });
  assert.deepEqual(facts, { frame: ["en", "ltr"], article: ["en", "ltr"], speakers: 6, time: "2013-04-29" });
  await context.close();
});
