// The embedding contract (shared/embedding.md) on a partner page of another origin.
import { test } from "node:test";
import assert from "node:assert/strict";

import { CAN, openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

useHarness();

const TITLE = "Dealing With North Korea's Increased Belligerence";

/** Opens a partner page with `body`, waits for every widget on it to settle. */
async function visit(path, body, { head = "", scripts = 1, scriptType = "async", headers = {}, settle = true } = {}) {
  const url = servers.page(path, partnerPage({ widgetOrigin: servers.widgetOrigin, head, body, scripts, scriptType }), headers);
  const opened = await openPage(browser);
  await opened.page.goto(url);
  if (settle) await opened.page.waitForFunction(() => window.__events.filter((e) => e.type !== "briefing-toggle").length >= document.querySelectorAll("briefing-widget").length);
  return opened;
}

function src(name = "north-korea-2013.json") {
  return `${servers.widgetOrigin}/briefings/${name}`;
}

test("renders the briefing from another origin, with the fallback hidden once rendered", async () => {
  const { page, problems, context } = await visit(
    "/basic.html",
    `<briefing-widget id="w" src="${src()}"><a id="fallback" href="#">Read the briefing</a></briefing-widget>`
  );
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.equal(await page.locator("#w .section").count(), 4);
  assert.equal(await page.locator("#fallback").isVisible(), false, "fallback hidden after render");
  assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.mode), "open");
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

for (const scriptType of ["defer", "module"]) {
  test(`works with a ${scriptType} script tag placed after the element`, async () => {
    const { page, context } = await visit(`/${scriptType}.html`, `<briefing-widget id="w" src="${src()}"></briefing-widget>`, { scriptType });
    assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
    await context.close();
  });
}

test("hostile page CSS leaves the widget untouched", async () => {
  const hostile = `<style>
    * { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; }
    button { display: none !important; }
    div { border: 7px solid rgb(0, 255, 0) !important; }
    h2 { font-size: 80px !important; }
  </style>`;
  const body = `<briefing-widget id="w" src="${src()}"></briefing-widget>`;
  const clean = await visit("/clean.html", body);
  const dirty = await visit("/hostile.html", body, { head: hostile });
  const look = (page) =>
    page.evaluate(() => {
      const root = document.querySelector("#w").shadowRoot;
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        titleColor: style("h2.title").color,
        titleFont: style("h2.title").fontFamily,
        titleSize: style("h2.title").fontSize,
        textColor: style(".point-text").color,
        buttonDisplay: style(".section-toggle").display,
        divBorder: style(".section-body").borderTopWidth + " " + style(".section-body").borderTopColor,
        buttonHeight: root.querySelector(".section-toggle").getBoundingClientRect().height,
      };
    });
  const expected = await look(clean.page);
  const actual = await look(dirty.page);
  assert.deepEqual(actual, expected);
  assert.notEqual(actual.titleColor, "rgb(255, 0, 0)");
  assert.ok(!actual.titleFont.includes("Comic"));
  assert.notEqual(actual.buttonDisplay, "none");
  assert.ok(actual.buttonHeight > 20);
  // And the widget's styles do not leak out to the page.
  const pageButton = await dirty.page.evaluate(() => {
    const b = document.createElement("button");
    document.body.append(b);
    return getComputedStyle(b).display;
  });
  assert.equal(pageButton, "none");
  await clean.context.close();
  await dirty.context.close();
});

test("custom properties on the element theme the widget", async () => {
  const { page, context } = await visit(
    "/themed.html",
    `<briefing-widget id="w" src="${src()}" style="--briefing-color-text: rgb(1, 2, 3); --briefing-theme-drivers: rgb(200, 10, 20); --briefing-font-family: Georgia, serif"></briefing-widget>`
  );
  const look = await page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    return {
      title: getComputedStyle(root.querySelector("h2.title")).color,
      font: getComputedStyle(root.querySelector("h2.title")).fontFamily,
      drivers: getComputedStyle(root.querySelector('[data-section="drivers"]')).borderInlineStartColor,
      signs: getComputedStyle(root.querySelector('[data-section="signs"]')).borderInlineStartColor,
    };
  });
  assert.equal(look.title, "rgb(1, 2, 3)");
  assert.match(look.font, /Georgia/);
  assert.equal(look.drivers, "rgb(200, 10, 20)");
  assert.notEqual(look.signs, "rgb(200, 10, 20)");
  await context.close();
});

