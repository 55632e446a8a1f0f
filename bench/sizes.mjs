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

/** The widget's files in `dist` (loader, glue, wasm, and their total) and the baseline's script. */
export function shippedSizes(dist, baseline) {
  const loaderText = readFileSync(join(dist, "briefing-widget.js"), "utf8");
  const named = (pattern) => loaderText.match(pattern)?.[1] ?? "";
  const file = (name) => ({ name, ...sizesOf(readFileSync(join(dist, name))) });
  const loader = file("briefing-widget.js");
  const glue = file(named(/"\.\/(briefing-widget-[0-9a-f]+\.js)"/));
  const wasm = file(named(/"\.\/(briefing-widget-[0-9a-f]+_bg\.wasm)"/));
  return {
    rows: [loader, glue, wasm, { name: "widget total (loader + glue + wasm)", ...sum([loader, glue, wasm]) }],
    baseline: { name: "vanilla baseline (JS with the same CSS)", ...sizesOf(baseline) },
    glue: glue.name,
  };
}
