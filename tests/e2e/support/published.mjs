// `briefing publish` for the tests: runs the CLI on fixtures, serves the written site on a
// loopback origin with the headers its `_headers` file asks for, and records every request.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { promisify } from "node:util";

import { DIST, REPO } from "./servers.mjs";

const run = promisify(execFile);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml",
};

/** Runs `briefing publish` (the workspace's build of the CLI, through cargo). */
export async function publish({ inputs, baseUrl, out, siteName }) {
  const args = ["run", "-q", "-p", "briefing-cli", "--", "publish", "--base-url", baseUrl, "--out", out, "--widget", DIST];
  if (siteName) args.push("--site-name", siteName);
  args.push(...inputs);
  return run("cargo", args, { cwd: REPO, timeout: 600000, maxBuffer: 1 << 24 });
}

/**
 * Serves a folder that `briefing publish` will write (`dir`, set by `publishInto`) on
 * http://<host>:<port>, with `Access-Control-Allow-Origin: *` as the site's `_headers` says.
 * `requests` lists every path asked for, in order.
 */
export async function serveSite({ host = "127.0.0.1", delay = 0 } = {}) {
  const requests = [];
  let root = null;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push(url.pathname);
    const cors = { "access-control-allow-origin": "*" };
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root ?? "/nonexistent", path));
    if (!root || !file.startsWith(root)) {
      res.writeHead(404, cors);
      return res.end();
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      if (delay) await new Promise((done) => setTimeout(done, delay));
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...cors });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain", ...cors });
      res.end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    requests,
    port: server.address().port,
    /** Publishes `inputs` with this origin as the base URL, and serves the result. */
    async publish(inputs, options = {}) {
      const out = join(await mkdtemp(join(tmpdir(), "briefing-site-")), "site");
      await publish({ inputs, baseUrl: `${origin}/`, out, ...options });
      root = out;
      return out;
    },
    async close() {
      await new Promise((done) => server.close(done));
      if (root) await rm(join(root, ".."), { recursive: true, force: true });
    },
  };
}

/** The fixture files by name. */
export const fixture = (name) => join(REPO, "tests", "fixtures", name);