test("theme attribute picks light or dark defaults, auto follows the system", async () => {
  const body = ["light", "dark", "auto"].map((t) => `<briefing-widget id="${t}" theme="${t}" src="${src()}"></briefing-widget>`).join("");
  const { page, context } = await visit("/themes.html", body);
  const background = (id) => page.evaluate((id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector(".root")).backgroundColor, id);
  assert.equal(await background("light"), "rgb(255, 255, 255)");
  assert.equal(await background("dark"), "rgb(18, 22, 29)");
  assert.equal(await background("auto"), "rgb(255, 255, 255)");
  if (CAN.emulateMediaLive) {
    // The system turns dark while the page is open, and back.
    await page.emulateMedia({ colorScheme: "dark" });
    assert.equal(await background("auto"), "rgb(18, 22, 29)");
    assert.equal(await background("light"), "rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "light" });
    assert.equal(await background("auto"), "rgb(255, 255, 255)");
  } else {
    // Firefox cannot change the scheme of an open page: a page opened with a dark system.
    const dark = await openPage(browser, { colorScheme: "dark" });
    await dark.page.goto(page.url());
    await dark.page.waitForFunction(() => document.getElementById("auto").shadowRoot?.querySelector(".root"));
    const darkBackground = (id) => dark.page.evaluate((id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector(".root")).backgroundColor, id);
    assert.equal(await darkBackground("auto"), "rgb(18, 22, 29)");
    assert.equal(await darkBackground("light"), "rgb(255, 255, 255)");
    await dark.context.close();
  }
  await context.close();
});

test("parts are exposed for ::part() styling", async () => {
  const { page, context } = await visit(
    "/parts.html",
    `<briefing-widget id="w" src="${src()}"></briefing-widget>`,
    { head: `<style>briefing-widget::part(section-header) { text-transform: uppercase; } briefing-widget::part(header) { padding-top: 33px; }</style>` }
  );
  const parts = await page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    return {
      header: getComputedStyle(root.querySelector("[part~=header]")).paddingTop,
      sectionHeader: getComputedStyle(root.querySelector("[part~=section-header]")).textTransform,
      names: [...new Set([...root.querySelectorAll("[part]")].flatMap((e) => e.getAttribute("part").split(" ")))].sort(),
    };
  });
  assert.equal(parts.header, "33px");
  assert.equal(parts.sectionHeader, "uppercase");
  assert.deepEqual(parts.names, ["header", "mention", "point", "section", "section-body", "section-header", "tooltip"]);
  await context.close();
});

