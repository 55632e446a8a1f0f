// Every way loading can fail: the alert's words, the briefing-error event, Retry, the fallback,
// and a second widget on the same page that renders regardless. Then invalid documents, and a
// panic inside the module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";

import { DIST } from "./support/servers.mjs";
import { openPage, partnerPage, events, waitForEvents } from "./support/browser.mjs";
import { useHarness, servers, browser, example } from "./support/harness.mjs";

useHarness();

const TITLE = "Dealing With North Korea's Increased Belligerence";
const CORS_WORDS = "the host may be unreachable, or may not allow cross-origin requests from this page (CORS)";

const good = () => `${servers.widgetOrigin}/briefings/north-korea-2013.json`;

/** A partner page with the widget under test (#bad, with a fallback link) and a good one (#good). */
async function visitPair(path, src, { clock = false } = {}) {
  const body = `<briefing-widget id="bad" src="${src}"><a id="fallback" href="https://example.org/event">Read the briefing</a></briefing-widget>
    <briefing-widget id="good" src="${good()}"></briefing-widget>`;
  const url = servers.page(path, partnerPage({ widgetOrigin: servers.widgetOrigin, body }));
  const opened = await openPage(browser);
  if (clock) await opened.page.clock.install();
  await opened.page.goto(url);
  return opened;
}

/** What the failed widget shows: its problem lines, the Retry button, whether the fallback shows. */
async function shown(page) {
  const alert = page.locator("#bad [role=alert]");
  await alert.waitFor();
  return {
    lines: await alert.locator("li code").allTextContents(),
    retry: await page.locator("#bad button.retry").count(),
    fallback: await page.locator("#fallback").isVisible(),
  };
}

// Each failure mode: how to serve it, and the one line a partner reads.
const CASES = [
  {
    name: "HTTP 404",
    src: () => servers.failing(404),
    message: (url) => `${url} answered HTTP 404 Not Found`,
  },
  {
    name: "HTTP 500",
    src: () => servers.failing(500),
    message: (url) => `${url} answered HTTP 500 Internal Server Error`,
  },
  {
    name: "a response that is an HTML page",
    src: () => servers.failing("html"),
    message: (url) =>
      `${url} did not answer with JSON: the response looks like an HTML page (Content-Type: text/html; charset=utf-8)`,
  },
  {
    name: "a 3 MiB chunked body, stopped by the streaming limit",
    src: () => servers.failing("huge"),
    message: (url) => `${url}: document is larger than the 2 MiB limit; loading stopped there`,
    async check(url) {
      const stats = servers.stats(url);
      for (let waited = 0; !stats.aborted && waited < 2000; waited += 50) await new Promise((d) => setTimeout(d, 50));
      // The widget failed while the body was still coming: it did not wait for the end.
      assert.equal(stats.aborted, true, "the download was cut off");
      assert.ok(stats.bytesSent < 3 * 1024 * 1024, `sent ${stats.bytesSent} bytes of 3 MiB`);
    },
  },
  {
    name: "a Content-Length over 2 MiB",
    src: () => servers.failing("huge-declared"),
    message: (url) => `${url}: document is 3.0 MiB; the limit is 2 MiB`,
  },
  {
    name: "an unreachable host",
    src: () => servers.unreachable(),
    message: (url) => `could not fetch ${url}: ${CORS_WORDS}`,
    unseen: true,
  },
  {
    name: "a host that refuses cross-origin requests (no CORS header)",
    src: () => servers.failing("no-cors", { body: example }),
    message: (url) => `could not fetch ${url}: ${CORS_WORDS}`,
  },
  {
    name: "a host that never answers (15 s timeout, on Playwright's clock)",
    src: () => servers.failing("hang"),
    message: (url) => `${url} did not answer within 15 seconds`,
    clock: true,
  },
];

