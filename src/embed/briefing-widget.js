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

  // After a panic the module is dead (a panic aborts it): it is never called again. Widgets then
  // show a short alert above their fallback children and fire briefing-error.
  let module;
  let dead = false;
  const loadModule = () => {
    if (module) return module;
    // The wasm downloads while the glue does (no round trip waits for the other), and still
    // compiles as it streams in. Its failure surfaces through the glue's init below.
    const wasm = fetch(new URL(WASM, base));
    wasm.catch(() => {});
    return (module = import(new URL(GLUE, base).href).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      glue.onFatalError(() => {
        dead = true;
      });
      return glue;
    }));
  };

  const STOPPED = "This briefing stopped working; reload the page.";
  const STOPPED_DETAIL =
    "this briefing stopped working after an internal error; reload the page (the browser console has the details)";
  const NOT_SHOWN = "This briefing could not be shown.";
  // Elements with a mounted widget: the ones to mark failed if the module dies without its hook.
  const live = new Set();

  const announce = (element, message) =>
    element.dispatchEvent(new CustomEvent("briefing-error", { bubbles: true, composed: true, detail: { message } }));

  // An alert above the fallback children, `data-failed`, and briefing-error. The module's panic
  // hook does the same for the widgets it knows; `data-failed` says it is done.
  const markFailed = (element, title = STOPPED, message = STOPPED_DETAIL) => {
    if (element.hasAttribute("data-failed")) return;
    element.setAttribute("data-failed", "");
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    const root = document.createElement("div");
    root.className = "root";
    const alert = root.appendChild(document.createElement("div"));
    alert.className = "error";
    alert.setAttribute("part", "error");
    alert.setAttribute("role", "alert");
    const heading = alert.appendChild(document.createElement("p"));
    heading.className = "error-title";
    heading.textContent = title;
    const fallback = root.appendChild(document.createElement("div"));
    fallback.className = "fallback";
    fallback.appendChild(document.createElement("slot"));
    // A static copy from `briefing embed --inline` stays below the alert, with its stylesheet.
    const kept = Array.from(shadow.children).filter((c) => c.hasAttribute("data-prerendered") || c.localName === "link");
    shadow.replaceChildren(root, ...kept);
    announce(element, message);
  };

  // Calls into the module for `element`. A trap (the end of every panic) or a stack overflow
  // kills the module; any other exception is the module's error for this element only.
  const guarded = (element, call) => {
    if (dead) return void markFailed(element);
    try {
      return call();
    } catch (error) {
      console.error("briefing-widget:", error);
      if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
        dead = true;
        live.forEach((other) => markFailed(other));
        markFailed(element);
      } else {
        markFailed(element, NOT_SHOWN, `could not show the briefing: ${error && error.message ? error.message : error}`);
      }
      return undefined;
    }
  };

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
      live.delete(this);
      // A dead module keeps its failure alert on screen; there is nothing left to tear down.
      if (handle && !dead) guarded(this, () => handle.unmount());
    }

    attributeChangedCallback(name, before, after) {
      if (this.#handle && before !== after) guarded(this, () => this.#handle.update());
    }

    #stopWatching() {
      if (this.#observer) this.#observer.disconnect();
      this.#observer = null;
    }

    #start() {
      // The briefing downloads while the module does; the widget takes over this request (its
      // status, size limit and time limit are checked there) if `src` is still the same.
      const src = this.getAttribute("src");
      let early;
      if (src && src.trim() && !dead) {
        const controller = new AbortController();
        try {
          const response = fetch(new URL(src.trim(), document.baseURI), { mode: "cors", signal: controller.signal });
          response.catch(() => {});
          early = { src, controller, response };
        } catch {
          // Not a URL the page can fetch: the widget says so when it tries.
        }
      }
      loadModule().then(
        (glue) => {
          if (!this.#wanted || this.#handle) return early?.controller.abort();
          if (!dead) this.removeAttribute("data-failed");
          const handle = guarded(this, () => glue.mount(this, early));
          if (handle) {
            this.#handle = handle;
            live.add(this);
          } else {
            early?.controller.abort();
          }
        },
        (error) => {
          early?.controller.abort();
          // The fallback children stay visible: the reader still has a way to the briefing.
          const message = `could not load briefing-widget's code: ${error && error.message ? error.message : error}`;
          console.error(message);
          announce(this, message);
        }
      );
    }
  }

  customElements.define(NAME, BriefingWidgetElement);
})();
