// The release's files: the stylesheet shipped for static copies is the very one the wasm adopts,
// and nothing meant for tests is exported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { DIST, REPO } from "./support/servers.mjs";

// scripts/test runs these tests on a build with the `panic-for-tests` feature (DIST) and points
// RELEASE_DIST at the release it ships.
const RELEASE = process.env.RELEASE_DIST ? resolve(process.env.RELEASE_DIST) : join(REPO, "dist");

async function file(dir, pattern) {
  const name = (await readdir(dir)).find((f) => pattern.test(f));
  assert.ok(name, `${dir} has a file matching ${pattern}`);
  return readFile(join(dir, name));
}

for (const [what, dir] of [["the release", RELEASE], ["the tests' build", DIST]]) {
  test(`${what}: briefing-widget.css holds exactly the bytes the wasm adopts`, async () => {
    const css = await file(dir, /^briefing-widget\.css$/);
    const wasm = await file(dir, /^briefing-widget-[0-9a-f]+_bg\.wasm$/);
    assert.ok(css.length > 1000, "the stylesheet is there");
    assert.ok(!css.includes("/*"), "minified: no comments");
    assert.notEqual(wasm.indexOf(css), -1, "the wasm carries the same bytes");
  });
}

test("the release exports nothing meant for tests", async () => {
  const glue = await file(RELEASE, /^briefing-widget-[0-9a-f]+\.js$/);
  const wasm = await file(RELEASE, /^briefing-widget-[0-9a-f]+_bg\.wasm$/);
  for (const [name, bytes] of [["glue", glue], ["wasm", wasm]]) {
    assert.equal(bytes.includes("__panic_for_tests"), false, `the release ${name} names __panic_for_tests`);
    assert.equal(bytes.includes("panic requested by a test"), false, `the release ${name} has the test panic`);
  }
});
