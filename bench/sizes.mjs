// Bytes shipped: raw, gzip (level 9) and brotli (quality 11) of each file, computed with zlib.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Raw, gzip and brotli sizes of some bytes. */
export function sizesOf(bytes) {
  const buffer = Buffer.from(bytes);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

const sum = (rows) => ({
  raw: rows.reduce((n, r) => n + r.raw, 0),
  gzip: rows.reduce((n, r) => n + r.gzip, 0),
  brotli: rows.reduce((n, r) => n + r.brotli, 0),
});

/**
 * The widget's files in `dist` (loader, glue, wasm, stylesheet, and the script path's total, the
 * figure issue 24 budgets) and, given its text, the baseline's script.
 */
export function shippedSizes(dist, baseline) {
  const loaderText = readFileSync(join(dist, "briefing-widget.js"), "utf8");
  const named = (pattern) => loaderText.match(pattern)?.[1] ?? "";
  const file = (role, name) => ({ role, name, ...sizesOf(readFileSync(join(dist, name))) });
  const loader = file("loader", "briefing-widget.js");
  const glue = file("glue", named(/"\.\/(briefing-widget-[0-9a-f]+\.js)"/));
  const wasm = file("wasm", named(/"\.\/(briefing-widget-[0-9a-f]+_bg\.wasm)"/));
  const css = file("stylesheet", "briefing-widget.css");
  return {
    rows: [
      loader,
      glue,
      wasm,
      css,
      { role: "total", name: "widget total (loader + glue + wasm)", ...sum([loader, glue, wasm]) },
      { role: "script path", name: "script path (loader + glue + wasm + stylesheet)", ...sum([loader, glue, wasm, css]) },
    ],
    baseline: baseline === undefined ? undefined : { name: "vanilla baseline (JS with the same CSS)", ...sizesOf(baseline) },
    glue: glue.name,
  };
}
