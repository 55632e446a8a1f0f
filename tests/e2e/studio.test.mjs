// The briefing studio (studio.html): Markdown typed in the editor shows in the real widget, errors
// are listed at their line and column, the JSON taken away is the CLI's byte for byte, the draft
// survives a reload, nothing is requested from another origin, and the inline snippet it copies
// is the CLI's and renders without a layout shift.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { REPO } from "./support/servers.mjs";
import { openPage, partnerPage, CAN, ENGINE } from "./support/browser.mjs";
import { useHarness, servers, browser } from "./support/harness.mjs";

useHarness();

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const EXAMPLE_MD = join(REPO, "examples", "north-korea-2013.md");

/** What the `briefing` CLI prints for these arguments. */
const cli = (...args) => execFileSync("cargo", ["run", "-q", "-p", "briefing-cli", "--", ...args], { cwd: REPO, encoding: "utf8" });

/** A fresh studio page (its own storage), ready to type in; `requests` lists every URL it asked for. */
async function openStudio({ init, ...options } = {}) {
  const opened = await openPage(browser, { acceptDownloads: true, ...options });
  if (init) await opened.page.addInitScript(init);
  const requests = [];
  opened.page.on("request", (request) => requests.push(request.url()));
  await opened.page.goto(`${servers.widgetOrigin}/studio.html`);
  await opened.page.waitForSelector("html[data-ready]");
  await waitForPreview(opened.page, "The event's title");
  return { ...opened, requests };
}

/** Waits until the preview widget shows `text`. */
function waitForPreview(page, text) {
  return page.waitForFunction((text) => document.querySelector("#preview").shadowRoot?.textContent.includes(text), text);
}

const previewText = (page) => page.evaluate(() => document.querySelector("#preview").shadowRoot.textContent);

/**
 * Puts the caret at the end of the editor's line that starts with `start`: scrolls the editor
 * until the line is drawn (CodeMirror draws only the lines in view), clicks it, presses End.
 */
async function caretAfter(page, start) {
  const line = page.locator(".cm-line", { hasText: start }).first();
  await page.evaluate(() => (document.querySelector(".cm-scroller").scrollTop = 0));
  for (let tries = 0; tries < 50 && !(await line.count()); tries++) {
    await page.evaluate(() => {
      const scroller = document.querySelector(".cm-scroller");
      scroller.scrollTop += scroller.clientHeight / 2;
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  // A long line wraps, and End goes to the end of the row the caret is on: click its last row.
  await line.scrollIntoViewIfNeeded();
  const end = await line.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rows = range.getClientRects();
    const last = rows[rows.length - 1];
    return { x: last.right, y: last.top + last.height / 2 };
  });
  await page.mouse.click(end.x + 1, end.y);
  await page.keyboard.press("End");
}

/** The text of the editor's lines in view (CodeMirror draws only those). */
const linesInView = (page) => page.evaluate(() => Array.from(document.querySelectorAll(".cm-line"), (l) => l.textContent).join("\n"));

/** The line number (the gutter's) of the drawn editor line that contains `text`. */
const lineNumberOf = (page, text) =>
  page.evaluate((text) => {
    const line = Array.from(document.querySelectorAll(".cm-line")).find((l) => l.textContent.includes(text));
    const top = line.getBoundingClientRect().top;
    const number = Array.from(document.querySelectorAll(".cm-lineNumbers .cm-gutterElement")).find((g) => Math.abs(g.getBoundingClientRect().top - top) < 2);
    return Number(number.textContent);
  }, text);

/**
 * Clicks `selector`, which downloads a file; resolves to its name and text. Firefox over WebDriver
 * BiDi reports no download to playwright: there the file is read from the link the page clicks
 * (the same blob the browser saves).
 */
async function download(page, selector) {
  if (ENGINE === "chromium") {
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
  }
  await page.evaluate(() => {
    window.__downloads = [];
    if (window.__blobs) return;
    window.__blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      window.__blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = window.__blobs.get(this.href);
      if (this.download && blob) window.__downloads.push(blob.text().then((text) => ({ name: this.download, text })));
      return click.call(this);
    };
  });
  await page.click(selector);
  return page.evaluate(() => window.__downloads[0]);
}

