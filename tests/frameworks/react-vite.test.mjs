// React 19 + Vite, TypeScript: <briefing-widget ref briefing={json import} onbriefing-load> in a
// component; `tsc --strict` with the JSON import, then `vite build` (no config for the widget).
import { bin, setup } from "./support/project.mjs";

setup({
  name: "react-vite",
  title: "React 19 + Vite (TS)",
  checks: [[bin("tsc"), ["-p", ".", "--pretty", "false"]]],
  build: [bin("vite"), ["build", "--logLevel", "warn"]],
});
