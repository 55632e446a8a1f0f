import json from "@rollup/plugin-json";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { importMetaAssets } from "@web/rollup-plugin-import-meta-assets";

export default {
  input: "src/index.js",
  output: { dir: "dist", format: "es" },
  // The one line for briefing-widget: emit what `new URL("…", import.meta.url)` names (the .wasm).
  plugins: [nodeResolve(), json(), importMetaAssets()],
};