/** Waits (up to 2 s) for the widget to cancel a body, and asserts it did before the end. */
async function assertCutOff(url) {
  const stats = servers.stats(url);
  for (let waited = 0; !stats.aborted && waited < 2000; waited += 50) await new Promise((d) => setTimeout(d, 50));
  assert.equal(stats.aborted, true, `the body was cancelled (${stats.bytesSent} bytes sent)`);
  assert.ok(stats.bytesSent < 3 * 1024 * 1024, `sent ${stats.bytesSent} bytes of 3 MiB`);
}

// Answers that are failures from their first bytes, with a large body still coming: the widget
// stops the download instead of leaving it to run (the body is sent slowly, over 5 s).
const CUT_OFF = [
  { name: "HTTP 500", options: {}, message: (url) => `${url} answered HTTP 500 Internal Server Error` },
  { name: "HTTP 404", options: { status: 404 }, message: (url) => `${url} answered HTTP 404 Not Found` },
  {
    name: "an HTML page with status 200",
    options: { status: 200, type: "text/html" },
    message: (url) => `${url} did not answer with JSON: the response looks like an HTML page (Content-Type: text/html)`,
  },
];

for (const [index, failure] of CUT_OFF.entries()) {
  test(`${failure.name} with a large slow body: the error shows and the download is cancelled`, async () => {
    const src = servers.failing("slow-body", failure.options);
    const { page, context } = await visitPair(`/cut-off-${index}.html`, src);
    const [error] = await waitForEvents(page, "briefing-error", "bad", 1);
    assert.deepEqual(error.detail, { message: failure.message(src) });
    await assertCutOff(src);
    await context.close();
  });
}

for (const [index, failure] of CASES.entries()) {
  test(`${failure.name}: an alert with the URL, briefing-error, a Retry that tries again; the neighbour renders`, async () => {
    const src = await failure.src();
    const { page, context } = await visitPair(`/failure-${index}.html`, src, { clock: failure.clock });
    const expected = failure.message(src);
    // The good widget renders whatever happens to its neighbour.
    await page.locator("#good h2.title").waitFor();
    assert.equal(await page.locator("#good h2.title").textContent(), TITLE);
    if (failure.clock) {
      // Still loading, well past any real network delay; then the deadline passes at once.
      await page.locator("#bad .loading").waitFor();
      await page.clock.fastForward(14_000);
      assert.equal((await events(page, "briefing-error", "bad")).length, 0, "no timeout before 15 s");
      await page.clock.fastForward(1_500);
    }
    const [error] = await waitForEvents(page, "briefing-error", "bad", 1);
    assert.deepEqual(error.detail, { message: expected });
    assert.deepEqual(await shown(page), { lines: [expected], retry: 1, fallback: true });
    await failure.check?.(src);

    // Retry asks again (and fails again the same way).
    const before = servers.stats(src)?.requests;
    await page.locator("#bad button.retry").click();
    if (failure.clock) {
      await page.locator("#bad .loading").waitFor();
      await page.clock.fastForward(15_500);
    }
    const errors = await waitForEvents(page, "briefing-error", "bad", 2);
    assert.deepEqual(errors[1].detail, { message: expected });
    if (!failure.unseen) assert.equal(servers.stats(src).requests, before + 1, "Retry fetched again");
    assert.deepEqual(await shown(page), { lines: [expected], retry: 1, fallback: true });
    assert.equal(await page.locator("#good h2.title").textContent(), TITLE);
    await context.close();
  });
}

