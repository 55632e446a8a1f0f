// The reader's and the partner's paths in WebKit (WebKitGTK's MiniBrowser, Safari's engine),
// through WebKitWebDriver under Xvfb: one browser session for the whole file, pages reused.
// The pages and servers are the end-to-end suite's (tests/e2e/support).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

import { startServers, DIST, FIXTURES, REPO } from "../e2e/support/servers.mjs";
import { partnerPage } from "../e2e/support/pages.mjs";
import { startDriver, Session, KEY } from "./support/webdriver.mjs";

const TITLE = "Dealing With North Korea's Increased Belligerence";
const ID = "dealing-with-north-korea-2013";

let servers;
let driver;
let session;
let example;

before(async () => {
  servers = await startServers();
  example = JSON.parse(await readFile(join(FIXTURES, "north-korea-2013.json"), "utf8"));
  // What the e2e suite's init script records, as a script of the widget's origin (so that a
  // strict page CSP allows it): events, CSP violations and uncaught errors.
  servers.route("/record.js", (req, res, cors) => {
    res.writeHead(200, { "content-type": "text/javascript", ...cors });
    res.end(`window.__events = []; window.__violations = []; window.__errors = [];
      for (const name of ["briefing-load", "briefing-error", "briefing-toggle"])
        document.addEventListener(name, (e) => window.__events.push({ type: e.type, target: e.target.id || null, detail: e.detail }));
      document.addEventListener("securitypolicyviolation", (e) => {
        if (e.effectiveDirective === "img-src" && /\\/favicon\\.ico$/.test(e.blockedURI)) return;
        window.__violations.push(e.violatedDirective + " " + e.blockedURI);
      });
      window.addEventListener("error", (e) => window.__errors.push(String(e.message)));
      window.addEventListener("unhandledrejection", (e) => window.__errors.push(String(e.reason)));`);
  });
  driver = await startDriver();
  session = await Session.open(driver.url);
  await session.setWindowSize(1280, 900);
});

after(async () => {
  await session?.close();
  await driver?.stop();
  await servers?.close();
});

const src = (name = "north-korea-2013.json") => `${servers.widgetOrigin}/briefings/${name}`;
const record = () => `<script src="${servers.widgetOrigin}/record.js"></script>`;

let pages = 0;
/** Opens a partner page (another origin than the widget's) and waits until every widget settled. */
async function visit(body, { head = "", headers = {}, hash = "", lang = "en" } = {}) {
  const html = partnerPage({ widgetOrigin: servers.widgetOrigin, head: record() + head, body }).replace('<html lang="en">', `<html lang="${lang}">`);
  await session.goto(servers.page(`/webkit-${++pages}.html`, html, headers) + hash);
  await session.waitFor(
    () => window.__events && window.__events.filter((e) => e.type !== "briefing-toggle").length >= document.querySelectorAll("briefing-widget").length,
    { what: "every widget's briefing-load or briefing-error" }
  );
}

/** An element inside widget `host`'s shadow root (a WebDriver element reference). */
const inside = (host, selector) =>
  session.run((host, selector) => document.getElementById(host).shadowRoot.querySelector(selector), host, selector);
const expanded = (host, section) =>
  session.run((host, section) => document.getElementById(host).shadowRoot.querySelector(`#bw-head-${section}`).getAttribute("aria-expanded"), host, section);
const visibleTooltip = (host) =>
  session.run((host) => {
    const tip = document.getElementById(host).shadowRoot.querySelector("[role=tooltip]:not([hidden])");
    return tip && tip.getClientRects().length ? tip.textContent : null;
  }, host);
const errors = () => session.run(() => window.__errors);

