// Vue 3 + Vite: <briefing-widget :briefing="json import" @briefing-load> in a single-file
// component; `vue-tsc --strict` types the handler's event from the package's GlobalComponents
// declaration, then `vite build` with the one documented line (isCustomElement).
import { bin, setup } from "./support/project.mjs";

setup({
  name: "vue-vite",
  title: "Vue 3 + Vite (vue-tsc)",
  checks: [[bin("vue-tsc"), ["-p", ".", "--pretty", "false"]]],
  build: [bin("vite"), ["build", "--logLevel", "warn"]],
});