test("fail then succeed: Retry loads the briefing, with briefing-load", async () => {
  const src = servers.failing("flaky", { body: example });
  const { page, problems, context } = await visitPair("/flaky.html", src);
  const [error] = await waitForEvents(page, "briefing-error", "bad", 1);
  assert.deepEqual(error.detail, { message: `${src} answered HTTP 503 Service Unavailable` });
  assert.equal((await shown(page)).retry, 1);
  await page.locator("#bad button.retry").click();
  await page.locator("#bad h2.title").waitFor();
  assert.equal(await page.locator("#bad h2.title").textContent(), TITLE);
  assert.equal(await page.locator("#bad [role=alert]").count(), 0, "the alert is gone");
  assert.equal(await page.locator("#fallback").isVisible(), false, "the fallback hides once rendered");
  const [load] = await waitForEvents(page, "briefing-load", "bad", 1);
  assert.equal(load.detail.id, example.id);
  assert.equal(servers.stats(src).requests, 2);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("an invalid document: the first five problems and a count of the rest, every line in the event, no Retry", async () => {
  const broken = structuredClone(example);
  for (const [i, section] of broken.sections.entries()) {
    section.id = `Bad ${i}`;
    section.title = "";
  }
  const src = servers.briefing("/eight-problems.json", broken);
  const { page, context } = await visitPair("/invalid.html", src);
  const [error] = await waitForEvents(page, "briefing-error", "bad", 1);
  const lines = error.detail.message.split("\n");
  assert.equal(lines.length, 8, error.detail.message);
  assert.match(lines[0], /^sections\[0\]\.id: "Bad 0" is not a slug/);
  assert.equal(lines[7], "sections[3].title: must not be empty");
  const alert = page.locator("#bad [role=alert]");
  await alert.waitFor();
  assert.deepEqual(await alert.locator("li code").allTextContents(), lines.slice(0, 5));
  assert.equal(await alert.locator("li.error-more").textContent(), "and 3 more problems");
  assert.equal(await page.locator("#bad button.retry").count(), 0, "retrying cannot fix a document");
  assert.equal(await page.locator("#fallback").isVisible(), true);
  assert.equal(await page.locator("#good h2.title").textContent(), TITLE);
  await context.close();
});

test("a syntax error names the line and column", async () => {
  const src = servers.briefing("/truncated.json", '{\n  "version": 1,\n  "id": "x"\n  "title": "T"\n}');
  const body = `<briefing-widget id="bad" src="${src}"></briefing-widget>`;
  const url = servers.page("/syntax.html", partnerPage({ widgetOrigin: servers.widgetOrigin, body }));
  const { page, context } = await openPage(browser);
  await page.goto(url);
  const [error] = await waitForEvents(page, "briefing-error", "bad", 1);
  assert.equal(error.detail.message, "line 4, column 3: expected ',' or '}'");
  await context.close();
});

test("an element with neither src nor briefing shows its fallback and waits: no alert, no briefing-error; reload() rejects at once", async () => {
  // As frameworks do: the element first, its `briefing` a moment later.
  const body = `<briefing-widget id="w"><a id="fallback" href="https://example.org/event">Read the briefing</a></briefing-widget>
    <briefing-widget id="ready" src="${servers.widgetOrigin}/briefings/north-korea-2013.json"></briefing-widget>`;
  const url = servers.page("/waits.html", partnerPage({ widgetOrigin: servers.widgetOrigin, body }));
  const { page, problems, context } = await openPage(browser);
  await page.goto(url);
  // Once its neighbour has loaded, the module has mounted both.
  await waitForEvents(page, "briefing-load", "ready", 1);
  await page.waitForTimeout(300);
  assert.deepEqual(await events(page, "briefing-error", "w"), []);
  assert.equal(await page.locator("#w [role=alert]").count(), 0, "no alert");
  assert.equal(await page.locator("#w [role=status]").count(), 0, "not loading either");
  assert.equal(await page.locator("#fallback").isVisible(), true, "the fallback shows");
  const outcome = await page.evaluate(() =>
    Promise.race([
      document.querySelector("#w").reload().then(() => "resolved", (error) => `rejected: ${error.message}`),
      new Promise((resolve) => setTimeout(() => resolve("still pending after 2 s"), 2000)),
    ])
  );
  assert.equal(outcome, "rejected: reload() has nothing to load: the element has neither a src attribute nor a briefing");
  await page.evaluate((briefing) => (document.querySelector("#w").briefing = briefing), example);
  const [loaded] = await waitForEvents(page, "briefing-load", "w", 1);
  assert.equal(loaded.detail.id, example.id);
  assert.deepEqual(await events(page, "briefing-error", "w"), []);
  // Back to nothing: the fallback again, still no error.
  await page.evaluate(() => {
    const w = document.querySelector("#w");
    w.briefing = null;
  });
  await page.locator("#fallback").waitFor({ state: "visible" });
  assert.equal(await page.locator("#w h2.title").count(), 0);
  assert.deepEqual(await events(page, "briefing-error", "w"), []);
  assert.deepEqual(problems, { errors: [], console: [] });
  await context.close();
});

/** The URL of the module's JS glue, as the loader names it. */
async function glueUrl() {
  const glue = (await readdir(DIST)).find((f) => /^briefing-widget-[0-9a-f]+\.js$/.test(f));
  return `${servers.widgetOrigin}/${glue}`;
}

test("a panic marks every widget failed with its fallback, fires briefing-error, and the module is not called again", async () => {
  const body = `<briefing-widget id="a" src="${good()}"><a id="fallback-a" href="https://example.org/a">Briefing A</a></briefing-widget>
    <briefing-widget id="b" src="${good()}"><a id="fallback-b" href="https://example.org/b">Briefing B</a></briefing-widget>`;
  const url = servers.page("/panic.html", partnerPage({ widgetOrigin: servers.widgetOrigin, body }));
  const { page, problems, context } = await openPage(browser);
  await page.goto(url);
  await page.locator("#a h2.title").waitFor();
  await page.locator("#b h2.title").waitFor();
  // The same module instance the loader uses: ES modules are cached by URL.
  const thrown = await page.evaluate(async (glue) => {
    const module = await import(glue);
    try {
      module.__panic_for_tests();
      return null;
    } catch (error) {
      return `${error.constructor.name}: ${error.message}`;
    }
  }, await glueUrl());
  assert.match(thrown, /^RuntimeError: unreachable/, "a panic aborts the module");
  const STOPPED = "This briefing stopped working; reload the page.";
  const DETAIL =
    "this briefing stopped working after an internal error; reload the page (the browser console has the details)";
  for (const id of ["a", "b"]) {
    assert.equal(await page.locator(`#${id} [role=alert]`).textContent(), STOPPED);
    assert.equal(await page.locator(`#${id} h2.title`).count(), 0, "the frozen briefing is gone");
    assert.equal(await page.locator(`#fallback-${id}`).isVisible(), true, "the fallback shows");
    assert.equal(await page.locator(`#${id}`).getAttribute("data-failed"), "");
    assert.deepEqual(await events(page, "briefing-error", id), [{ type: "briefing-error", target: id, detail: { message: DETAIL } }]);
  }
  assert.ok(problems.console.some((line) => line.includes("briefing-widget: internal error") && line.includes("a panic requested by a test")));
  // Afterwards nothing calls into the dead module: changing, removing and adding widgets only
  // shows the fallback and fires briefing-error; no new error reaches the page.
  const errorsBefore = problems.errors.length;
  await page.evaluate(() => document.querySelector("#a").setAttribute("src", "elsewhere.json"));
  await page.evaluate(() => document.querySelector("#b").remove());
  await page.evaluate((src) => {
    const late = document.createElement("briefing-widget");
    late.id = "c";
    late.setAttribute("src", src);
    late.innerHTML = '<a id="fallback-c" href="https://example.org/c">Briefing C</a>';
    document.body.append(late);
  }, good());
  const [late] = await waitForEvents(page, "briefing-error", "c", 1);
  assert.equal(late.detail.message, DETAIL);
  assert.equal(await page.locator("#c [role=alert]").textContent(), STOPPED);
  assert.equal(await page.locator("#fallback-c").isVisible(), true);
  assert.equal((await events(page, "briefing-error", "a")).length, 1, "no second event for #a");
  assert.equal(problems.errors.length, errorsBefore, `no new page errors: ${problems.errors}`);
  await context.close();
});
