// Svelte 5 + Vite: <briefing-widget {briefing} onbriefing-load> in a component; svelte-check types
// the handler's event from the package's svelte/elements declaration, then `vite build` (no
// config for the widget).
import { bin, setup } from "./support/project.mjs";

setup({
  name: "svelte-vite",
  title: "Svelte 5 + Vite (svelte-check)",
  checks: [[bin("svelte-check"), ["--tsconfig", "./tsconfig.json", "--fail-on-warnings", "--output", "machine"], (output) => / COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS 0 FILES_WITH_PROBLEMS$/m.test(output)]],
  build: [bin("vite"), ["build", "--logLevel", "warn"]],
});