test("typing a speaker and a point shows them in the preview", async () => {
  const { page, problems } = await openStudio();
  await caretAfter(page, "- Second Speaker");
  await page.keyboard.press("Enter");
  await page.keyboard.type('- Nadia Haddad — University of Jordan (panelist) {id=haddad aliases="Haddad"}');
  await caretAfter(page, "- **Another point:**");
  await page.keyboard.press("Enter");
  await page.keyboard.type("- **Water:** Haddad said the aquifers are running dry.");
  await waitForPreview(page, "the aquifers are running dry").catch(async (e) => {
    throw new Error(`${e.message}\n${await linesInView(page)}\n${await page.locator("#problems").textContent()}`);
  });
  const shown = await page.evaluate(() => {
    const root = document.querySelector("#preview").shadowRoot;
    return {
      speakers: Array.from(root.querySelectorAll(".speaker-name"), (e) => e.textContent),
      mention: Array.from(root.querySelectorAll(".mention"), (e) => e.textContent).includes("Haddad"),
    };
  });
  assert.ok(shown.speakers.includes("Nadia Haddad"), JSON.stringify(shown));
  assert.ok(shown.mention, "the new point mentions the new speaker");
  assert.match(await page.locator("#problems-status").textContent(), /No problems/);
  assert.deepEqual(problems.errors, []);
  await page.context().close();
});

