// WebKit for the tests: Xvfb on a free display, WebKitWebDriver on a free port, and a W3C
// WebDriver session of WebKitGTK's MiniBrowser, driven with plain HTTP (the classic protocol).
// All from Debian's packages (xvfb, webkit2gtk-driver); nothing is downloaded.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { existsSync } from "node:fs";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
export const MINIBROWSER =
  process.env.MINIBROWSER ??
  ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser"].find((p) => existsSync(p));

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Starts Xvfb on a display it picks itself (-displayfd), and WebKitWebDriver on a free port.
 * `screen`: the virtual screen's size, which bounds the browser window's.
 */
export async function startDriver({ screen = "1280x1024" } = {}) {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", `${screen}x24`, "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let xvfbErr = "";
  xvfb.stderr.on("data", (d) => (xvfbErr += d));
  const display = await new Promise((done, fail) => {
    let out = "";
    xvfb.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) done(`:${out.trim()}`);
    });
    xvfb.on("exit", (code) => fail(new Error(`Xvfb exited (${code}): ${xvfbErr}`)));
  });
  const port = await freePort();
  const driver = spawn("WebKitWebDriver", [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let driverErr = "";
  driver.stderr.on("data", (d) => (driverErr += d));
  // Should the test process end without stop() (an uncaught error), the two go with it.
  const leave = () => [driver, xvfb].forEach((child) => child.exitCode === null && child.kill());
  process.once("exit", leave);
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    try {
      if ((await (await fetch(`${url}/status`)).json()).value.ready) break;
    } catch {}
    if (driver.exitCode !== null || waited > 10000) {
      xvfb.kill();
      throw new Error(`WebKitWebDriver did not start: ${driverErr}`);
    }
    await new Promise((d) => setTimeout(d, 100));
  }
  return {
    url,
    display,
    async stop() {
      process.off("exit", leave);
      for (const child of [driver, xvfb]) {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill("SIGTERM");
          await once(child, "exit");
        }
      }
    },
  };
}

/** A DOM element in the page, as WebDriver refers to it. */
export class ElementRef {
  constructor(id) {
    this.id = id;
  }
  toJSON() {
    return { [ELEMENT]: this.id };
  }
}

const revive = (value) => {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === "object") {
    if (ELEMENT in value) return new ElementRef(value[ELEMENT]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
};

/** One MiniBrowser session. `args`: MiniBrowser's own options, e.g. ["--dark-mode"]. */
export class Session {
  static async open(driverUrl, { args = [] } = {}) {
    const capabilities = {
      alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation", ...args] } },
    };
    const answer = await call("POST", `${driverUrl}/session`, { capabilities });
    const session = new Session(`${driverUrl}/session/${answer.sessionId}`);
    session.capabilities = answer.capabilities;
    return session;
  }

  constructor(base) {
    this.base = base;
  }

  send(method, path, body) {
    return call(method, `${this.base}${path}`, body).then(revive);
  }

  goto(url) {
    return this.send("POST", "/url", { url });
  }

  /** Runs `fn` (a function, or a function body as a string) in the page with `args`. */
  run(fn, ...args) {
    const script = typeof fn === "function" ? `return (${fn}).apply(null, arguments)` : fn;
    return this.send("POST", "/execute/sync", { script, args });
  }

  /** Runs an async function in the page and returns what its promise resolves to. */
  runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    return this.send("POST", "/execute/async", { script, args }).then((r) => {
      if (r && r.error) throw new Error(r.error);
      return r && r.value;
    });
  }

  /** Polls `fn` in the page until it returns something truthy; returns that. */
  async waitFor(fn, { timeout = 10000, what = String(fn) } = {}, ...args) {
    const start = Date.now();
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
      await new Promise((d) => setTimeout(d, 50));
    }
  }

  click(element) {
    return this.send("POST", `/element/${element.id}/click`, {});
  }

  /** Moves the mouse to the middle of `element` (hover). */
  hover(element) {
    return this.actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", duration: 0, origin: element.toJSON(), x: 0, y: 0 }] }]);
  }

  /** Moves the mouse to a point of the viewport. */
  moveMouse(x, y) {
    return this.actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", duration: 0, origin: "viewport", x, y }] }]);
  }

  /** Presses and releases keys (WebDriver key values: "\uE007" Enter, "\uE00C" Escape, "\uE004" Tab, " "). */
  press(...keys) {
    const actions = keys.flatMap((value) => [
      { type: "keyDown", value },
      { type: "keyUp", value },
    ]);
    return this.actions([{ type: "key", id: "keyboard", actions }]);
  }

  async actions(actions) {
    await this.send("POST", "/actions", { actions });
    await this.send("DELETE", "/actions");
  }

  /** Runs the next commands in the iframe `element` (`null`: the top page again). */
  frame(element) {
    return element ? this.send("POST", "/frame", { id: element.toJSON() }) : this.send("POST", "/frame", { id: null });
  }

  setWindowSize(width, height) {
    return this.send("POST", "/window/rect", { width, height });
  }

  /** A PNG of the viewport, or of one element. */
  async screenshot(element) {
    const data = await this.send("GET", element ? `/element/${element.id}/screenshot` : "/screenshot");
    return Buffer.from(data, "base64");
  }

  close() {
    return call("DELETE", this.base).catch(() => {});
  }
}

export const KEY = { Enter: "\uE007", Escape: "\uE00C", Tab: "\uE004", Space: " " };

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await response.json();
  if (!response.ok) {
    const { error, message } = answer.value ?? {};
    throw new Error(`WebDriver ${method} ${url.replace(/.*\/session\/[^/]+/, "")}: ${error}: ${message}`);
  }
  return answer.value;
}