test("renders on a cross-origin partner page whose CSS is hostile, untouched by it", async () => {
  const hostile = `<style>
    * { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; }
    button { display: none !important; }
    div { border: 7px solid rgb(0, 255, 0) !important; }
    h2 { font-size: 80px !important; }
  </style>`;
  await visit(`<briefing-widget id="w" src="${src()}"><a id="fallback" href="#">Read the briefing</a></briefing-widget>`, { head: hostile });
  const look = await session.run(() => {
    const root = document.querySelector("#w").shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      title: root.querySelector("h2.title").textContent,
      sections: root.querySelectorAll(".section").length,
      titleColor: style("h2.title").color,
      titleFont: style("h2.title").fontFamily,
      titleSize: style("h2.title").fontSize,
      buttonDisplay: style(".section-toggle").display,
      bodyBorder: style(".section-body").borderTopWidth,
      buttonHeight: root.querySelector(".section-toggle").getBoundingClientRect().height,
      fallbackShown: document.querySelector("#fallback").getClientRects().length > 0,
      mode: root.mode,
      background: style(".root").backgroundColor,
      // WebKit drops a text-decoration shorthand with a style or thickness: longhands keep it.
      mention: `${style(".summary .mention").textDecorationLine} ${style(".summary .mention").textDecorationStyle}`,
    };
  });
  assert.equal(look.title, TITLE);
  assert.equal(look.sections, 4);
  assert.notEqual(look.titleColor, "rgb(255, 0, 0)");
  assert.ok(!look.titleFont.includes("Comic"), look.titleFont);
  assert.notEqual(look.titleSize, "80px");
  assert.notEqual(look.buttonDisplay, "none");
  assert.notEqual(look.bodyBorder, "7px");
  assert.ok(look.buttonHeight > 20, `section header ${look.buttonHeight}px high`);
  assert.equal(look.fallbackShown, false, "the fallback hides once rendered");
  assert.equal(look.mode, "open");
  assert.equal(look.background, "rgb(255, 255, 255)", "the light theme's background");
  assert.equal(look.mention, "underline dotted", "mentions are underlined, dotted");
  assert.deepEqual(await errors(), []);
});

