// briefing publish's figures: how long publishing 100 briefings takes, and the published page on
// an emulated mid-range phone (4× CPU slowdown, 1.6 Mbps down, 750 kbps up, 150 ms round trip;
// bench/phone.mjs's profile): largest contentful paint and cumulative layout shift, cold.
// A measurement, not a test. Usage: node bench/publish.mjs --dist DIR [--runs 5] [--count 100]
// (scripts/bench runs it after bench/run.mjs, on the same release build).
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";

import { profilePage } from "./phone.mjs";
import { generateBriefing } from "./generate.mjs";

const run = promisify(execFile);
const REPO = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const { values: options } = parseArgs({
  options: { dist: { type: "string" }, runs: { type: "string", default: "5" }, count: { type: "string", default: "100" } },
});
if (!options.dist) throw new Error("--dist DIR is required: a release build of the widget");
const dist = resolve(options.dist);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The CLI, built once in release mode (outside the timing).
await run("cargo", ["build", "--release", "-q", "-p", "briefing-cli"], { cwd: REPO, maxBuffer: 1 << 24 });
const cli = join(REPO, "target", "release", "briefing");

const work = await mkdtemp(join(tmpdir(), "briefing-publish-bench-"));
const count = Number(options.count);
const inputs = [];
for (let i = 0; i < count; i++) {
  // 4 sections of 20 points each: a typical event.
  const briefing = { ...generateBriefing(4, 20, i + 1), id: `generated-${i + 1}`, date: `2013-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}` };
  const file = join(work, `b${i + 1}.json`);
  await writeFile(file, JSON.stringify(briefing, null, 2));
  inputs.push(file);
}

const publishTimes = [];
for (let r = 0; r < Number(options.runs); r++) {
  const started = performance.now();
  await run(cli, ["publish", "--base-url", "https://briefings.example.org/", "--out", join(work, "site"), "--widget", dist, ...inputs], { maxBuffer: 1 << 24 });
  publishTimes.push(performance.now() - started);
}

// The phone: the example briefing's published page, served without compression from loopback.
const example = join(REPO, "static", "examples", "north-korea-2013.json");
const site = join(work, "phone-site");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".css": "text/css" };
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(site, path));
  try {
    if (!file.startsWith(site) || !(await stat(file)).isFile()) throw new Error();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "access-control-allow-origin": "*" });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;
await run(cli, ["publish", "--base-url", `${origin}/`, "--out", site, "--widget", dist, example]);
const page = (await readFile(join(site, "dealing-with-north-korea-2013", "index.html"))).length;

// The phone profile of bench/phone.mjs (scripts/bench --phone): cold, its own CPU and network
// emulation, until briefing-load (which waits for the widget to take the copy's place).
const { summary, runs: phoneRuns } = await profilePage({ url: `${origin}/dealing-with-north-korea-2013/`, runs: Number(options.runs) });
const phone = phoneRuns.map((r) => ({ lcp: r.lcp, cls: r.cls, live: r.loaded }));
server.close();
await rm(work, { recursive: true, force: true });

console.log(`\nbriefing publish (${options.runs} runs, medians)`);
console.log(`| what | figure |\n|---|---|`);
console.log(`| publish ${count} briefings (4 sections × 20 points each), release CLI | ${Math.round(median(publishTimes))} ms (${publishTimes.map((t) => Math.round(t)).join(", ")}) |`);
console.log(`| phone (4× CPU, 1.6 Mbps, 150 ms RTT): largest contentful paint of the page | ${Math.round(median(phone.map((p) => p.lcp)))} ms (${phone.map((p) => Math.round(p.lcp)).join(", ")}) |`);
console.log(`| phone: cumulative layout shift, through the widget's takeover | ${median(phone.map((p) => p.cls)).toFixed(4)} (max ${Math.max(...phone.map((p) => p.cls)).toFixed(4)}) |`);
console.log(`| phone: briefing-load (the widget took the copy's place) | ${Math.round(median(phone.map((p) => p.live)))} ms |`);
console.log(`| phone: largest paint's element | ${summary.lcpElement} |`);
console.log(`| the page's HTML | ${(page / 1024).toFixed(1)} KiB |`);
