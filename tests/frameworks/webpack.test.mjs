// webpack 5 with its defaults and the one documented line (`performance.assetFilter`, so that
// the .wasm raises no size warning): the README's plain-JavaScript example, which appends the
// element and sets `briefing` once a fetch answers.
import { setup } from "./support/project.mjs";

setup({
  name: "webpack",
  title: "webpack 5",
  prepare: { jsonAt: ["briefing.json"], scripts: { build: "webpack && cp index.html briefing.json dist/" } },
  build: ["npm", ["run", "--silent", "build"]],
  quiet: (output) => !/warn|error/i.test(output),
});