test("many widgets: one added later, one whose src changes, one removed", async () => {
  const other = servers.briefing("/other.json", { ...example, id: "other", title: "Another Briefing" });
  const { page, problems, context } = await visit(
    "/many.html",
    `<briefing-widget id="a" src="${src()}"></briefing-widget><briefing-widget id="b" src="${src()}"></briefing-widget>`,
    { scripts: 2 }
  );
  assert.equal(await page.locator("#a h2.title").textContent(), TITLE);
  assert.equal(await page.locator("#b h2.title").textContent(), TITLE);
  // Added later by the page's own script.
  await page.evaluate((src) => {
    const late = document.createElement("briefing-widget");
    late.id = "c";
    late.setAttribute("src", src);
    document.body.append(late);
  }, src());
  await page.locator("#c h2.title").waitFor();
  // src changes: the new briefing loads.
  await page.evaluate((other) => document.querySelector("#a").setAttribute("src", other), other);
  await page.locator("#a h2.title", { hasText: "Another Briefing" }).waitFor();
  // Removed: once the task's moves are done (a move keeps the widget), the app is torn down and
  // its shadow root emptied.
  const removed = await page.evaluate(async () => {
    const b = document.querySelector("#b");
    b.remove();
    const before = b.shadowRoot.childNodes.length;
    await new Promise((done) => setTimeout(done));
    return [before > 0, b.shadowRoot.childNodes.length];
  });
  assert.deepEqual(removed, [true, 0]);
  // The others still work.
  await page.locator("#c .section-toggle").nth(1).click();
  assert.equal(await page.locator("#c .section-toggle").nth(1).getAttribute("aria-expanded"), "true");
  assert.equal(await page.evaluate(() => customElements.get("briefing-widget") !== undefined), true);
  assert.deepEqual(problems, { errors: [], console: [] }, "the script included twice causes no error");
  await context.close();
});

test("events: briefing-load, briefing-toggle and briefing-error with their details", async () => {
  const { page, context } = await visit(
    "/events.html",
    `<briefing-widget id="ok" src="${src()}"></briefing-widget>
     <briefing-widget id="bad" src="${src("invalid/unknown-speaker.json")}"><a id="fallback" href="#">Read it elsewhere</a></briefing-widget>`
  );
  await page.locator("#ok [aria-controls=bw-panel-signs]").click();
  await page.locator("#ok [aria-controls=bw-panel-signs]").press("Enter");
  await page.locator("#ok .controls button").first().click();
  const events = await page.evaluate(() => window.__events);
  const load = events.find((e) => e.type === "briefing-load");
  assert.deepEqual(load, {
    type: "briefing-load",
    target: "ok",
    detail: {
      id: "dealing-with-north-korea-2013",
      title: TITLE,
      sections: example.sections.map(({ id, title }) => ({ id, title })),
    },
  });
  const error = events.find((e) => e.type === "briefing-error");
  assert.equal(error.target, "bad");
  assert.match(error.detail.message, /sections\[1\]\.points\[0\]\.speakers\[2\]: unknown speaker "zhou"/);
  const toggles = events.filter((e) => e.type === "briefing-toggle").map((e) => e.detail);
  assert.deepEqual(toggles, [
    { section: "signs", open: true },
    { section: "signs", open: false },
    { section: "signs", open: true },
    { section: "resistance", open: true },
    { section: "cooperation", open: true },
  ]);
  // The failed widget shows its alert, and the fallback stays visible below it.
  assert.match(await page.locator("#bad [role=alert]").textContent(), /unknown speaker "zhou"/);
  assert.equal(await page.locator("#fallback").isVisible(), true);
  await context.close();
});

