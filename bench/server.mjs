// The benchmark's static server on loopback, with no compression: the widget's build, the
// vanilla baseline (with widget.css filled in), generated briefings and one page per case.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = { ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json" };

/** The baseline script as served: its source with the widget's stylesheet filled in. */
export async function baselineScript(repo) {
  const [source, css] = await Promise.all([
    readFile(join(repo, "bench", "baseline", "briefing-baseline.js"), "utf8"),
    readFile(join(repo, "src", "embed", "widget.css"), "utf8"),
  ]);
  return source.replace("__WIDGET_CSS__", () => JSON.stringify(css));
}

/** The page of one case: `script` defines <briefing-widget>, which shows `briefing`. */
function page(script, briefing) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><link rel="icon" href="data:,"></head>
<body><script async src="${script}"></script>
<briefing-widget src="/briefings/${briefing}.json"><a href="/briefings/${briefing}.json">Read the briefing</a></briefing-widget>
</body></html>`;
}

/**
 * Serves `dist` under /widget/, the baseline at /baseline.js, `briefings` (name → JSON text) under
 * /briefings/, and pages at /widget/<name>.html and /vanilla/<name>.html. Resolves to its origin.
 */
export async function startServer({ dist, baseline, briefings }) {
  const send = (res, type, body) => {
    res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const [, area, name] = path.match(/^\/(widget|vanilla|briefings)\/([^/]+)$/) ?? [];
    const stem = name?.replace(/\.(html|json)$/, "");
    if (path === "/baseline.js") return send(res, TYPES[".js"], baseline);
    if (area === "briefings" && briefings.has(stem)) return send(res, TYPES[".json"], briefings.get(stem));
    if (name?.endsWith(".html") && briefings.has(stem)) {
      return send(res, "text/html; charset=utf-8", page(area === "widget" ? "/widget/briefing-widget.js" : "/baseline.js", stem));
    }
    if (area === "widget" && normalize(name) === name) {
      try {
        return send(res, TYPES[extname(name)] ?? "application/octet-stream", await readFile(join(dist, name)));
      } catch {
        // Falls through to 404.
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((d) => server.close(d)) };
}
