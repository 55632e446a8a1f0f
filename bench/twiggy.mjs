// Where the wasm's bytes go, by part: a release build that keeps its function names, profiled
// with twiggy, each function attributed to the part of the source it comes from (a component, the
// model, Yew, serde-wasm-bindgen, std's hashing…), monomorphised generics to the first of the
// project's types they are instantiated with. Sizes are of the optimised module (raw bytes of
// code and data; a part's gzip share is estimated at the module's own ratio).
// A measurement, not a test: it prints tables.
//
// Usage: node bench/twiggy.mjs [--dist DIR] [--source DIR] [--target-dir DIR] [--out DIR] [--top 40] [--no-build] [--json FILE]
//   --dist DIR     a release build (scripts/bench's) whose wasm the names-kept copy must match
//   --source DIR   the crate to build (default: this repository; a copy holds a prototype)
//   --target-dir   cargo's target directory for the names-kept build (default target/twiggy)
//   --out DIR      where the bindgen output and the optimised module go (default <target-dir>/twiggy)
// The build is the release's: the same profile with `strip = false` (names kept, no debug info)
// and Rust's v0 symbol names (which carry generic arguments: `CompStateInner<…SectionView>`,
// where the legacy names say only `CompStateInner<COMP>`), wasm-bindgen --target web, and
// wasm-opt with index.html's own flags plus --debuginfo, which keeps the name section. None of
// these changes the code: the module without its names is checked against the release's size.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { sizesOf } from "./sizes.mjs";

