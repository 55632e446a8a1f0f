// The script tag's entry (built into dist/briefing-widget.js, a classic script that also runs
// as type="module", async or deferred, and included twice): the module's files sit beside this
// script, wherever it is hosted. When the page pinned this script with `integrity`, the glue and
// the wasm are loaded only if they match the sha384 hashes the build wrote here.
import { defineBriefingWidget, reason } from "./define.js";

const GLUE = "__BRIEFING_WIDGET_GLUE__";
const WASM = "__BRIEFING_WIDGET_WASM__";
const GLUE_INTEGRITY = "__BRIEFING_WIDGET_GLUE_INTEGRITY__";
const WASM_INTEGRITY = "__BRIEFING_WIDGET_WASM_INTEGRITY__";

const script =
  document.currentScript ||
  Array.from(document.querySelectorAll("script[src]")).find((s) => /(^|\/)briefing-widget\.js([?#]|$)/.test(s.src));
const base = new URL(".", (script && script.src) || document.baseURI);
if (!script) {
  // A module script under another name: nothing tells where it came from.
  console.warn(`briefing-widget: cannot tell where briefing-widget.js was loaded from (renamed?); looking for its files at ${base}`);
}
const pinned = Boolean(script && script.integrity);

/** Why a file did not load: its bytes differ from the ones the hash names, or it did not arrive. */
async function refusal(url, what, cause) {
  if (pinned) {
    try {
      const response = await fetch(url, { mode: "cors", cache: "no-store" });
      if (response.ok) return `${what} ${url} failed its integrity check, so it was not run`;
      cause = `HTTP ${response.status}`;
    } catch {
      // Not there at all: the cause stands.
    }
  }
  return `${what} ${url} could not be downloaded (${cause})`;
}

/** The glue, through a module script with `integrity`; import() then reuses that module. */
function importPinned(url) {
  return new Promise((resolve, reject) => {
    const element = document.createElement("script");
    element.type = "module";
    element.crossOrigin = "anonymous";
    element.integrity = GLUE_INTEGRITY;
    element.onload = () => {
      element.remove();
      resolve(import(url));
    };
    element.onerror = () => {
      element.remove();
      refusal(url, "its JavaScript glue", "it did not load").then((message) => reject(new Error(message)));
    };
    element.src = url;
    document.head.append(element);
  });
}

defineBriefingWidget({
  glue() {
    const url = new URL(GLUE, base).href;
    return pinned ? importPinned(url) : import(url);
  },
  async wasm() {
    const url = new URL(WASM, base).href;
    try {
      return await fetch(url, pinned ? { mode: "cors", integrity: WASM_INTEGRITY } : undefined);
    } catch (error) {
      throw new Error(await refusal(url, "its WebAssembly module", reason(error)));
    }
  },
});
