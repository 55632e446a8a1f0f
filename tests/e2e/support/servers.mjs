// Two origins on loopback: the widget's host (dist/ and the briefings, with CORS) and a partner
// site (pages the tests register, with whatever headers they ask for, e.g. a strict CSP).
import { once } from "node:events";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
export const REPO = resolve(here, "..", "..", "..");
// DIST may point elsewhere, so that several people can build and test side by side.
export const DIST = process.env.DIST ? resolve(process.env.DIST) : join(REPO, "dist");
export const FIXTURES = join(REPO, "tests", "fixtures");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
};

async function serveFile(res, root, path, headers = {}) {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return notFound(res);
  try {
    if (!(await stat(file)).isFile()) return notFound(res);
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
    res.end(body);
  } catch {
    notFound(res);
  }
}

function notFound(res, headers = {}) {
  res.writeHead(404, { "content-type": "text/plain", ...headers });
  res.end("not found");
}

/** What each failure mode answers; `state` is the route's own, `options` what the test asked for. */
const FAILURES = {
  404: (req, res, { cors }) => notFound(res, cors),
  500: (req, res, { cors }) => {
    res.writeHead(500, { "content-type": "text/plain", ...cors });
    res.end("internal server error");
  },
  // Never answers: the widget's own time limit has to end the wait.
  hang: () => {},
  // Status 200, but an HTML page (a login wall, a CMS error page).
  html: (req, res, { cors }) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...cors });
    res.end("<!doctype html>\n<html><head><title>Sign in</title></head><body><h1>Please sign in</h1></body></html>\n");
  },
  // 3 MiB, chunked, with no Content-Length: only the streaming limit can stop it. It pauses after
  // 2.25 MiB until the client goes away (or 5 s pass), so a widget that buffered the whole body
  // would wait instead of failing.
  huge: (req, res, { cors, stats }) => {
    res.writeHead(200, { "content-type": "application/json", ...cors });
    const chunk = Buffer.alloc(64 * 1024, "x");
    const total = 3 * 1024 * 1024;
    // Per request: `stats` tells of the latest.
    let sent = 0;
    let closed = false;
    const gone = new Promise((done) =>
      res.on("close", () => {
        closed = true;
        stats.aborted = !res.writableFinished;
        done();
      })
    );
    const send = (bytes) => {
      sent += bytes.length;
      stats.bytesSent = sent;
      return res.write(bytes);
    };
    const write = async () => {
      send(Buffer.from('{"version": 1, "id": "huge", "title": "Huge", "summary": "'));
      let paused = false;
      while (!closed && sent + chunk.length < total) {
        if (!paused && sent >= 2.25 * 1024 * 1024) {
          paused = true;
          let timer;
          await Promise.race([gone, new Promise((done) => (timer = setTimeout(done, 5000)))]);
          clearTimeout(timer);
          continue;
        }
        if (!send(chunk)) await Promise.race([gone, once(res, "drain")]);
      }
      if (!closed) res.end('"}');
    };
    write();
  },
  // Status `options.status` (default 500), then a 3 MiB `options.type` body (default an HTML error
  // page) sent slowly, 64 KiB every 100 ms: a client that does not cancel it keeps the connection.
  "slow-body": (req, res, { cors, stats, options }) => {
    res.writeHead(options.status ?? 500, { "content-type": options.type ?? "text/html", ...cors });
    let closed = false;
    res.on("close", () => {
      closed = true;
      stats.aborted = !res.writableFinished;
    });
    const chunk = Buffer.alloc(64 * 1024, " ");
    const total = 3 * 1024 * 1024;
    stats.bytesSent = 0;
    const write = async () => {
      res.write("<!doctype html><title>Error</title>");
      while (!closed && stats.bytesSent + chunk.length < total) {
        await new Promise((done) => setTimeout(done, 100));
        if (closed) break;
        res.write(chunk);
        stats.bytesSent += chunk.length;
      }
      if (!closed) res.end("</html>");
    };
    write();
  },
  // Declares 3 MiB up front, sends the first bytes, then nothing more: the Content-Length alone
  // must be refused. (Firefox's fetch answers only once some of the body has come: a server
  // that sent no byte at all would be a timeout there.)
  "huge-declared": (req, res, { cors }) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": String(3 * 1024 * 1024), ...cors });
    res.write('{"version": 1, ');
  },
  // The first `failures` requests (default 1) answer 503, the rest `body`.
  flaky: (req, res, { cors, stats, options }) => {
    if (stats.requests <= (options.failures ?? 1)) {
      res.writeHead(503, { "content-type": "text/plain", ...cors });
      return res.end("try later");
    }
    res.writeHead(200, { "content-type": "application/json", ...cors });
    res.end(typeof options.body === "string" ? options.body : JSON.stringify(options.body));
  },
  // A good briefing without Access-Control-Allow-Origin: the browser refuses it to other origins.
  "no-cors": (req, res, { options }) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(options.body ?? {}));
  },
};