const REPO = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const { values: options } = parseArgs({
  options: {
    dist: { type: "string" },
    source: { type: "string", default: REPO },
    "target-dir": { type: "string", default: join(REPO, "target", "twiggy") },
    out: { type: "string" },
    top: { type: "string", default: "40" },
    "no-build": { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const source = resolve(options.source);
const targetDir = resolve(options["target-dir"]);
const out = resolve(options.out ?? join(targetDir, "twiggy"));
const run = (command, args, extra = {}) =>
  execFileSync(command, args, { cwd: source, encoding: "utf8", maxBuffer: 1 << 30, ...extra });

/** wasm-opt's flags, read from index.html's Trunk link (one source for the release and this). */
function wasmOptFlags() {
  const html = readFileSync(join(source, "index.html"), "utf8");
  const level = html.match(/data-wasm-opt="([^"]+)"/)?.[1];
  const params = html.match(/data-wasm-opt-params="([^"]+)"/)?.[1];
  if (!level || params === undefined) throw new Error("index.html has no data-wasm-opt / data-wasm-opt-params");
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

const optimised = join(out, "briefing_widget_bg.opt.wasm");
if (!options["no-build"]) {
  process.stderr.write(`twiggy: building the release with names kept in ${targetDir}\n`);
  // Copies of the tree (prototypes) share this target directory, and cargo tells a crate's
  // freshness by mtimes: every build of the crate starts from its own sources.
  const now = new Date();
  utimesSync(join(source, "src", "lib.rs"), now, now);
  run("cargo", ["build", "--lib", "--release", "--target", "wasm32-unknown-unknown", "--target-dir", targetDir], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      CARGO_PROFILE_RELEASE_STRIP: "false",
      CARGO_PROFILE_RELEASE_DEBUG: "false",
      RUSTFLAGS: `${process.env.RUSTFLAGS ?? ""} -C symbol-mangling-version=v0`.trim(),
    },
  });
  const raw = join(targetDir, "wasm32-unknown-unknown", "release", "briefing_widget.wasm");
  run("wasm-bindgen", ["--target", "web", "--out-dir", out, raw], { stdio: ["ignore", "inherit", "inherit"] });
  run("wasm-opt", [...wasmOptFlags(), "--debuginfo", join(out, "briefing_widget_bg.wasm"), "-o", optimised], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}
if (!existsSync(optimised)) throw new Error(`${optimised} is missing: run without --no-build`);

// The same module without its names must be the release's (same code, same data).
const stripped = join(out, "briefing_widget_bg.stripped.wasm");
run("wasm-opt", ["--strip-debug", "--all-features", optimised, "-o", stripped]);
const module = sizesOf(readFileSync(stripped));
let release = null;
if (options.dist) {
  const name = readdirSync(options.dist).find((f) => /^briefing-widget-[0-9a-f]+_bg\.wasm$/.test(f));
  release = name ? sizesOf(readFileSync(join(options.dist, name))) : null;
}

// twiggy's items: every function and data segment, with its own size.
const top = JSON.parse(run("twiggy", ["top", "-n", "1000000", "-f", "json", optimised]));
// The name section is not shipped (the release strips it): it is left out. v0 names carry each
// crate's hash (`core[c593…]::fmt`), which says nothing here.
const NAMES = /^"(function|local|label|type|table|memory|global|elem|data|module) names" subsection$|^custom section 'name'/;
const all = (Array.isArray(top) ? top : top.items).map((i) => ({ name: i.name.replace(/\[[0-9a-f]+\]/g, ""), size: i.shallow_size }));
const names = all.filter((i) => NAMES.test(i.name)).reduce((n, i) => n + i.size, 0);
const items = all.filter((i) => !NAMES.test(i.name));

/** The part of the source an item comes from. */
function part(name) {
  const own = name.match(/briefing_widget::(components|embed|model)::([a-z_]+)/);
  if (own) return own[1] === "model" ? `model::${own[2]}` : `${own[1]}::${own[2]}`;
  if (/briefing_widget::/.test(name)) return "briefing_widget (other)";
  const rules = [
    [/^data\[|^data segment/, "data segments (strings, tables, the stylesheet)"],
    [/serde_wasm_bindgen/, "serde-wasm-bindgen"],
    [/hashbrown|std::collections::hash|RandomState|core::hash::sip|std::hash::random/, "HashMap (hashbrown, SipHash, RandomState)"],
    [/^(<)?yew::|yew::/, "yew"],
    [/implicit_clone|prokio|pinned|slab|gloo/, "yew's dependencies (implicit_clone, gloo…)"],
    [/^(<)?serde::|serde::/, "serde"],
    [/talc/, "talc (allocator)"],
    [/core::fmt|alloc::fmt|core::panicking|Formatter|Display|Debug/, "core::fmt and panics"],
    [/wasm_bindgen_futures|futures/, "wasm-bindgen-futures, futures"],
    [/web_sys::|js_sys::|wasm_bindgen|__wbg|__wbindgen|externref/, "wasm-bindgen, js-sys, web-sys"],
    [/^(<)?(alloc|core|std)::/, "core, alloc, std"],
    [/thiserror/, "thiserror"],
    [/^(type|table|elem|export|import|global|memory|code|"function names"|name|custom)/, "module structure (types, tables, names)"],
  ];
  return rules.find(([pattern]) => pattern.test(name))?.[1] ?? "other";
}

const total = items.reduce((n, i) => n + i.size, 0);
const ratio = module.gzip / module.raw;
const parts = new Map();
for (const item of items) {
  const key = part(item.name);
  const entry = parts.get(key) ?? { part: key, functions: 0, closures: 0, size: 0, items: [] };
  entry.functions += /^data(\[| segment)/.test(item.name) ? 0 : 1;
  entry.closures += /\{\{closure\}\}|\{closure#\d+\}/.test(item.name) ? 1 : 0;
  entry.size += item.size;
  entry.items.push(item);
  parts.set(key, entry);
}
const sorted = [...parts.values()].sort((a, b) => b.size - a.size);

const kb = (bytes) => (bytes / 1000).toFixed(1);
const table = (title, head, rows) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${title}\n${line(head)}\n|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  rows.forEach((r) => console.log(line(r)));
};

console.log(
  `The optimised module without names: ${kb(module.raw)} KB raw, ${kb(module.gzip)} KB gzip, ${kb(module.brotli)} KB brotli` +
    (release ? ` (the release in ${options.dist}: ${kb(release.raw)} KB raw, ${kb(release.gzip)} KB gzip)` : "") +
    `; twiggy counts ${kb(total)} KB in ${items.length} items (and ${kb(names)} KB of names, left out).`
);
table(
  "By part (raw bytes of the optimised module; gzip estimated at the module's ratio)",
  ["part", "functions", "closures", "KB raw", "% ", "≈ KB gzip"],
  sorted.map((p) => [p.part, p.functions, p.closures, kb(p.size), ((100 * p.size) / total).toFixed(1), kb(p.size * ratio)])
);

const components = sorted.filter((p) => p.part.startsWith("components::"));
table(
  "The views: each component file's code, including Yew's generics instantiated for it",
  ["component file", "functions", "closures", "KB raw", "Yew generics (KB)", "Callback/listener code (KB)"],
  components.map((p) => [
    p.part,
    p.functions,
    p.closures,
    kb(p.size),
    kb(p.items.filter((i) => /^<?yew::|<yew::/.test(i.name)).reduce((n, i) => n + i.size, 0)),
    kb(p.items.filter((i) => /Callback|listener|Listener|Fn(Once|Mut)?\(/.test(i.name)).reduce((n, i) => n + i.size, 0)),
  ])
);

table(
  `The ${options.top} largest items`,
  ["item", "bytes", "part"],
  [...items].sort((a, b) => b.size - a.size).slice(0, Number(options.top)).map((i) => [i.name.slice(0, 110), i.size, part(i.name)])
);

if (options.json) writeFileSync(options.json, JSON.stringify({ module, release, parts: sorted }, null, 1));
