// Angular (standalone component, zoneless, strict templates): <briefing-widget [briefing]="json
// import" (briefing-load)="loaded($event)"> under CUSTOM_ELEMENTS_SCHEMA; `ng build` type-checks
// and builds. Angular's builder does not follow `new URL("…", import.meta.url)`: the one
// documented line is the assets glob in angular.json that copies the .wasm beside the bundle.
// The host answers unknown paths with index.html (the SPA fallback Angular apps are deployed with),
// so a missing .wasm would be answered with a page.
import { bin, setup } from "./support/project.mjs";

setup({
  name: "angular",
  title: "Angular 21 (ng build)",
  prepare: { jsonAt: ["src/briefing.json"] },
  build: [bin("ng"), ["build"]],
  site: "dist/browser",
  spa: true,
  quiet: (output) => !/warn|error/i.test(output),
});
