// The <briefing-widget> element and the one WebAssembly module behind every widget on a page.
// Both entries are built from this file by scripts/write-loader.mjs: the script tag's
// briefing-widget.js (script.js) and the bundlers' index.js (module.js). They differ only in how
// they get the module's files: `files.glue()` resolves to the wasm-bindgen glue module,
// `files.wasm()` to the wasm's Response; a rejection's message names the cause.

const NAME = "briefing-widget";
const STOPPED = "This briefing stopped working; reload the page.";
const STOPPED_DETAIL =
  "this briefing stopped working after an internal error; reload the page (the browser console has the details)";
const NOT_SHOWN = "This briefing could not be shown.";
const LEFT_THE_PAGE = "reload() was not answered: the element left the page before the briefing loaded";
const NOTHING_TO_LOAD = "reload() has nothing to load: the element has neither a src attribute nor a briefing";
const ATTRIBUTES = ["src", "theme", "lang", "open", "loading", "heading-level"];
/** Properties that a page may have set on an element before the class was defined. */
const PROPERTIES = ["src", "theme", "open", "loading", "headingLevel", "briefing"];

/** An error's message, for the words of briefing-error. */
export const reason = (error) => (error && error.message ? error.message : String(error));

/**
 * The wasm's Response if it is WebAssembly; otherwise an error naming its URL and the likely
 * cause. A server that does not know the file often answers with the site's HTML page (a
 * single-page app's fallback route) instead of a 404. Right bytes under a wrong Content-Type
 * still load, relabelled, so that the browser compiles them as they stream in.
 */
