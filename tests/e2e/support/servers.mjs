// Two origins on loopback: the widget's host (dist/ and the briefings, with CORS) and a partner
// site (pages the tests register, with whatever headers they ask for, e.g. a strict CSP).
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
    async close() {
      widget.closeAllConnections?.();
      partner.closeAllConnections?.();
      await Promise.all([new Promise((d) => widget.close(d)), new Promise((d) => partner.close(d))]);
    },
  };
}