test("a typo shows its error at its line and column; choosing it puts the caret there; the preview keeps the last valid briefing, marked out of date", async () => {
  const { page } = await openStudio();
  // An unknown speaker in a point's list: the converter places the error on that line.
  await caretAfter(page, "- A point without a label");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(", nobody]");
  const line = await lineNumberOf(page, "[speakers: second, nobody]");
  assert.ok(line > 20, `line ${line}`);
  const problem = page.locator("#problems .problem-error button").first();
  await problem.waitFor();
  const label = await problem.textContent();
  assert.match(label, new RegExp(`line ${line}, column \\d+`), label);
  assert.match(label, /nobody/);
  // The first error is marked in the gutter, on its line.
  const marked = await page.evaluate(() => {
    const mark = document.querySelector(".cm-problem-gutter .problem-mark");
    if (!mark) return null;
    const top = mark.getBoundingClientRect().top;
    const lineBox = Array.from(document.querySelectorAll(".cm-line")).find((l) => Math.abs(l.getBoundingClientRect().top - top) < 4);
    return lineBox?.textContent ?? "";
  });
  assert.ok(marked?.includes("nobody"), `gutter mark on the error's line: ${marked}`);
  // The preview still shows the last valid version, marked as out of date.
  assert.equal(await page.locator("#stale").isVisible(), true);
  assert.match(await previewText(page), /A point without a label/);

  // Move the caret away, then choose the problem.
  await page.locator(".cm-line").first().click();
  await problem.click();
  const column = Number(label.match(/column (\d+)/)[1]);
  const caret = await page.evaluate(() => {
    const selection = document.getSelection();
    const lineElement = selection.focusNode?.parentElement?.closest(".cm-line");
    const range = document.createRange();
    range.setStart(lineElement, 0);
    range.setEnd(selection.focusNode, selection.focusOffset);
    // The caret's line number is the gutter's, beside the active line.
    const number = Number(document.querySelector(".cm-lineNumbers .cm-activeLineGutter").textContent);
    return { line: number, column: range.toString().length + 1, focused: document.activeElement.classList.contains("cm-content") };
  });
  assert.deepEqual(caret, { line, column, focused: true });

  // Fixing it brings the preview up to date.
  await page.keyboard.press("End");
  for (let i = 0; i < ", nobody]".length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("]");
  await page.waitForFunction(() => document.querySelector("#stale").hidden);
  await page.context().close();
});

test("the downloaded JSON is what briefing from-markdown prints for the same Markdown, byte for byte", async () => {
  const { page } = await openStudio();
  await page.click("#new-example");
  await waitForPreview(page, "Dealing With North Korea");
  await page.click("#show-takeaway");
  const json = await download(page, "#download-json");
  assert.equal(json.name, "dealing-with-north-korea-2013.json");
  assert.equal(json.text, cli("from-markdown", EXAMPLE_MD));

  // And for text typed in the studio: the Markdown saved from it converts to the same bytes.
  await page.click("#new-template");
  await caretAfter(page, "# The event's title");
  await page.keyboard.type(': «quoted», 中文 & "more"');
  await waitForPreview(page, '中文 & "more"');
  const saved = await download(page, "#save-md");
  const typed = await download(page, "#download-json");
  const dir = await mkdtemp(join(tmpdir(), "studio-"));
  await writeFile(join(dir, saved.name), saved.text);
  assert.match(saved.text, /# The event's title: «quoted», 中文 & "more"/);
  assert.equal(typed.text, cli("from-markdown", join(dir, saved.name)));
  await page.context().close();
});

test("the autosaved draft is offered back after a reload, and restored", async () => {
  const { page } = await openStudio();
  assert.equal(await page.locator("#draft-offer").isVisible(), false, "no draft yet");
  await caretAfter(page, "# The event's title");
  await page.keyboard.type(" about rivers");
  await waitForPreview(page, "The event's title about rivers");
  await page.waitForFunction(() => localStorage.getItem("briefing-studio:draft")?.includes("about rivers"));
  await page.reload();
  await page.waitForSelector("html[data-ready]");
  await page.locator("#draft-offer").waitFor({ state: "visible" });
  assert.match(await linesInView(page), /^# The event's title$/m, "the template until the author chooses");
  await page.click("#draft-restore");
  assert.match(await linesInView(page), /^# The event's title about rivers$/m);
  await waitForPreview(page, "The event's title about rivers");
  await page.context().close();
});

test("no request leaves the studio's own origin, whatever the author does", async () => {
  const { page, requests } = await openStudio();
  await page.click("#new-example");
  await waitForPreview(page, "Dealing With North Korea");
  await caretAfter(page, "# Dealing With");
  await page.keyboard.type(" (draft)");
  await page.click("#show-help");
  await page.click("#show-takeaway");
  await page.fill("#src-url", "https://data.example.org/briefings/nk.json");
  await page.click("#copy-script");
  await page.click("#copy-inline");
  await page.waitForFunction(() => document.querySelector("#snippet-out").value.includes("shadowrootmode"));
  await download(page, "#download-json");
  await page.waitForTimeout(500);
  const foreign = requests.filter((url) => !url.startsWith(`${servers.widgetOrigin}/`) && !url.startsWith("blob:") && !url.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((url) => url.endsWith("/studio/briefing-studio_bg.wasm")), requests.join("\n"));
  await page.context().close();
});

test("the inline snippet is briefing embed --inline's, and pasted into a page the widget takes over without a layout shift", async () => {
  const { page } = await openStudio();
  await page.click("#new-example");
  await waitForPreview(page, "Dealing With North Korea");
  await page.click("#show-takeaway");
  const src = `${servers.widgetOrigin}/briefings/north-korea-2013.json`;
  const script = `${servers.widgetOrigin}/briefing-widget.js`;
  await page.fill("#src-url", src);
  await page.fill("#script-url", script);
  await page.click("#copy-inline");
  await page.waitForFunction(() => document.querySelector("#snippet-out").value.includes("shadowrootmode"));
  const snippet = await page.inputValue("#snippet-out");
  const dir = await mkdtemp(join(tmpdir(), "studio-"));
  const json = join(dir, "north-korea-2013.json");
  await writeFile(json, cli("from-markdown", EXAMPLE_MD));
  assert.equal(snippet, cli("embed", "--src", src, "--script", script, "--inline", json));
  await page.context().close();

  // The snippet on a partner page: the copy shows first, then the widget replaces it in place.
  const { page: partner } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const html = partnerPage({ widgetOrigin: servers.widgetOrigin, body: `<p>Above.</p>\n${snippet}<p id="below">Below.</p>`, scripts: 0 });
  await partner.addInitScript(() => {
    window.__shift = 0;
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: "layout-shift", buffered: true });
    } catch {}
  });
  await partner.route(/briefing-widget-[0-9a-f]+_bg\.wasm$/, async (route) => {
    // Hold the module back a little, so that the copy is on screen first.
    await new Promise((done) => setTimeout(done, 300));
    await route.continue();
  });
  await partner.goto(servers.page("/studio-inline.html", html));
  const before = await partner.evaluate(() => document.querySelector("#below").getBoundingClientRect().top);
  await partner.waitForFunction(() => document.querySelector("briefing-widget").shadowRoot?.querySelector(".root:not([data-prerendered])"));
  await partner.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await partner.evaluate(() => document.querySelector("#below").getBoundingClientRect().top);
  assert.equal(after, before, "what follows the widget did not move");
  if (CAN.layoutShift) assert.equal(await partner.evaluate(() => window.__shift), 0, "layout shift");
  await partner.context().close();
});

test("axe finds no WCAG 2.2 A/AA violation in the studio, light and dark, with its panels open and a problem listed", async () => {
  for (const colorScheme of ["light", "dark"]) {
    // axe comes as an init script: the studio's CSP refuses a script tag added to the page.
    const { page } = await openStudio({ colorScheme, init: { path: AXE } });
    await caretAfter(page, "- A point without a label");
    await page.keyboard.press("Backspace");
    await page.keyboard.type(", nobody]");
    await page.locator("#problems .problem-error").first().waitFor();
    await page.click("#show-help");
    await page.click("#show-takeaway");
    const result = await page.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    assert.deepEqual(found, [], `${colorScheme}`);
    await page.context().close();
  }
});

test("at 360 px the editor and the preview are stacked, with a switch between them; every control is named", async () => {
  const { page } = await openStudio({ viewport: { width: 360, height: 740 } });
  const visible = () => page.evaluate(() => ({ editor: !!document.querySelector("#editor-pane").getClientRects().length, preview: !!document.querySelector("#preview-pane").getClientRects().length }));
  assert.deepEqual(await visible(), { editor: true, preview: false });
  await page.getByRole("button", { name: "Preview" }).click();
  assert.deepEqual(await visible(), { editor: false, preview: true });
  assert.equal(await page.getByRole("button", { name: "Preview" }).getAttribute("aria-pressed"), "true");
  await waitForPreview(page, "The event's title");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `nothing wider than the screen: ${width} px`);
  await page.getByRole("button", { name: "Markdown" }).click();
  assert.deepEqual(await visible(), { editor: true, preview: false });
  // Every control has a name (axe checks it too); the editor is a named text box.
  assert.equal(await page.getByRole("textbox", { name: "Markdown of the briefing" }).count(), 1);
  await page.context().close();
});

test(`the help panel is the converter's convention.md (${ENGINE})`, async () => {
  const { page } = await openStudio();
  await page.click("#show-help");
  const help = await page.locator("#convention").textContent();
  const source = await readFile(join(REPO, "crates", "briefing-markdown", "convention.md"), "utf8");
  // Every rule of the convention is in the panel, word for word (backticks aside).
  const rules = source.split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2).replace(/`/g, "").split(" ").slice(0, 8).join(" "));
  assert.ok(rules.length > 3);
  for (const rule of rules) assert.ok(help.replace(/\s+/g, " ").includes(rule), rule);
  await page.context().close();
});
