// Trunk post-build hook: writes briefing-widget.js (the stable-named loader) into the build,
// filled in with the content-hashed names of the wasm-bindgen glue and the wasm module, and
// briefing-widget.css, the widget's stylesheet (the same file the module adopts) for the static
// copies that `briefing embed --inline` puts in pages.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

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
const embed = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "embed");
const template = join(embed, "briefing-widget.js");
const loader = readFileSync(template, "utf8")
  .replace("__BRIEFING_WIDGET_GLUE__", `./${glue}`)
  .replace("__BRIEFING_WIDGET_WASM__", `./${wasm}`);
writeFileSync(join(staging, "briefing-widget.js"), loader);
copyFileSync(join(embed, "widget.css"), join(staging, "briefing-widget.css"));
console.log(`briefing-widget.js → ${glue}, ${wasm}; briefing-widget.css`);
