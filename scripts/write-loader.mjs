// Trunk post-build hook: builds the two entries of the element from one source
// (src/embed/loader/define.js) with esbuild, filled in with the content-hashed names of the
// wasm-bindgen glue and the wasm module:
// - briefing-widget.js: the stable-named classic script partners link (src/embed/loader/script.js,
//   an IIFE), carrying the sha384 hashes of the glue and the wasm for pages that pin it;
// - index.js: the ES module bundlers import (src/embed/loader/module.js), naming the glue and the
//   wasm by literal relative paths.
// It also writes briefing-widget.css, the widget's stylesheet exactly as the module carries it
// (src/embed/widget.css, minified once by build.rs), for the static copies that
// `briefing embed --inline` puts in pages. In a release build the entries and the glue are minified.
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const sources = join(here, "..", "src", "embed");
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
const release = process.env.TRUNK_PROFILE === "release";
let esbuild;
try {
  esbuild = createRequire(join(here, "package.json"))("esbuild");
} catch {
  throw new Error("esbuild is not installed: run scripts/setup build (it installs scripts/package-lock.json)");
}

const files = readdirSync(staging);
const only = (pattern) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${staging}, found ${found}`);
  return found[0];
};
const glue = only(/^briefing-widget-[0-9a-f]+\.js$/);
const wasm = only(/^briefing-widget-[0-9a-f]+_bg\.wasm$/);

if (release) {
  const path = join(staging, glue);
  const source = readFileSync(path, "utf8");
  const { code } = esbuild.transformSync(source, { minify: true, format: "esm", legalComments: "none" });
  writeFileSync(path, code);
  console.log(`minified ${glue}: ${source.length} → ${code.length} bytes`);
}

// The glue's own fallback, `new URL("<name>_bg.wasm", import.meta.url)`, names a file the build
// does not have (the wasm's name is hashed) and is never used: both entries hand the module to the
// glue. Left in, it makes Vite warn and webpack fail on a missing asset in partners' builds.
{
  const path = join(staging, glue);
  const source = readFileSync(path, "utf8");
  const fallback = /new URL\(\s*(["'])[^"']*_bg\.wasm\1\s*,\s*import\.meta\.url\s*\)/g;
  const found = source.match(fallback) ?? [];
  if (found.length !== 1) throw new Error(`${glue}: expected one default wasm URL in the glue, found ${found.length}`);
  const rewritten = source.replace(fallback, '(()=>{throw new Error("briefing-widget: the loader gives the module")})()');
  writeFileSync(path, rewritten);
}

// Subresource Integrity of the files as served (after minification).
const sha384 = (name) => `sha384-${createHash("sha384").update(readFileSync(join(staging, name))).digest("base64")}`;
const placeholders = {
  __BRIEFING_WIDGET_GLUE__: `./${glue}`,
  __BRIEFING_WIDGET_WASM__: `./${wasm}`,
  __BRIEFING_WIDGET_GLUE_INTEGRITY__: sha384(glue),
  __BRIEFING_WIDGET_WASM_INTEGRITY__: sha384(wasm),
};

/** Bundles an entry of src/embed/loader with define.js, its placeholders filled in. */
function entry(source, output, format) {
  let contents = readFileSync(join(sources, "loader", source), "utf8");
  for (const [placeholder, value] of Object.entries(placeholders)) contents = contents.replaceAll(placeholder, value);
  const unfilled = contents.match(/__BRIEFING_WIDGET_[A-Z_]+__/);
  if (unfilled) throw new Error(`${source}: unknown placeholder ${unfilled[0]}`);
  const { outputFiles } = esbuild.buildSync({
    stdin: { contents, resolveDir: join(sources, "loader"), sourcefile: source, loader: "js" },
    bundle: true,
    format,
    // The glue stays a file of its own, imported at run time.
    external: [`./${glue}`],
    target: "es2022",
    minify: release,
    legalComments: "none",
    write: false,
  });
  const code = outputFiles[0].text;
  if (!code.includes(`./${wasm}`)) throw new Error(`${output} lost the name of the wasm`);
  writeFileSync(join(staging, output), code);
  console.log(`${output} (${format}) → ${glue}, ${wasm}: ${code.length} bytes`);
}

entry("script.js", "briefing-widget.js", "iife");
entry("module.js", "index.js", "esm");

// The stylesheet exactly as the wasm embeds it: build.rs minifies it once, for both.
const targetDir = process.env.CARGO_TARGET_DIR ?? join(here, "..", "target");
const css = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", "briefing-widget.css");
copyFileSync(css, join(staging, "briefing-widget.css"));
console.log(`briefing-widget.css: the module's stylesheet, ${readFileSync(css).length} bytes`);
