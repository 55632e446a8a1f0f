// Astro, static output: the element and its fallback in the page's HTML, a <script> that imports
// the package and sets `briefing` from a JSON import; `astro build` (no config for the widget).
import { bin, setup } from "./support/project.mjs";

setup({
  name: "astro",
  title: "Astro 5 static",
  build: [bin("astro"), ["build", "--silent"]],
  quiet: (output) => !/warn|error/i.test(output),
});
