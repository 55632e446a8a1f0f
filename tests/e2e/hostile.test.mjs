// Hostile content: markup, script and style in every text field render as the literal text and
// run nothing; links are http(s) only and open with rel="noopener noreferrer".
import { test } from "node:test";
import assert from "node:assert/strict";

import { openPage, partnerPage } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

useHarness();

const TITLE = "Dealing With North Korea's Increased Belligerence";

/** Each would run something, or restyle the page, if it were ever parsed as HTML or followed. */
const PAYLOAD =
  `<script>window.__pwned = "script"</script>` +
  `<img src=x onerror="window.__pwned = 'img'">` +
  `</style><style>* { display: none !important }</style>` +
  `<a href="javascript:window.__pwned = 'link'">javascript:window.__pwned = 'text'</a>`;
// Names may be at most 200 characters: shorter payloads.
const EVE = `Eve <img src=x onerror="window.__pwned = 'eve'"><script>window.__pwned = 'eve'</script>`;
const MALLORY = `Mallory <svg onload="window.__pwned = 'svg'">`;

function hostileBriefing() {
  return {
    version: 1,
    id: "hostile",
    title: `Title ${PAYLOAD}`,
    date: "2024-02-29",
    summary: `${EVE} opened.\n\nSummary ${PAYLOAD}`,
    source: { url: "https://example.org/event", label: `Source ${PAYLOAD}` },
    organizer: { name: `Organizer ${PAYLOAD}`, about: `About ${PAYLOAD}`, url: "https://example.org/organizer" },
    speakers: [
      {
        id: "eve",
        name: EVE,
        aliases: [`Evil </style><script>window.__pwned = 'alias'</script>`],
        affiliation: `Affiliation ${PAYLOAD}`,
        role: `Role ${PAYLOAD}`,
        bio: `Bio ${PAYLOAD}`,
        url: "https://example.org/eve",
      },
      { id: "mallory", name: MALLORY, bio: `Bio ${PAYLOAD}` },
    ],
    sections: [
      {
        id: "payloads",
        title: `Section ${PAYLOAD}`,
        theme: "payloads",
        open: true,
        points: [
          { label: `Label ${PAYLOAD}`, text: `${EVE} said: ${PAYLOAD}; ${MALLORY} agreed.`, speakers: ["eve", "mallory"] },
          { text: `Text ${PAYLOAD}` },
        ],
      },
    ],
  };
}

async function visit(path, body) {
  const url = servers.page(path, partnerPage({ widgetOrigin: servers.widgetOrigin, body }));
  const opened = await openPage(browser);
  await opened.page.goto(url);
  await opened.page.waitForFunction(
    () => window.__events.filter((e) => e.type !== "briefing-toggle").length >= document.querySelectorAll("briefing-widget").length
  );
  return opened;
}

test("markup, script and style in every text field render as literal text and run nothing", async () => {
  const briefing = hostileBriefing();
  const src = servers.briefing("/hostile.json", briefing);
  const good = `${servers.widgetOrigin}/briefings/north-korea-2013.json`;
  const { page, problems, context } = await visit(
    "/hostile.html",
    `<briefing-widget id="w" open="all" src="${src}"></briefing-widget><briefing-widget id="good" src="${good}"></briefing-widget>`
  );
  const w = page.locator("#w");
  assert.equal(await w.locator("h2.title").textContent(), briefing.title);
  assert.equal(await w.locator(".section-toggle").first().textContent().then((t) => t.includes(briefing.sections[0].title)), true);
  // Show every tooltip once: their names and bios are text too.
  const mentions = w.locator(".mention");
  for (let i = 0; i < (await mentions.count()); i++) {
    await mentions.nth(i).focus();
    await page.keyboard.press("Escape");
  }
  await mentions.first().hover();
  const inside = await page.evaluate(() => {
    const root = document.querySelector("#w").shadowRoot;
    return {
      text: root.textContent,
      // The widget's own icons are aria-hidden SVGs; nothing else of the kind may exist.
      dangerous: [...root.querySelectorAll("script, img, svg:not([aria-hidden=true]), style, iframe, object, embed")].map(
        (e) => e.outerHTML
      ),
      links: [...root.querySelectorAll("a")].map((a) => ({ href: a.getAttribute("href"), rel: a.rel, target: a.target })),
      handlers: [...root.querySelectorAll("*")].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith("on"))),
      pwned: window.__pwned ?? null,
      pageImages: document.querySelectorAll("img, svg").length,
    };
  });
  assert.deepEqual(inside.dangerous, [], "no element was made from the text");
  assert.deepEqual(inside.handlers, [], "no event-handler attribute");
  assert.equal(inside.pwned, null, "nothing ran");
  assert.equal(inside.pageImages, 0);
  // Every text field is there, verbatim.
  const texts = [
    briefing.title,
    "Summary " + PAYLOAD,
    briefing.source.label,
    briefing.organizer.name,
    briefing.sections[0].title,
    briefing.sections[0].points[0].label,
    briefing.sections[0].points[1].text,
    EVE,
    MALLORY,
    "Bio " + PAYLOAD,
    "Role " + PAYLOAD,
    "Affiliation " + PAYLOAD,
  ];
  for (const text of texts) assert.ok(inside.text.includes(text), `shown verbatim: ${text}`);
  // Links: only the document's http(s) URLs, opened safely.
  assert.ok(inside.links.length >= 3, JSON.stringify(inside.links));
  for (const link of inside.links) {
    if (link.href.startsWith("#")) continue; // in-widget links (deep links), if any
    assert.match(link.href, /^https?:\/\//, JSON.stringify(link));
    assert.equal(link.target, "_blank");
    assert.deepEqual(link.rel.split(/\s+/).sort(), ["noopener", "noreferrer"]);
  }
  // The neighbour is unharmed, the page's styles too.
  assert.equal(await page.locator("#good h2.title").textContent(), TITLE);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), "block");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("a javascript: URL is refused with the path, and never becomes a link", async () => {
  const briefing = { ...example, source: { url: "javascript:alert(1)", label: "Source" } };
  briefing.speakers = example.speakers.map((s, i) => (i === 0 ? { ...s, url: "JavaScript:alert(2)" } : s));
  const src = servers.briefing("/javascript-url.json", briefing);
  const { page, context } = await visit("/javascript-url.html", `<briefing-widget id="w" src="${src}"></briefing-widget>`);
  const lines = await page.locator("#w [role=alert] li code").allTextContents();
  assert.deepEqual(lines, ["source.url: only http and https URLs are allowed", "speakers[0].url: only http and https URLs are allowed"]);
  assert.equal(await page.evaluate(() => document.querySelector("#w").shadowRoot.querySelectorAll("a").length), 0);
  await context.close();
});
