// The shared set-up of every end-to-end test file: both servers, one browser, the example briefing.
// Exports are live bindings: they hold their values once the file's `before` hook has run.
import { before, after } from "node:test";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { startServers, FIXTURES } from "./servers.mjs";
import { launch } from "./browser.mjs";

export let servers;
export let browser;
export let example;

/** Starts the servers and the browser before the file's tests, and stops them after. */
export function useHarness() {
  before(async () => {
    servers = await startServers();
    browser = await launch();
    example = JSON.parse(await readFile(join(FIXTURES, "north-korea-2013.json"), "utf8"));
  });
  after(async () => {
    await browser?.close();
    await servers?.close();
  });
}
