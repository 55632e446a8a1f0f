// webpack 5's defaults (entry ./src/index.js, output dist/main.js), with the one documented line:
// the WebAssembly module is one asset over webpack's 244 KiB hint, loaded only when an element needs it.
export default {
  mode: "production",
  performance: { assetFilter: (file) => !file.endsWith(".wasm") },
};
