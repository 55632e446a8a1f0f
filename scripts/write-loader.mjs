// Trunk post-build hook: writes briefing-widget.js (the stable-named loader) into the build,
// filled in with the content-hashed names of the wasm-bindgen glue and the wasm module, and
// briefing-widget.css, the widget's stylesheet as the module carries it (minified by build.rs) for
// the static copies that `briefing embed --inline` puts in pages; in a release build, minifies the
// loader and the glue with esbuild (installed by scripts/setup).
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
const files = readdirSync(staging);
const only = (pattern) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${staging}, found ${found}`);
  return found[0];
};
const glue = only(/^briefing-widget-[0-9a-f]+\.js$/);
const wasm = only(/^briefing-widget-[0-9a-f]+_bg\.wasm$/);
const loader = readFileSync(join(here, "..", "src", "embed", "briefing-widget.js"), "utf8")
  .replace("__BRIEFING_WIDGET_GLUE__", `./${glue}`)
  .replace("__BRIEFING_WIDGET_WASM__", `./${wasm}`);
writeFileSync(join(staging, "briefing-widget.js"), loader);
// The stylesheet exactly as the wasm embeds it: build.rs minifies it once, for both.
const targetDir = process.env.CARGO_TARGET_DIR ?? join(here, "..", "target");
const profile = process.env.TRUNK_PROFILE === "release" ? "release" : "debug";
copyFileSync(join(targetDir, "wasm32-unknown-unknown", profile, "briefing-widget.css"), join(staging, "briefing-widget.css"));
console.log(`briefing-widget.js → ${glue}, ${wasm}; briefing-widget.css`);

if (process.env.TRUNK_PROFILE === "release") {
  let esbuild;
  try {
    esbuild = createRequire(join(here, "package.json"))("esbuild");
  } catch {
    throw new Error("esbuild is not installed: run scripts/setup build (it installs scripts/package-lock.json)");
  }
  for (const name of ["briefing-widget.js", glue]) {
    const path = join(staging, name);
    const source = readFileSync(path, "utf8");
    // The loader is a classic script (partners may load it without type=module); the glue a module.
    const format = name === glue ? "esm" : undefined;
    const { code } = esbuild.transformSync(source, { minify: true, format, loader: "js", legalComments: "none" });
    writeFileSync(path, code);
    console.log(`minified ${name}: ${source.length} → ${code.length} bytes`);
  }
}