function listen(server, host) {
  return new Promise((done) => server.listen(0, host, () => done(server.address().port)));
}

/**
 * Starts both servers. `routes` on the widget host map a path to a handler (req, res, cors) for
 * failure modes; everything else is dist/ or, under /briefings/, the test fixtures.
 */
export async function startServers() {
  const routes = new Map();
  const briefings = new Map();
  const cors = { "access-control-allow-origin": "*" };
  const widget = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    const route = routes.get(url.pathname);
    if (route) return route(req, res, cors);
    if (briefings.has(url.pathname)) {
      res.writeHead(200, { "content-type": "application/json", ...cors });
      return res.end(briefings.get(url.pathname));
    }
    if (url.pathname.startsWith("/briefings/")) {
      return serveFile(res, FIXTURES, url.pathname.slice("/briefings/".length), cors);
    }
    return serveFile(res, DIST, url.pathname === "/" ? "index.html" : url.pathname, cors);
  });
  const pages = new Map();
  const partner = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/favicon.ico") return res.writeHead(204).end();
    const page = pages.get(url.pathname);
    if (!page) return notFound(res);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...page.headers });
    res.end(page.html);
  });
  const statsByPath = new Map();
  let failures = 0;
  const widgetPort = await listen(widget, "127.0.0.1");
  const partnerPort = await listen(partner, "127.0.0.1");
  return {
    widgetOrigin: `http://127.0.0.1:${widgetPort}`,
    // A different origin for the same machine: another host name, another port.
    partnerOrigin: `http://localhost:${partnerPort}`,
    /** Serves `html` on the partner origin at `path`; returns its URL. */
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return `http://localhost:${partnerPort}${path}`;
    },
    /** Serves a briefing document (string) on the widget origin; returns its URL. */
    briefing(path, body) {
      briefings.set(path, typeof body === "string" ? body : JSON.stringify(body));
      return `http://127.0.0.1:${widgetPort}${path}`;
    },
    route(path, handler) {
      routes.set(path, handler);
      return `http://127.0.0.1:${widgetPort}${path}`;
    },
    /**
     * Serves a failure mode (a key of FAILURES: 404, 500, hang, html, huge, huge-declared, flaky,
     * no-cors) at a fresh path on the widget origin; returns its URL. `stats(url)` then tells how
     * it went: requests, bytesSent, aborted (the client left before the end).
     */
    failing(kind, options = {}) {
      const answer = FAILURES[kind];
      if (!answer) throw new Error(`no failure mode ${kind}`);
      const path = `/failing/${kind}-${++failures}.json`;
      const stats = { requests: 0, bytesSent: 0, aborted: false };
      statsByPath.set(path, stats);
      return this.route(path, (req, res, cors) => {
        stats.requests += 1;
        answer(req, res, { cors, stats, options });
      });
    },
    stats(url) {
      return statsByPath.get(new URL(url).pathname);
    },
    /** A URL on 127.0.0.1 at a port where nothing listens: the connection is refused. */
    async unreachable(path = "/briefing.json") {
      const server = createServer();
      const port = await listen(server, "127.0.0.1");
      await new Promise((done) => server.close(done));
      return `http://127.0.0.1:${port}${path}`;
    },
    async close() {
      widget.closeAllConnections?.();
      partner.closeAllConnections?.();
      await Promise.all([new Promise((d) => widget.close(d)), new Promise((d) => partner.close(d))]);
    },
  };
}
