// Trunk post-build hook, after write-loader.mjs: writes the briefing studio into the build.
// - studio/studio.js: static/studio/studio.js bundled with CodeMirror 6 (scripts/node_modules,
//   pinned by scripts/package-lock.json), the blank template and the example Markdown inlined;
//   it imports the studio's wasm glue, studio/briefing-studio.js, which Trunk builds from
//   crates/briefing-studio (the `rel="rust" data-type="worker"` link in index.html);
// - studio/studio.css;
// - studio.html, with the help panel generated from the converter's convention.md, the one
//   source of the convention (the CLI's --help and README give the same text).
// In a release build the script and the stylesheet are minified.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..");
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this as a Trunk hook");
const release = process.env.TRUNK_PROFILE === "release";
const esbuild = createRequire(join(here, "package.json"))("esbuild");

export const CONVENTION = join(repo, "crates", "briefing-markdown", "convention.md");

const out = join(staging, "studio");
mkdirSync(out, { recursive: true });
const glue = join(out, "briefing-studio.js");
if (!existsSync(glue)) throw new Error(`${glue} is missing: index.html's rel="rust" link to crates/briefing-studio builds it`);

const built = esbuild.buildSync({
  entryPoints: [join(repo, "static", "studio", "studio.js")],
  bundle: true,
  format: "esm",
  target: "es2022",
  // The wasm glue stays a file of its own, beside the bundle.
  external: ["./briefing-studio.js"],
  nodePaths: [join(here, "node_modules")],
  loader: { ".md": "text" },
  minify: release,
  legalComments: "none",
  write: false,
  outfile: join(out, "studio.js"),
});
writeFileSync(join(out, "studio.js"), built.outputFiles[0].text);

const css = readFileSync(join(repo, "static", "studio", "studio.css"), "utf8");
writeFileSync(join(out, "studio.css"), release ? esbuild.transformSync(css, { loader: "css", minify: true }).code : css);

const page = readFileSync(join(repo, "studio.html"), "utf8");
const slot = /<!-- convention:[^>]*-->/;
if (!slot.test(page)) throw new Error("studio.html has no <!-- convention: … --> slot for the help panel");
writeFileSync(join(staging, "studio.html"), page.replace(slot, () => conventionHtml(readFileSync(CONVENTION, "utf8"))));
console.log(`studio: studio.html, studio/studio.js (${built.outputFiles[0].text.length} bytes), studio/studio.css`);

/** Text as HTML text. */
function escape(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** A line's `code` spans as <code>, everything else as text. */
function inline(text) {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${escape(part.slice(1, -1))}</code>` : escape(part)))
    .join("");
}

/**
 * convention.md as HTML: paragraphs, a `Word:` line alone as a heading, `- ` items (with their
 * indented further lines) as a list, and the example document (from a `---` line to the next
 * heading line) as preformatted text, exactly as written.
 */
export function conventionHtml(source) {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const html = [];
  let i = 0;
  const isHeading = (line) => /^[A-Z][\w ]*:$/.test(line);
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i += 1;
    } else if (line === "---" || line.startsWith("```")) {
      const fence = line.startsWith("```");
      const start = fence ? i + 1 : i;
      i += 1;
      while (i < lines.length && !(fence ? lines[i].startsWith("```") : isHeading(lines[i]))) i += 1;
      let block = lines.slice(start, i);
      while (block.length && block[block.length - 1].trim() === "") block = block.slice(0, -1);
      html.push(`<pre tabindex="0" aria-label="An example briefing in Markdown">${escape(block.join("\n"))}</pre>`);
      if (fence) i += 1;
    } else if (isHeading(line)) {
      html.push(`<h3>${inline(line.slice(0, -1))}</h3>`);
      i += 1;
    } else if (/^- /.test(line)) {
      const items = [];
      while (i < lines.length && /^(- |\s+\S)/.test(lines[i])) {
        if (lines[i].startsWith("- ")) items.push(lines[i].slice(2));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i += 1;
      }
      html.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`);
    } else {
      const paragraph = [];
      while (i < lines.length && lines[i].trim() !== "" && !/^- /.test(lines[i]) && lines[i] !== "---" && !isHeading(lines[i])) {
        paragraph.push(lines[i].trim());
        i += 1;
      }
      html.push(`<p>${inline(paragraph.join(" "))}</p>`);
    }
  }
  return html.join("\n");
}
