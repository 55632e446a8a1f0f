// The packed package as partners get it: where the tarball is, unpacking and installing it, and
// loopback servers that record every request.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

import { REPO, packageVersion } from "../../../scripts/api/generate.mjs";

export const VERSION = packageVersion();
export const TARBALL = process.env.PACKAGE_TARBALL
  ? resolve(process.env.PACKAGE_TARBALL)
  : join(REPO, "target", "package", `briefing-widget-${VERSION}.tgz`);
export const FIXTURES = join(REPO, "tests", "fixtures");
export const EXAMPLE = JSON.parse(readFileSync(join(FIXTURES, "north-korea-2013.json"), "utf8"));
export const TITLE = EXAMPLE.title;
/** The package's own tools (vite, tsc): tests/package/node_modules, installed by scripts/setup. */
export const TOOLS = join(REPO, "tests", "package", "node_modules");

export function requireTarball() {
  if (!existsSync(TARBALL)) throw new Error(`${TARBALL} is missing: run scripts/package first`);
  return TARBALL;
}

/** A new empty directory under `parent` (the system's temporary directory by default). */
export function scratch(name, parent = tmpdir()) {
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${name}-`));
}

export function remove(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** Unpacks the tarball into `dir`; returns the package's folder (`dir/package`). */
export function unpack(dir) {
  execFileSync("tar", ["-xzf", requireTarball(), "-C", dir]);
  return join(dir, "package");
}

/**
 * Makes `dir` a project that depends on the tarball, installed the way a partner would, with the
 * registry out of reach (`--offline`): the package needs nothing but itself.
 */
export function installInto(dir, extra = {}) {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "partner-site", private: true, type: "module", ...extra }, null, 2));
  execFileSync("npm", ["install", requireTarball(), "--no-audit", "--no-fund", "--offline"], { cwd: dir, stdio: "pipe" });
  return join(dir, "node_modules", "briefing-widget");
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
};

/** Answers with the file under `root` at `path`, or 404. */
export function sendFile(res, root, path, headers = {}, transform = (body) => body) {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "content-type": "text/plain", ...headers });
    return res.end("not found");
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
  res.end(transform(readFileSync(file), file));
}

/** A server on loopback (127.0.0.1; "localhost" names it as another origin) that records each request's path; `handle(req, res, url)` answers. */
export async function startServer(handle) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push(url.pathname);
    if (url.pathname === "/favicon.ico") return res.writeHead(204).end();
    handle(req, res, url);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * The module with a custom section appended: still a valid WebAssembly module that does the same,
 * but other bytes, so only an integrity check can tell.
 */
export function tamperedWasm(bytes) {
  const name = Buffer.from("tampered");
  const payload = Buffer.concat([Buffer.from([name.length]), name, Buffer.from("not the published module")]);
  return Buffer.concat([bytes, Buffer.from([0, payload.length]), payload]);
}
