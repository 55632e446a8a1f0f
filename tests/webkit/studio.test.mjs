// The briefing studio in WebKit (WebKitGTK's MiniBrowser, Safari's engine), a smoke test: the
// studio starts, text typed in its editor shows in the preview widget, a typo is listed at its
// line, and the inline snippet is rendered in the browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";

import { startServers } from "../e2e/support/servers.mjs";
import { startDriver, Session, KEY } from "./support/webdriver.mjs";

let servers;
let driver;
let session;

before(async () => {
  servers = await startServers();
  driver = await startDriver();
  session = await Session.open(driver.url);
  await session.setWindowSize(1280, 900);
});

after(async () => {
  await session?.close();
  await driver?.stop();
  await servers?.close();
});

const previewHas = (text) =>
  session.waitFor((text) => document.querySelector("#preview").shadowRoot?.textContent.includes(text), { what: `the preview showing ${text}` }, text);

/** Clicks the editor's line that starts with `start` and puts the caret at its end (End key). */
async function caretAfter(start) {
  // CodeMirror draws only the lines in view: scroll until the line is drawn, and into view.
  const line = await session.waitFor(
    (start) => {
      const scroller = document.querySelector(".cm-scroller");
      const found = Array.from(document.querySelectorAll(".cm-line")).find((l) => l.textContent.startsWith(start));
      if (!found) scroller.scrollTop += scroller.clientHeight / 2;
      else found.scrollIntoView({ block: "center" });
      return found;
    },
    { what: `the line ${start}` },
    start
  );
  await session.click(line);
  await session.press("\uE010"); // End
}

/** Types text as key presses (WebDriver key actions, one character at a time). */
const type = (text) => session.press(...Array.from(text));

test("the studio starts, and a point typed in the editor shows in the preview", async () => {
  await session.goto(`${servers.widgetOrigin}/studio.html`);
  await session.waitFor(() => document.documentElement.hasAttribute("data-ready"), { what: "the studio ready" });
  await previewHas("The event's title");
  await caretAfter("- **Another point:**");
  await session.press(KEY.Enter);
  await type("- **Rivers:** Second said rivers matter.");
  await previewHas("Second said rivers matter.");
  const mentioned = await session.run(() =>
    Array.from(document.querySelector("#preview").shadowRoot.querySelectorAll(".mention"), (m) => m.textContent).filter((t) => t === "Second").length
  );
  assert.ok(mentioned >= 2, `the new point's mention is a speaker mention (${mentioned})`);
});

test("a typo is listed at its line, and the preview is marked out of date", async () => {
  await caretAfter("- A point without a label");
  await session.press("\uE003"); // Backspace
  await type(", nobody]");
  const label = await session.waitFor(() => document.querySelector("#problems .problem-error button")?.textContent, { what: "an error listed" });
  const line = await session.run(() => Array.from(document.querySelectorAll(".cm-line")).findIndex((l) => l.textContent.includes("nobody")) + 1);
  assert.match(label, new RegExp(`line ${line}, column`));
  assert.equal(await session.run(() => document.querySelector("#stale").hidden), false);
});

test("the inline snippet is rendered in WebKit by the studio's module", async () => {
  await session.run(() => document.querySelector("#new-example").click());
  await previewHas("Dealing With North Korea");
  await session.run(() => {
    document.querySelector("#show-takeaway").click();
    document.querySelector("#copy-inline").click();
  });
  const snippet = await session.waitFor(() => document.querySelector("#snippet-out").value.includes("shadowrootmode") && document.querySelector("#snippet-out").value, { what: "the inline snippet" });
  assert.match(snippet, /<template shadowrootmode="open">/);
  assert.match(snippet, /Drivers for China/);
});
