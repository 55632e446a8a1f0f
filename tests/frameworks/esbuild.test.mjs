// esbuild in both formats, each with the documented copy step (esbuild emits no file for
// `new URL("…", import.meta.url)`):
// - ESM (`--format=esm`): `import "briefing-widget"`, and the .wasm copied beside the bundle;
// - IIFE (esbuild's default for browsers, which empties import.meta): `import
//   "briefing-widget/script"`, and the glue and the .wasm copied beside the bundle.
import { setup } from "./support/project.mjs";

setup({
  name: "esbuild-esm",
  title: "esbuild (ESM)",
  prepare: {
    scripts: {
      build: "esbuild src/index.js --bundle --format=esm --minify --outdir=dist --log-level=warning && cp node_modules/briefing-widget/dist/*_bg.wasm index.html dist/",
    },
  },
  build: ["npm", ["run", "--silent", "build"]],
});

setup({
  name: "esbuild-iife",
  title: "esbuild (IIFE)",
  prepare: {
    scripts: {
      build: "esbuild src/index.js --bundle --minify --outdir=dist --log-level=warning && cp node_modules/briefing-widget/dist/briefing-widget-* index.html dist/",
    },
  },
  build: ["npm", ["run", "--silent", "build"]],
});