test("sections toggle by click, Enter and Space, with briefing-toggle events", async () => {
  await visit(`<briefing-widget id="w" src="${src()}"></briefing-widget>`);
  assert.equal(await expanded("w", "signs"), "false");
  await session.click(await inside("w", "#bw-head-signs"));
  await session.waitFor(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-signs").getAttribute("aria-expanded") === "true", { what: "signs open by click" });
  const panelShown = await session.run(() => document.querySelector("#w").shadowRoot.querySelector("#bw-panel-signs").getClientRects().length > 0);
  assert.equal(panelShown, true, "the section's points show");
  await session.run(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-signs").focus());
  const scrolled = await session.run(() => scrollY);
  await session.press(KEY.Enter);
  await session.waitFor(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-signs").getAttribute("aria-expanded") === "false", { what: "signs closed by Enter" });
  await session.press(KEY.Space);
  await session.waitFor(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-signs").getAttribute("aria-expanded") === "true", { what: "signs open by Space" });
  // Space on a button must not scroll the page either.
  assert.equal(await session.run(() => scrollY), scrolled);
  const toggles = await session.run(() => window.__events.filter((e) => e.type === "briefing-toggle").map((e) => e.detail));
  assert.deepEqual(toggles, [
    { section: "signs", open: true },
    { section: "signs", open: false },
    { section: "signs", open: true },
  ]);
  // Arrow keys move between section headers.
  await session.press("\uE015"); // ArrowDown
  assert.equal(await session.run(() => document.querySelector("#w").shadowRoot.activeElement.id), "bw-head-resistance");
});

test("a speaker's tooltip shows on hover and on keyboard focus, and Escape hides it", async () => {
  await visit(`<briefing-widget id="w" src="${src()}"></briefing-widget>`);
  assert.equal(await visibleTooltip("w"), null);
  const mention = await inside("w", ".summary .mention");
  await session.hover(mention);
  const hovered = await session.waitFor(() => {
    const tip = document.querySelector("#w").shadowRoot.querySelector("[role=tooltip]:not([hidden])");
    return tip && tip.getClientRects().length ? tip.textContent : null;
  }, { what: "a tooltip on hover" });
  assert.match(hovered, /L\. Gordon Flake/);
  // It sits just below its mention.
  const gap = await session.run(() => {
    const root = document.querySelector("#w").shadowRoot;
    return root.querySelector("[role=tooltip]:not([hidden])").getBoundingClientRect().top - root.querySelector(".summary .mention").getBoundingClientRect().bottom;
  });
  assert.ok(gap >= 0 && gap < 20, `the tooltip sits just below its mention: ${gap}px`);
  await session.moveMouse(5, 880);
  await session.waitFor(() => !document.querySelector("#w").shadowRoot.querySelector("[role=tooltip]:not([hidden])"), { what: "the tooltip to hide when the pointer leaves" });

  // Keyboard: a Tab from the page reaches the widget; focus on a mention shows its tooltip.
  await session.run(() => document.querySelector("#w").shadowRoot.querySelector(".summary .mention").focus());
  const focused = await session.waitFor(() => {
    const tip = document.querySelector("#w").shadowRoot.querySelector("[role=tooltip]:not([hidden])");
    return tip && tip.getClientRects().length ? tip.textContent : null;
  }, { what: "a tooltip on focus" });
  assert.match(focused, /L\. Gordon Flake/);
  await session.press(KEY.Escape);
  await session.waitFor(() => !document.querySelector("#w").shadowRoot.querySelector("[role=tooltip]:not([hidden])"), { what: "Escape to hide the tooltip" });
  assert.equal(await session.run(() => document.querySelector("#w").shadowRoot.activeElement.textContent), "L. Gordon Flake", "focus stays on the mention");
});

test("a mention and a chip are buttons named by the speaker's name in WebKit's accessibility tree", async () => {
  // A focusable <span> was a "group" named by its text and its tooltip run together
  // ("L. Gordon Flakepanelist · Maureen and Mike Mansfield Foundation"): WebKit names a generic
  // element from its description. A button is named by its content.
  await visit(`<briefing-widget id="w" open="all" src="${src()}"></briefing-widget>`);
  for (const selector of [".summary .mention", "#bw-panel-drivers .chip"]) {
    const element = await inside("w", selector);
    assert.equal(await session.send("GET", `/element/${element.id}/computedrole`), "button", `${selector}'s role`);
    assert.equal(await session.send("GET", `/element/${element.id}/computedlabel`), "L. Gordon Flake", `${selector}'s name`);
  }
});

test("the punctuation after a mention stays on the mention's line at every width", async () => {
  // A mention is an inline-block (a button), and WebKit breaks between one and a comma that
  // touches it: "Zhu Feng" ended a line and its comma started the next.
  await visit(`<briefing-widget id="w" open="all" src="${src()}"></briefing-widget>`);
  const stranded = await session.run(() => {
    const host = document.querySelector("#w");
    const found = [];
    for (let width = 240; width <= 480; width += 2) {
      host.style.width = `${width}px`;
      for (const mention of host.shadowRoot.querySelectorAll(".mention")) {
        // The text right after the mention (after its print-only note, which is not shown).
        let next = mention.nextSibling;
        while (next && next.nodeType !== Node.TEXT_NODE) next = next.nextSibling;
        if (!next || !/^[^\s]/.test(next.data)) continue;
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        const [mark, name] = [range.getBoundingClientRect(), [...mention.getClientRects()].at(-1)];
        if (mark.top >= name.bottom - 1) found.push(`${width}px: "${mention.textContent}" / "${next.data[0]}"`);
      }
    }
    host.style.width = "";
    return found;
  });
  assert.deepEqual(stranded, []);
});

test("Tab moves from the page into the widget and through it", async () => {
  await visit(`<a id="before" href="#">Before</a><briefing-widget id="w" src="${src()}"></briefing-widget>`);
  await session.run(() => document.querySelector("#before").focus());
  await session.press(KEY.Tab);
  const first = await session.run(() => [document.activeElement.id, document.querySelector("#w").shadowRoot.activeElement?.textContent.trim()]);
  assert.equal(first[0], "w", "focus entered the widget");
  assert.ok(first[1], "on an element of its shadow root");
});

test("show all and hide all", async () => {
  await visit(`<briefing-widget id="w" src="${src()}"></briefing-widget>`);
  const state = () =>
    session.run(() => {
      const root = document.querySelector("#w").shadowRoot;
      return {
        open: root.querySelectorAll('.section-toggle[aria-expanded="true"]').length,
        shown: [...root.querySelectorAll(".section-body")].filter((b) => b.getClientRects().length > 0).length,
      };
    });
  await session.click(await inside("w", ".controls button:first-of-type"));
  await session.waitFor(() => document.querySelector("#w").shadowRoot.querySelectorAll(".point").length === 7, { what: "every point" });
  assert.deepEqual(await state(), { open: 4, shown: 4 });
  await session.click(await inside("w", ".controls button:last-of-type"));
  assert.deepEqual(await state(), { open: 0, shown: 0 });
  assert.equal(await session.run(() => document.querySelector("#w").shadowRoot.activeElement?.textContent), "Hide all sections", "focus stays on the button");
});

test("a deep link opens its section and scrolls it into view, without a toggle event", async () => {
  await visit(`<div style="height: 2500px">Long article above the widget</div><briefing-widget id="w" src="${src()}"></briefing-widget>`, {
    hash: `#${ID}/resistance`,
  });
  await session.waitFor(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-resistance").getAttribute("aria-expanded") === "true", { what: "the linked section open" });
  await session.waitFor(() => {
    const r = document.querySelector("#w").shadowRoot.querySelector('[data-section="resistance"]').getBoundingClientRect();
    return r.top >= -1 && r.top < innerHeight;
  }, { what: "the linked section in view" });
  await session.run((id) => (location.hash = `#${id}/cooperation`), ID);
  await session.waitFor(() => document.querySelector("#w").shadowRoot.querySelector("#bw-head-cooperation").getAttribute("aria-expanded") === "true", { what: "a later fragment's section open" });
  assert.deepEqual(await session.run(() => window.__events.filter((e) => e.type === "briefing-toggle")), [], "deep links are not reader toggles");
});

test("an invalid briefing shows an alert naming the JSON path, fires briefing-error, keeps the fallback", async () => {
  await visit(`<briefing-widget id="bad" src="${src("invalid/unknown-speaker.json")}"><a id="fallback" href="#">Read it elsewhere</a></briefing-widget>`);
  const seen = await session.run(() => ({
    alert: document.querySelector("#bad").shadowRoot.querySelector("[role=alert]")?.textContent,
    event: window.__events.find((e) => e.type === "briefing-error")?.detail.message,
    fallback: document.querySelector("#fallback").getClientRects().length > 0,
  }));
  const path = /sections\[1\]\.points\[0\]\.speakers\[2\]: unknown speaker "zhou"/;
  assert.match(seen.alert, path);
  assert.match(seen.event, path);
  assert.equal(seen.fallback, true);
});

test("a strict Content-Security-Policy page renders fully, tooltips placed, with no violation", async () => {
  const origin = servers.widgetOrigin;
  const csp = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src ${origin}`;
  await visit(`<briefing-widget id="w" src="${src()}"></briefing-widget>`, { headers: { "content-security-policy": csp } });
  assert.equal(await session.run(() => document.querySelector("#w").shadowRoot.querySelector("h2.title")?.textContent), TITLE);
  await session.hover(await inside("w", ".summary .mention"));
  await session.waitFor(() => document.querySelector("#w").shadowRoot.querySelector("[role=tooltip]:not([hidden])"), { what: "a tooltip under CSP" });
  const gap = await session.run(() => {
    const root = document.querySelector("#w").shadowRoot;
    return root.querySelector("[role=tooltip]:not([hidden])").getBoundingClientRect().top - root.querySelector(".summary .mention").getBoundingClientRect().bottom;
  });
  assert.ok(gap >= 0 && gap < 20, `the tooltip is positioned (CSSOM under CSP): ${gap}px`);
  assert.equal(await session.run(() => getComputedStyle(document.querySelector("#w").shadowRoot.querySelector(".root")).backgroundColor), "rgb(255, 255, 255)", "the stylesheet applies");
  assert.deepEqual(await session.run(() => window.__violations), []);
  assert.deepEqual(await errors(), []);
});

test("Arabic: right to left, the widget's words in Arabic", async () => {
  await visit(`<briefing-widget id="w" src="${src("water-security-ar.json")}"></briefing-widget>`, { lang: "ar" });
  const look = await session.run(() => {
    const root = document.querySelector("#w").shadowRoot;
    const title = root.querySelector(".title");
    const section = root.querySelector(".section");
    return {
      dir: root.querySelector("article").getAttribute("dir"),
      direction: getComputedStyle(title).direction,
      buttons: [...root.querySelectorAll(".controls button")].map((b) => b.textContent),
      bar: getComputedStyle(section).borderRightWidth,
      date: root.querySelector("time").textContent,
      // Right to left: the title's text ends at the left, starting at the right edge.
      titleRightAligned: Math.abs(title.getBoundingClientRect().right - root.querySelector(".briefing").getBoundingClientRect().right) < 40,
    };
  });
  assert.equal(look.dir, "rtl");
  assert.equal(look.direction, "rtl");
  assert.deepEqual(look.buttons, ["عرض جميع الأقسام", "إخفاء جميع الأقسام"]);
  assert.equal(look.bar, "4px", "the accent bar on the start side, the right");
  // In Western digits, as in Chromium, Firefox and the inline embed's static copy (WebKit's own
  // Arabic default would be "١٢ مارس ٢٠٢٤").
  assert.equal(look.date, "12 مارس 2024");
  assert.equal(look.titleRightAligned, true);
});

test("the inline embed's copy shows while the module loads, and the live widget replaces it without moving anything", async () => {
  // `briefing embed --inline`, as a partner pastes it.
  const snippet = execFileSync(
    "cargo",
    ["run", "-q", "-p", "briefing-cli", "--", "embed", "--src", src(), "--script", `${servers.widgetOrigin}/briefing-widget.js`, "--inline", join(FIXTURES, "north-korea-2013.json")],
    { cwd: REPO, encoding: "utf8" }
  );
  // The module's response waits until the copy has been measured (a gate per page load).
  const wasm = (await readdir(DIST)).find((f) => /_bg\.wasm$/.test(f));
  let gate = null;
  let requested = false;
  servers.route(`/${wasm}`, async (req, res, cors) => {
    requested = true;
    if (gate) await gate.promise;
    res.writeHead(200, { "content-type": "application/wasm", ...cors });
    res.end(await readFile(join(DIST, wasm)));
  });
  const body = `<p id="above">Above the briefing.</p>\n${snippet}<p id="below">Below the briefing.</p>`;
  const html = partnerPage({ widgetOrigin: servers.widgetOrigin, head: record(), body, scripts: 0 });
  const geometry = () =>
    session.run(() => {
      const host = document.querySelector("briefing-widget");
      const top = (e) => Math.round((e.getBoundingClientRect().top + scrollY) * 100) / 100;
      return {
        height: host.getBoundingClientRect().height,
        titles: Array.from(host.shadowRoot.querySelectorAll(".root:not([hidden]) .section-title"), top),
        below: top(document.querySelector("#below")),
      };
    });
  try {
    // 360 px asks for MiniBrowser's narrowest window (447 px, its toolbar's width).
    for (const width of [1280, 360]) {
      await session.setWindowSize(width, 900);
      let release;
      gate = { promise: new Promise((done) => (release = done)) };
      requested = false;
      await session.goto(servers.page(`/webkit-inline-${width}.html`, html));
      for (let waited = 0; !requested; waited += 50) {
        if (waited > 10000) throw new Error("the module was never requested");
        await new Promise((d) => setTimeout(d, 50));
      }
      const copy = await session.run(() => {
        const root = document.querySelector("briefing-widget").shadowRoot;
        return {
          declarative: !!root && !!root.querySelector("[data-prerendered]"),
          sections: root ? root.querySelectorAll(".section-title").length : 0,
          edge: root ? getComputedStyle(root.querySelector(".section")).borderInlineStartWidth : null,
        };
      });
      assert.deepEqual(copy, { declarative: true, sections: 4, edge: "4px" }, "the static copy, styled, in its declarative shadow root");
      const before = await geometry();
      assert.equal(before.titles.length, 4);
      release();
      await session.waitFor(() => window.__events.some((e) => e.type === "briefing-load"), { what: "briefing-load" });
      await session.runAsync(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.equal(await session.run(() => document.querySelector("briefing-widget").shadowRoot.querySelector("[data-prerendered]")), null, "the copy is gone");
      assert.deepEqual(await geometry(), before, `nothing moved at ${await session.run(() => innerWidth)} px`);
      assert.ok((await session.run(() => document.querySelector("briefing-widget").shadowRoot.querySelectorAll("button.section-toggle").length)) === 4, "the live widget is there");
      assert.deepEqual(await errors(), []);
    }
  } finally {
    gate = null;
    await session.setWindowSize(1280, 900);
  }
});
