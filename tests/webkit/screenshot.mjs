// Screenshots of a served page in WebKit (MiniBrowser under Xvfb), for people to look at, like
// tests/e2e/screenshot.mjs does in Chromium and Firefox:
//   node tests/webkit/screenshot.mjs URL OUT_PREFIX [width:scheme[:open] ...]
// The page is shown in an iframe of the asked width (MiniBrowser's window is at least 447 px
// wide), 2200 px high, at the top left of a 1320 px wide viewport; "dark" starts MiniBrowser in dark mode; "open" shows all sections.
import { writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { startDriver, Session } from "./support/webdriver.mjs";

const [url, prefix, ...asked] = process.argv.slice(2);
if (!url || !prefix) {
  console.error("usage: node tests/webkit/screenshot.mjs URL OUT_PREFIX [width:scheme[:open] ...]");
  process.exit(2);
}
const shots = (asked.length ? asked : ["1280:light", "1280:dark", "360:light", "360:dark"]).map((s) => s.split(":"));
const dir = await mkdtemp(join(tmpdir(), "webkit-shots-"));
const driver = await startDriver({ screen: "1400x2600" });
try {
  for (const scheme of ["light", "dark"]) {
    const mine = shots.filter(([, s]) => s === scheme);
    if (!mine.length) continue;
    const session = await Session.open(driver.url, { args: scheme === "dark" ? ["--dark-mode"] : [] });
    try {
      await session.setWindowSize(1320, 2450);
      const room = await session.run(() => innerHeight);
      if (room < 2200) throw new Error(`the viewport is ${room} px high, less than the frame's 2200 px`);
      for (const [width, , action] of mine) {
        const frame = pathToFileURL(join(dir, `frame-${width}.html`)).href;
        await writeFile(
          join(dir, `frame-${width}.html`),
          `<!doctype html><meta name="color-scheme" content="light dark"><body style="margin:0"><iframe id="f" src="${url}" style="width:${width}px;height:2200px;border:0"></iframe>`
        );
        // First the page itself, until every widget has rendered (or failed): the frame below is
        // another origin, which cannot be watched.
        await session.goto(url);
        await session.waitFor(
          () => [...document.querySelectorAll("briefing-widget")].every((w) => w.shadowRoot?.querySelector(".title, [role=alert]")),
          { timeout: 20000, what: "every widget rendered" }
        );
        await session.goto(frame);
        await new Promise((d) => setTimeout(d, 1500));
        if (action === "open") {
          // Only a same-origin frame can be scripted; the shot shows the default state otherwise.
          await session.run(() => {
            try {
              document.querySelector("#f").contentDocument.querySelector("briefing-widget").shadowRoot.querySelector(".controls button").click();
            } catch {}
          });
          await new Promise((d) => setTimeout(d, 500));
        }
        // The whole viewport, the frame at its top left (WebKitGTK's element screenshots of a
        // frame this tall come out shifted).
        const file = `${prefix}-${width}-${scheme}${action ? `-${action}` : ""}.png`;
        await writeFile(file, await session.screenshot());
        console.log(file);
      }
    } finally {
      await session.close();
    }
  }
} finally {
  await driver.stop();
}
