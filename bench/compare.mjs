// What a change saved: the shipped files of two release builds side by side, raw, gzip (level 9)
// and brotli (quality 11), matched by role (the glue's and the wasm's names carry a content hash).
// Prints a table, and one row for docs/size.md's "What each change saved" table.
// Usage: node bench/compare.mjs --before DIR --dist DIR [--change "what changed"]
//   (scripts/bench --compare DIR builds the release into its dist and compares it with DIR.)
import { resolve } from "node:path";
import { parseArgs } from "node:util";

import { shippedSizes } from "./sizes.mjs";

const { values: options } = parseArgs({
  options: { before: { type: "string" }, dist: { type: "string" }, change: { type: "string", default: "this change" } },
});
if (!options.before || !options.dist) throw new Error("--before DIR and --dist DIR are required: two release builds");
const before = shippedSizes(resolve(options.before)).rows;
const after = shippedSizes(resolve(options.dist)).rows;

const kib = (bytes) => (bytes / 1024).toFixed(1);
const signed = (bytes) => `${bytes > 0 ? "−" : bytes < 0 ? "+" : ""}${kib(Math.abs(bytes))}`;
const head = ["file", "gzip before", "gzip after", "gzip saved", "brotli before", "brotli after", "brotli saved", "raw saved"];
const rows = after.map((a) => {
  const b = before.find((r) => r.role === a.role);
  return [a.role, kib(b.gzip), kib(a.gzip), signed(b.gzip - a.gzip), kib(b.brotli), kib(a.brotli), signed(b.brotli - a.brotli), signed(b.raw - a.raw)];
});
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
console.log(`\nBytes shipped, KiB: ${options.before} (before) → ${options.dist} (after); − is saved`);
console.log(`${line(head)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
rows.forEach((r) => console.log(line(r)));

const path = (rows) => rows.find((r) => r.role === "script path");
const wasm = (rows) => rows.find((r) => r.role === "wasm");
const [b, a] = [path(before), path(after)];
console.log(`\nFor docs/size.md, "What each change saved" (script path gzip, wasm gzip, script path brotli; KiB):`);
console.log(
  `| ${options.change} | ${kib(b.gzip)} → ${kib(a.gzip)} (${signed(b.gzip - a.gzip)}) | ` +
    `${signed(wasm(before).gzip - wasm(after).gzip)} | ${kib(b.brotli)} → ${kib(a.brotli)} (${signed(b.brotli - a.brotli)}) |`
);
