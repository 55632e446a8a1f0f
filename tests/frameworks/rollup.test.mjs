// Rollup with node-resolve and the one documented plugin, @web/rollup-plugin-import-meta-assets,
// which emits the .wasm that `new URL("…", import.meta.url)` names.
import { setup } from "./support/project.mjs";

setup({
  name: "rollup",
  title: "Rollup 4",
  prepare: { scripts: { build: "rollup -c --silent && cp index.html dist/" } },
  build: ["npm", ["run", "--silent", "build"]],
});
