// The stylesheet's fallbacks for older browsers give the same colours as the modern CSS they
// stand in for. A browser without light-dark() is played by renaming the function, which makes
// every light-dark() unknown to this browser and its @supports test false, as in Safari < 17.5.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { REPO } from "./support/servers.mjs";
import { openPage } from "./support/browser.mjs";
import { useHarness, browser } from "./support/harness.mjs";

useHarness();

const CSS = await readFile(join(REPO, "src", "embed", "widget.css"), "utf8");
// The default colours the widget picks by theme (the --_d-* and the section palette --_p*).
const NAMES = [...new Set(CSS.match(/--_(?:d-[a-z]+|p\d)(?=:\s*light-dark\()/g))];

/** Every default colour, resolved, in widgets of each theme, with the widget's sheet as given. */
function colours(page, css, names) {
  return page.evaluate(
    ([css, names]) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      const seen = {};
      for (const theme of ["light", "dark", "auto"]) {
        const host = document.body.appendChild(document.createElement("div"));
        if (theme !== "auto") host.setAttribute("theme", theme);
        const shadow = host.attachShadow({ mode: "open" });
        shadow.adoptedStyleSheets = [sheet];
        const root = shadow.appendChild(document.createElement("div"));
        root.className = "root";
        seen[theme] = Object.fromEntries(
          names.map((name) => {
            const probe = root.appendChild(document.createElement("span"));
            probe.style.color = `var(${name})`;
            return [name, getComputedStyle(probe).color];
          })
        );
        seen[theme]["background of .root"] = getComputedStyle(root).backgroundColor;
      }
      return seen;
    },
    [css, names]
  );
}

for (const colorScheme of ["light", "dark"]) {
  test(`without light-dark(), the plain colours match light-dark()'s, for every theme (system ${colorScheme})`, async () => {
    assert.ok(NAMES.length >= 14, `the default colours: ${NAMES}`);
    const { page, context } = await openPage(browser, { colorScheme });
    await page.setContent("<!doctype html><body></body>");
    const modern = await colours(page, CSS, NAMES);
    const older = await colours(page, CSS.replaceAll("light-dark(", "light-dark-unknown("), NAMES);
    assert.deepEqual(older, modern);
    // The themes really differ, and auto follows the system.
    assert.equal(modern.light["background of .root"], "rgb(255, 255, 255)");
    assert.equal(modern.dark["background of .root"], "rgb(18, 22, 29)");
    assert.equal(modern.auto["background of .root"], colorScheme === "dark" ? "rgb(18, 22, 29)" : "rgb(255, 255, 255)");
    await context.close();
  });
}
