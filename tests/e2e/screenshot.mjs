// Takes screenshots of a served page at several widths and colour schemes, for people to look at:
//   node tests/e2e/screenshot.mjs URL OUT_PREFIX [width:scheme ...]
// e.g. node tests/e2e/screenshot.mjs http://127.0.0.1:8080/ /tmp/preview 1280:light 360:dark
// Actions: open (show all sections), tooltip (hover a chip), nojs (JavaScript off: an inline
// embed's static copy).
import { launch, openPage } from "./support/browser.mjs";

const [url, prefix, ...shots] = process.argv.slice(2);
if (!url || !prefix) {
  console.error("usage: node tests/e2e/screenshot.mjs URL OUT_PREFIX [width:scheme[:action] ...]");
  process.exit(2);
}
const browser = await launch();
for (const shot of shots.length ? shots : ["1280:light", "1280:dark", "360:light", "360:dark"]) {
  const [width, scheme, action] = shot.split(":");
  const { page, context, problems } = await openPage(browser, {
    viewport: { width: Number(width), height: 900 },
    colorScheme: scheme,
    deviceScaleFactor: 1,
    javaScriptEnabled: action !== "nojs",
  });
  await page.goto(url);
  await page.locator("briefing-widget .title, briefing-widget [role=alert]").first().waitFor();
  if (action !== "nojs") {
    // An inline embed's static copy shows a title at once: wait for the live widget to replace it.
    const replaced = () => ![...document.querySelectorAll("briefing-widget")].some((w) => w.shadowRoot?.querySelector("[data-prerendered]"));
    await page.waitForFunction(replaced, null, { timeout: 10000 }).catch(() => console.error("a static copy was not replaced"));
  }
  if (action === "open") await page.locator("briefing-widget .controls button").first().click();
  if (action === "tooltip") {
    await page.locator("briefing-widget .chip").first().hover();
    await page.locator("briefing-widget [role=tooltip]:not([hidden])").waitFor();
  }
  const file = `${prefix}-${width}-${scheme}${action ? `-${action}` : ""}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file, problems.errors.length || problems.console.length ? JSON.stringify(problems) : "");
  await context.close();
}
await browser.close();