async function checkedWasm(response) {
  const url = response.url;
  const file = url.split(/[?#]/)[0].split("/").pop() || "the .wasm file";
  const copy = `copy ${file} beside the script that loads briefing-widget (or have the bundler emit it)`;
  if (!response.ok) throw new Error(`its WebAssembly module ${url} could not be downloaded (HTTP ${response.status})`);
  const type = (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/wasm") return response;
  if (type === "text/html") {
    throw new Error(`its WebAssembly module ${url} is an HTML page: the server answered an HTML page, often a single-page app's fallback for a file it does not have; ${copy}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d) {
    return new Response(bytes, { headers: { "content-type": "application/wasm" } });
  }
  const head = Array.from(bytes.subarray(0, 16), (b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : ".")).join("");
  const looksHtml = /^\s*</.test(head);
  throw new Error(
    `its WebAssembly module ${url} is not WebAssembly (Content-Type: ${type || "none"}; it starts with "${head}")` +
      (looksHtml ? `: the server answered an HTML page, often a single-page app's fallback for a file it does not have; ${copy}` : `; ${copy}, served as application/wasm`)
  );
}

/** Defines <briefing-widget> (once per page) and returns its class; nothing outside a browser. */
export function defineBriefingWidget(files) {
  if (typeof customElements === "undefined" || typeof HTMLElement === "undefined") return undefined;
  const defined = customElements.get(NAME);
  if (defined) return defined;

  // After a panic the module is dead (a panic aborts it): it is never called again. Widgets then
  // show a short alert above their fallback children and fire briefing-error.
  let module;
  let dead = false;
  // Why the module could not be loaded, once that is known.
  let unavailable = null;
  // Elements with a mounted widget: the ones to mark failed when the module dies.
  const live = new Set();
  // Why an element failed, for a reload() that follows: it rejects with the same words.
  const failures = new WeakMap();

  const loadModule = () =>
    (module ??= (async () => {
      // What the module needs, checked before anything downloads.
      if (typeof WebAssembly != "object") throw new Error("this browser cannot run WebAssembly");
      try {
        new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0));
      } catch {
        throw new Error("this page's Content-Security-Policy does not allow WebAssembly (its script-src needs 'wasm-unsafe-eval')");
      }
      // The wasm downloads while the glue does (no round trip waits for the other), and still
      // compiles as it streams in when no integrity check has to see it whole first.
      const wasm = Promise.resolve().then(files.wasm).then(checkedWasm);
      wasm.catch(() => {});
      const glue = await files.glue();
      await glue.default({ module_or_path: wasm });
      // Told by the panic hook: the module is dead; every widget says so.
      glue.onFatalError((message) => {
        console.error(message, new Error().stack);
        die();
      });
      return glue;
    })().catch((error) => {
      unavailable = `could not load briefing-widget's code: ${reason(error)}`;
      console.error(unavailable);
      throw error;
    }));

  // The module is dead: every widget says so, and nothing calls into it again.
  const die = () => {
    dead = true;
    live.forEach((element) => markFailed(element));
  };

  const announce = (element, message) =>
    element.dispatchEvent(new CustomEvent("briefing-error", { bubbles: true, composed: true, detail: { message } }));

  // An alert above the fallback children, `data-failed`, and briefing-error; once per element.
  // The only place that draws a failure without the module (a dead module draws nothing).
  const markFailed = (element, title = STOPPED, message = STOPPED_DETAIL) => {
    if (element.hasAttribute("data-failed")) return;
    element.setAttribute("data-failed", "");
    failures.set(element, message);
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
    const child = (parent, tag, className = "") => {
      const node = document.createElement(tag);
      node.className = className;
      return parent ? parent.appendChild(node) : node;
    };
    const root = child(null, "div", "root");
    const alert = child(root, "div", "error");
    alert.setAttribute("part", "error");
    alert.setAttribute("role", "alert");
    child(alert, "p", "error-title").textContent = title;
    child(child(root, "div", "fallback"), "slot");
    // A static copy from `briefing embed --inline` stays below the alert, with its stylesheet.
    const kept = Array.from(shadow.children).filter((c) => c.hasAttribute("data-prerendered") || c.localName === "link");
    shadow.replaceChildren(root, ...kept);
    announce(element, message);
  };

  // Calls into the module for `element`. An exception from `mount` that is not a trap (the end
  // of every panic) or a stack overflow is the module's error for this element only; any other
  // exception unwound through the module, whose state is then unknown: it is dead.
  const guarded = (element, call, mounting) => {
    if (dead) return void markFailed(element);
    try {
      return call();
    } catch (error) {
      console.error("briefing-widget:", error);
      if (!mounting || error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
        die();
        markFailed(element);
      } else {
        markFailed(element, NOT_SHOWN, `could not show the briefing: ${reason(error)}`);
      }
      return undefined;
    }
  };

  // A reflected attribute: its value, or `missing` when absent (or, with `known`, not one of them).
  const attribute = (name, known, missing = null) => ({
    get() {
      const value = this.getAttribute(name);
      return value === null || (known && !known.includes(value)) ? missing : value;
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });

  class BriefingWidgetElement extends HTMLElement {
    static observedAttributes = ATTRIBUTES;
    #handle = null;
    #observer = null;
    #wanted = false;
    // Between #start() and the module's answer for this element.
    #starting = false;
    // The `briefing` property as JSON text, shown instead of `src` while not null.
    #given = null;
    // The `src` attribute as last seen: a different value is a new `src`, which wins over `briefing`.
    #src = this.getAttribute("src");
    // reload() promises waiting for the next briefing-load or briefing-error.
    #waiting = [];

    constructor() {
      super();
      for (const [type, settle] of [
        ["briefing-load", ([resolve]) => resolve()],
        ["briefing-error", ([, reject], event) => reject(new Error(event.detail?.message))],
      ]) {
        this.addEventListener(type, (event) => {
          if (event.target !== this) return;
          const waiting = this.#waiting;
          this.#waiting = [];
          waiting.forEach((promise) => settle(promise, event));
        });
      }
      // The upgrade rule: a property set before the class was defined shadows its accessor.
      for (const property of PROPERTIES) {
        if (!Object.hasOwn(this, property)) continue;
        const value = this[property];
        delete this[property];
        try {
          this[property] = value;
        } catch (error) {
          console.error(error);
        }
      }
    }

    /** The briefing shown, as a new plain object; `null` while loading or after an error. */
    get briefing() {
      const handle = this.#handle;
      return (handle && !dead && guarded(this, () => handle.briefing())) || null;
    }

    /** Shows a briefing object (format version 1, validated as fetched JSON is); `null` shows `src`. */
    set briefing(value) {
      let json = null;
      if (value !== null && value !== undefined) {
        json = JSON.stringify(value);
        if (typeof json !== "string") throw new TypeError("briefing-widget: a briefing must be JSON");
      }
      this.#given = json;
      this.#update();
    }

    get src() {
      return attribute("src", null, "").get.call(this);
    }

    /** Sets the `src` attribute: the briefing at `src` is shown, even if `briefing` was set. */
    set src(value) {
      this.#given = null;
      this.#src = value === null || value === undefined ? null : String(value);
      attribute("src").set.call(this, value);
      this.#update();
    }

    /** Fetches the briefing again; resolves after the next briefing-load, rejects with the next briefing-error's message. */
    reload() {
      return new Promise((resolve, reject) => {
        if (dead) return reject(new Error(STOPPED_DETAIL));
        if (unavailable) return reject(new Error(unavailable));
        if (!this.isConnected) return reject(new Error("reload() needs the element in the document"));
        if (this.#given === null && !(this.getAttribute("src") ?? "").trim()) {
          return reject(new Error(NOTHING_TO_LOAD));
        }
        if (!this.#handle && !this.#observer && !this.#starting) {
          // Its widget could not be shown (the module is fine, this element's mount failed).
          return reject(new Error(failures.get(this) ?? NOT_SHOWN));
        }
        this.#waiting.push([resolve, reject]);
        if (this.#handle) {
          this.#update(true);
        } else if (this.#observer) {
          // A lazy element not yet near the viewport: asked for, it loads now.
          this.#stopWatching();
          this.#start();
        }
        // Otherwise the module is on its way, and the load it starts is the next one.
      });
    }

    connectedCallback() {
      this.#wanted = true;
      // Moved within the page (disconnected and connected again in one task): the widget, its
      // state and its request stay as they are.
      if (this.#handle || this.#starting) return;
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
      // Torn down only if it is still out of the page once this task's moves are done.
      queueMicrotask(() => {
        if (this.isConnected) return;
        const waiting = this.#waiting;
        this.#waiting = [];
        waiting.forEach(([, reject]) => reject(new Error(LEFT_THE_PAGE)));
        const handle = this.#handle;
        this.#handle = null;
        live.delete(this);
        // A dead module keeps its failure alert on screen; there is nothing left to tear down.
        if (handle && !dead) guarded(this, () => handle.unmount());
      });
    }

    attributeChangedCallback(name, before, after) {
      if (name === "src" && after !== this.#src) {
        this.#src = after;
        this.#given = null;
      }
      if (before !== after) this.#update();
    }

    #update(reload = false) {
      if (this.#handle) guarded(this, () => this.#handle.update(this.#given ?? undefined, reload));
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
      if (this.#given === null && src && src.trim() && !dead) {
        const controller = new AbortController();
        try {
          const response = fetch(new URL(src.trim(), document.baseURI), { mode: "cors", signal: controller.signal });
          response.catch(() => {});
          early = { src, controller, response };
        } catch {
          // Not a URL the page can fetch: the widget says so when it tries.
        }
      }
      this.#starting = true;
      loadModule().then(
        (glue) => {
          this.#starting = false;
          if (!this.#wanted || this.#handle) return early?.controller.abort();
          if (!dead) this.removeAttribute("data-failed");
          const handle = guarded(this, () => glue.mount(this, early, this.#given ?? undefined), true);
          if (handle) {
            this.#handle = handle;
            live.add(this);
          } else {
            early?.controller.abort();
          }
        },
        () => {
          this.#starting = false;
          early?.controller.abort();
          // The fallback children stay visible below the alert: the reader still has a way in.
          markFailed(this, NOT_SHOWN, unavailable);
        }
      );
    }
  }

  Object.defineProperties(BriefingWidgetElement.prototype, {
    theme: attribute("theme", ["light", "dark", "auto"], "auto"),
    open: attribute("open", ["all", "none"]),
    loading: attribute("loading", ["eager", "lazy"], "eager"),
    headingLevel: {
      get() {
        const level = Number.parseInt(this.getAttribute("heading-level") ?? "", 10);
        return level >= 1 && level <= 6 ? level : 2;
      },
      set: attribute("heading-level").set,
    },
  });

  customElements.define(NAME, BriefingWidgetElement);
  return BriefingWidgetElement;
}
