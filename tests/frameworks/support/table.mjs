// Prints the figures the framework tests recorded (target/frameworks/*.json): per setup, the
// production build's time and the widget's bytes as that bundler emitted them (wasm, glue,
// loader; gzip in brackets). A file that holds both the glue and the loader is counted in both.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { RESULTS } from "./project.mjs";

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sum = (files) => files.reduce((a, f) => ({ bytes: a.bytes + f.bytes, gzip: a.gzip + f.gzip }), { bytes: 0, gzip: 0 });
const cell = (files) => {
  if (!files.length) return "-";
  const { bytes, gzip } = sum(files);
  return `${kib(bytes)} (${kib(gzip)})`;
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
