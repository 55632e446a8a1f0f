// briefing-widget.js: the one file a partner links. It defines <briefing-widget> at once and
// loads the WebAssembly module (one instance for the whole page) when the first element needs it.
// Works as a classic script (async or defer) or as type="module", and when included twice.
// The build writes the content-hashed names of the module's files over the two placeholders.
(() => {
  "use strict";
  const NAME = "briefing-widget";
  if (typeof customElements === "undefined" || customElements.get(NAME)) return;

  const GLUE = "__BRIEFING_WIDGET_GLUE__";
  const WASM = "__BRIEFING_WIDGET_WASM__";

  // The module's files sit beside this script, wherever it is hosted.
  const self =
    (document.currentScript && document.currentScript.src) ||
    Array.from(document.querySelectorAll("script[src]"), (s) => s.src).find((src) =>
      /(^|\/)briefing-widget\.js([?#]|$)/.test(src)
    ) ||
    document.baseURI;
  const base = new URL(".", self);

  let module;
  const loadModule = () =>
    (module ??= import(new URL(GLUE, base).href).then(async (glue) => {
      await glue.default({ module_or_path: new URL(WASM, base) });
      return glue;
    }));

  class BriefingWidgetElement extends HTMLElement {
    static observedAttributes = ["src", "theme", "lang", "open", "loading", "heading-level"];
    #handle = null;
    #observer = null;
    #wanted = false;

    connectedCallback() {
      this.#wanted = true;
      if (this.getAttribute("loading") === "lazy" && "IntersectionObserver" in window) {
        this.#observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => entry.isIntersecting)) {
              this.#stopWatching();
              this.#start();
            }
          },
          { rootMargin: "300px" }
        );
        this.#observer.observe(this);
      } else {
        this.#start();
      }
    }

    disconnectedCallback() {
      this.#wanted = false;
      this.#stopWatching();
      const handle = this.#handle;
      this.#handle = null;
      if (handle) handle.unmount();
    }

    attributeChangedCallback(name, before, after) {
      if (this.#handle && before !== after) this.#handle.update();
    }

    #stopWatching() {
      if (this.#observer) this.#observer.disconnect();
      this.#observer = null;
    }

    #start() {
      loadModule().then(
        (glue) => {
          if (this.#wanted && !this.#handle) this.#handle = glue.mount(this);
        },
        (error) => {
          // The fallback children stay visible: the reader still has a way to the briefing.
          const message = `could not load briefing-widget's code: ${error && error.message ? error.message : error}`;
          console.error(message);
          this.dispatchEvent(new CustomEvent("briefing-error", { bubbles: true, composed: true, detail: { message } }));
        }
      );
    }
  }

  customElements.define(NAME, BriefingWidgetElement);
})();
