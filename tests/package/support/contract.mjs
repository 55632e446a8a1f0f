// The names of the embedding contract, read from the repository's copy of it
// (tests/fixtures/embedding-contract.md, which must equal ../shared/embedding.md where that exists).
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { REPO } from "../../../scripts/api/generate.mjs";

export const CONTRACT = join(REPO, "tests", "fixtures", "embedding-contract.md");
export const SHARED_CONTRACT = join(REPO, "..", "shared", "embedding.md");

/** The text under the heading `title` (any level), up to the next heading of that level or higher. */
export function section(text, title) {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, "").trim() === title);
  if (start < 0) throw new Error(`no heading "${title}"`);
  const level = lines[start].match(/^#+/)[0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)[0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** The rows of the first Markdown table in `text`, as arrays of cells (header and rule left out). */
export function tableRows(text) {
  const rows = text.split("\n").filter((l) => l.startsWith("|"));
  return rows.slice(2).map((r) =>
    r
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim())
  );
}

const ticked = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

export function contractNames(text = readFileSync(CONTRACT, "utf8")) {
  const version1 = text.slice(0, text.indexOf("# Version 1.1 additions"));
  const additions = section(text, "Version 1.1 additions");
  const api = tableRows(section(additions, "JavaScript API"));
  const styling = section(version1, "Styling");
  const partsLine = styling.slice(styling.indexOf("Parts for finer control"));
  return {
    attributes: tableRows(section(version1, "Attributes")).map((r) => ticked(r[0])[0]),
    cssProperties: tableRows(styling).map((r) => ticked(r[0])[0]),
    cssParts: ticked(partsLine.split("\n\n")[0]).filter((n) => !n.startsWith("::")),
    events: tableRows(section(version1, "Events")).map((r) => ticked(r[0])[0]),
    eventDetails: Object.fromEntries(
      tableRows(section(version1, "Events")).map((r) => [ticked(r[0])[0], ticked(r[1])[0]])
    ),
    properties: api.filter((r) => r[1] === "property").flatMap((r) => ticked(r[0])),
    reflected: api.filter((r) => r[1] === "properties").flatMap((r) => ticked(r[0])),
    methods: api.filter((r) => r[1] === "method").flatMap((r) => ticked(r[0]).map((n) => n.replace(/\(\)$/, ""))),
  };
}

/** The keys a contract `detail` text names at its top level: `{ id, title, sections: [...] }` → id, title, sections. */
export function detailKeys(detailText) {
  let depth = 0;
  let current = "";
  const keys = [];
  for (const c of detailText.trim().slice(1, -1)) {
    if ("[{".includes(c)) depth++;
    if ("]}".includes(c)) depth--;
    if (c === "," && depth === 0) {
      keys.push(current);
      current = "";
    } else current += c;
  }
  keys.push(current);
  return keys.map((k) => k.split(":")[0].trim()).filter(Boolean);
}
