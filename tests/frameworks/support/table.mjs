// Prints the figures the framework tests recorded (target/frameworks/*.json): per setup, the
// production build's time and the widget's bytes as that bundler emitted them (wasm, glue,
// loader; gzip in brackets). A file that holds both the glue and the loader is counted in both;
// "with the app": the bundler put the loader in the app's own chunk, whose size this is.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { RESULTS } from "./project.mjs";

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
// Files of the same size are copies (Next.js's App and Pages Router bundles): one is loaded a page.
const cell = (files) => {
  if (!files.length) return "-";
  const groups = new Map();
  for (const f of files) groups.set(`${f.bytes}/${f.withApp ?? false}`, [...(groups.get(`${f.bytes}/${f.withApp ?? false}`) ?? []), f]);
  return [...groups.values()]
    .map((same) => `${same.length > 1 ? `${same.length} × ` : ""}${kib(same[0].bytes)} (${kib(same[0].gzip)})${same[0].withApp ? " with the app" : ""}`)
    .join(" + ");
};

const rows = existsSync(RESULTS) ? readdirSync(RESULTS).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(join(RESULTS, f), "utf8"))) : [];
const lines = [
  "| setup | build | checks | wasm | glue | loader |",
  "|---|---|---|---|---|---|",
  ...rows.map(
    (r) =>
      `| ${r.setup} | ${r.build.toFixed(1)} s | ${r.checks.length ? r.checks.map((s) => `${s.toFixed(1)} s`).join(" + ") : "-"} | ${cell(r.wasm)} | ${cell(r.glue)} | ${cell(r.loader)}${
        r.glue.length && r.loader.length && r.glue.every((g) => r.loader.some((l) => l.file === g.file)) ? " (same file as the glue)" : ""
      } |`
  ),
];
console.log(lines.join("\n"));