test("a strict Content-Security-Policy page renders fully, tooltips included, with no violation", async () => {
  const origin = servers.widgetOrigin;
  const csp = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src ${origin}`;
  const { page, problems, context } = await visit("/strict.html", `<briefing-widget id="w" src="${src()}"></briefing-widget>`, {
    headers: { "content-security-policy": csp },
  });
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  const mention = page.locator("#w .summary .mention").first();
  await mention.hover();
  const tooltip = page.locator("#w [role=tooltip]:not([hidden])");
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /L\. Gordon Flake/);
  const box = await tooltip.boundingBox();
  const anchor = await mention.boundingBox();
  const gap = box.y - (anchor.y + anchor.height);
  assert.ok(gap >= 0 && gap < 20, `the tooltip sits just below its mention (CSSOM under CSP), ${gap}px`);
  await page.locator("#w .section-toggle").nth(2).click();
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

test("heading-level and open attributes", async () => {
  const { page, context } = await visit(
    "/attributes.html",
    `<briefing-widget id="all" heading-level="3" open="all" src="${src()}"></briefing-widget>
     <briefing-widget id="none" open="none" src="${src()}"></briefing-widget>`
  );
  assert.equal(await page.locator("#all h3.title").count(), 1);
  assert.equal(await page.locator("#all h4.section-heading").count(), 4);
  assert.equal(await page.locator('#all .section-toggle[aria-expanded="true"]').count(), 4);
  assert.equal(await page.locator('#none .section-toggle[aria-expanded="true"]').count(), 0);
  await context.close();
});

test("loading=lazy waits until the element nears the viewport", async () => {
  const { page, context } = await visit(
    "/lazy.html",
    `<div style="height: 5000px"></div><briefing-widget id="w" loading="lazy" src="${src()}"></briefing-widget>`,
    { settle: false }
  );
  await page.waitForTimeout(500);
  const fetched = () => page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  assert.equal((await fetched()).some((n) => n.endsWith(".wasm") || n.endsWith(".json")), false, "nothing fetched yet");
  await page.locator("#w").scrollIntoViewIfNeeded();
  await page.locator("#w h2.title").waitFor();
  assert.equal((await fetched()).some((n) => n.endsWith(".json")), true);
  await context.close();
});

test("the wasm downloads while the glue script does, not after it", async () => {
  const url = servers.page("/parallel.html", partnerPage({ widgetOrigin: servers.widgetOrigin, body: `<briefing-widget id="w" src="${src()}"></briefing-widget>` }));
  const { page, context } = await openPage(browser);
  const seen = {};
  const start = Date.now();
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) seen.wasmRequested ??= Date.now() - start;
  });
  // The glue answers 600 ms late: a loader that waits for it before asking for the wasm shows.
  await context.route(/briefing-widget-[0-9a-f]+\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, 600));
    seen.glueAnswered = Date.now() - start;
    await route.continue();
  });
  await page.goto(url);
  await page.locator("#w h2.title").waitFor();
  assert.ok(seen.wasmRequested < seen.glueAnswered, `wasm requested at ${seen.wasmRequested} ms, glue answered at ${seen.glueAnswered} ms`);
  assert.equal(await page.evaluate(() => window.__events.filter((e) => e.type === "briefing-load").length), 1);
  await context.close();
});

test("the briefing downloads while the module does, once; a src changed meanwhile is the one shown", async () => {
  const body = `<briefing-widget id="w" src="${src()}"></briefing-widget><briefing-widget id="v" src="${src()}"></briefing-widget>`;
  const url = servers.page("/early.html", partnerPage({ widgetOrigin: servers.widgetOrigin, body }));
  const { page, context, problems } = await openPage(browser);
  const start = Date.now();
  const seen = { json: [] };
  page.on("request", (r) => {
    if (r.url().endsWith(".json")) seen.json.push({ url: r.url(), at: Date.now() - start });
  });
  // The module answers 800 ms late: a widget that asks for its briefing only then shows.
  await context.route(/_bg\.wasm$/, async (route) => {
    await new Promise((done) => setTimeout(done, 800));
    seen.wasmAnswered = Date.now() - start;
    await route.continue();
  });
  await page.goto(url);
  await page.evaluate((zh) => document.querySelector("#v").setAttribute("src", zh), src("china-korea-2013-zh.json"));
  await page.locator("#w h2.title").waitFor();
  await page.locator("#v h2.title").waitFor();
  assert.equal(await page.locator("#w h2.title").textContent(), TITLE);
  assert.match(await page.locator("#v h2.title").textContent(), /[\u4e00-\u9fff]/, "the changed src is shown");
  const example = seen.json.filter((r) => r.url.endsWith("/north-korea-2013.json"));
  assert.ok(example.every((r) => r.at < seen.wasmAnswered), `briefing requested at ${example.map((r) => r.at)} ms, module answered at ${seen.wasmAnswered} ms`);
  assert.equal(example.length, 2, "one request per widget, taken over by the widget, not repeated");
  assert.equal(seen.json.filter((r) => r.url.endsWith("/china-korea-2013-zh.json")).length, 1);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});
