// Next.js (App Router, Turbopack, server rendering): a Server Component imports the briefing and
// hands it to a client component that renders briefing-widget/react's <BriefingWidget>; a second
// page uses the plain element with the documented pattern (ref + effect); a Pages Router page uses
// the component too. `next build` type-checks (strict, JSON import) and builds; `next start`'s
// handler serves the build on loopback.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";

import { TOOLS, bin, setup } from "./support/project.mjs";

/** The production server of the build in `dir` (what `next start` runs), on a free loopback port. */
async function start(dir) {
  const next = createRequire(join(TOOLS, "next", "package.json"))("next");
  const app = (next.default ?? next)({ dev: false, dir, quiet: true });
  await app.prepare();
  const handle = app.getRequestHandler();
  // As the other hosts here: the browser's own favicon request is not the page's (Next answers 404).
  const server = createServer((req, res) => (req.url === "/favicon.ico" ? res.writeHead(204).end() : handle(req, res)));
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      await new Promise((done) => server.close(done));
      await app.close?.();
    },
  };
}

const state = setup({
  name: "next",
  title: "Next.js 16 (App and Pages Router, SSR)",
  prepare: { jsonAt: ["briefing.json"] },
  build: [bin("next"), ["build"]],
  site: ".next/static",
  start,
  pages: ["/", "/plain", "/legacy"],
  // next build prints its routes; nothing may warn.
  quiet: (output) => !/warn|error/i.test(output.replace(/Compiled successfully/g, "")),
});

test("Next.js: the server sends the element with its attributes and the fallback, no error", async () => {
  for (const path of ["/", "/plain", "/legacy"]) {
    const html = await (await fetch(`${state.server.origin}${path}`)).text();
    assert.match(html, /<briefing-widget[^>]* theme="light"|<briefing-widget[^>]*>/, `${path}: the element is in the server's HTML`);
    assert.match(html, /<briefing-widget[^>]*>\s*<a href="\/briefing">Read the briefing<\/a>\s*<\/briefing-widget>/, `${path}: with its fallback`);
  }
});
