// The bundlers' entry (built into dist/index.js, `import 'briefing-widget'`): the glue and the
// wasm are named by literal relative paths, so that Vite, webpack and others emit them as assets
// (`import()` and `new URL(…, import.meta.url)`), with no plugin and no copy step.
import { defineBriefingWidget } from "./define.js";

/** The element's class; `undefined` outside a browser (server-side rendering). */
export const BriefingWidgetElement = defineBriefingWidget({
  glue: () => import("__BRIEFING_WIDGET_GLUE__"),
  wasm: () => fetch(new URL("__BRIEFING_WIDGET_WASM__", import.meta.url)),
});
