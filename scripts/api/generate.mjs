// Writes what partners' tools read about <briefing-widget> from the one source of its public names
// (scripts/api/public-api.json) and the format's JSON Schema (static/schema/, written by
// `briefing schema`): the Custom Elements Manifest, the TypeScript declarations (with React 19's
// JSX), VS Code's html.customData (from the manifest), and the tables of docs/embedding.md.
//
//   node scripts/api/generate.mjs OUTDIR        writes custom-elements.json, briefing-widget.d.ts,
//                                               vscode.html-custom-data.json into OUTDIR
//   node scripts/api/generate.mjs --docs        rewrites the generated tables of docs/embedding.md
//                                               and docs/package-readme.md
//   node scripts/api/generate.mjs --check-docs  exits 1 if they differ from what it would write
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, "..", "..");
export const SOURCE = join(here, "public-api.json");
export const SCHEMA = join(REPO, "static", "schema", "briefing-v1.schema.json");
export const DOCS = join(REPO, "docs", "embedding.md");
/** The package's README (its source: the package script fills in the version). */
export const README = join(REPO, "docs", "package-readme.md");
/** The module a bundler imports; it defines the element (the package's "." export). */
export const ENTRY = "dist/index.js";
export const FILES = {
  manifest: "custom-elements.json",
  declarations: "briefing-widget.d.ts",
  customData: "vscode.html-custom-data.json",
};

export function loadApi() {
  return JSON.parse(readFileSync(SOURCE, "utf8"));
}

export function loadSchema() {
  return JSON.parse(readFileSync(SCHEMA, "utf8"));
}

/** A TOML table's text in Cargo.toml (`package`, `workspace.package`), up to the next table. */
function cargoTable(name) {
  const cargo = readFileSync(join(REPO, "Cargo.toml"), "utf8");
  return cargo.split(/^(?=\[)/m).find((s) => s.startsWith(`[${name}]`)) ?? "";
}

/** The package's version: Cargo.toml's [package] version, or [workspace.package]'s if it inherits it. */
export function packageVersion() {
  const own = cargoTable("package");
  const inherits = /^version\.workspace\s*=\s*true/m.test(own) || /^version\s*=\s*\{\s*workspace\s*=\s*true/m.test(own);
  const version = (inherits ? cargoTable("workspace.package") : own).match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error("no version in Cargo.toml's [package] (or [workspace.package]) section");
  return version;
}

const js = (value) => `'${value}'`;

// ---------------------------------------------------------------------------------------------
// Custom Elements Manifest (schema 2.1.0)

export function manifest(api = loadApi()) {
  const fields = [
    ...api.properties.map((p) => ({
      kind: "field",
      name: p.name,
      type: { text: p.type },
      description: p.description,
    })),
    ...api.attributes.map((a) => ({
      kind: "field",
      name: a.property,
      type: { text: a.type },
      description: `Reflects the \`${a.name}\` attribute. ${a.description}`,
      ...(a.defaultValue !== undefined && { default: a.type.includes("'") ? js(a.defaultValue) : a.defaultValue }),
      attribute: a.name,
      reflects: true,
    })),
  ];
  const methods = api.methods.map((m) => ({
    kind: "method",
    name: m.name,
    parameters: m.parameters,
    return: { type: { text: m.returns } },
    description: m.description,
  }));
  const declaration = {
    kind: "class",
    customElement: true,
    tagName: api.tagName,
    name: api.className,
    summary: api.summary,
    description: api.description,
    superclass: { name: "HTMLElement", package: "global:" },
    attributes: api.attributes.map((a) => ({
      name: a.name,
      type: { text: a.type },
      description: a.description,
      ...(a.defaultValue !== undefined && { default: a.type.includes("'") ? js(a.defaultValue) : a.defaultValue }),
      fieldName: a.property,
    })),
    members: [...fields, ...methods],
    events: api.events.map((e) => ({
      name: e.name,
      type: { text: `CustomEvent<${e.detailType}>` },
      description: `${e.description} \`detail\`: \`${e.detailText}\`.`,
    })),
    slots: api.slots,
    cssParts: api.cssParts,
    cssProperties: api.cssProperties.map((p) => ({
      name: p.name,
      description: p.description,
      syntax: p.syntax,
      default: p.dark ? `${p.default} (dark: ${p.dark})` : p.default,
    })),
  };
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: ENTRY,
        description: "Defines <briefing-widget> when imported (`import 'briefing-widget'`).",
        declarations: [declaration],
        exports: [
          { kind: "custom-element-definition", name: api.tagName, declaration: { name: api.className, module: ENTRY } },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// VS Code html.customData, from the manifest

export function customData(cem = manifest()) {
  const tags = [];
  for (const module of cem.modules) {
    for (const element of module.declarations.filter((d) => d.customElement)) {
      const listing = (title, items) =>
        items.length ? `\n\n**${title}:** ${items.map((i) => `\`${i.name}\``).join(", ")}` : "";
      tags.push({
        name: element.tagName,
        description: {
          kind: "markdown",
          value:
            `${element.summary}\n\n${element.description}` +
            listing("Events", element.events) +
            listing("Parts", element.cssParts) +
            listing("CSS custom properties", element.cssProperties),
        },
        attributes: element.attributes.map((a) => {
          const values = [...a.type.text.matchAll(/'([^']+)'|\b(\d+)\b/g)].map((m) => ({ name: m[1] ?? m[2] }));
          return {
            name: a.name,
            description: { kind: "markdown", value: a.description + (a.default ? `\n\nDefault: \`${a.default.replace(/'/g, "")}\`` : "") },
            ...(values.length && { values }),
          };
        }),
      });
    }
  }
  return { version: 1.1, tags };
}

// ---------------------------------------------------------------------------------------------
// TypeScript declarations

const PREFIX = "Briefing";

/** The TypeScript type of a JSON Schema node (the subset `briefing schema` writes). */
function tsType(node, indent) {
  if (node.$ref) return PREFIX + node.$ref.split("/").pop();
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((value) => JSON.stringify(value)).join(" | ");
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.map((n) => tsType(n, indent)).join(" | ");
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types
    .map((type) => {
      switch (type) {
        case "string":
          return "string";
        case "integer":
        case "number":
          return "number";
        case "boolean":
          return "boolean";
        case "null":
          return "null";
        case "array":
          return `Array<${tsType(node.items, indent)}>`;
        case "object":
          return objectType(node, indent);
        default:
          throw new Error(`JSON Schema type ${type} has no TypeScript translation here`);
      }
    })
    .join(" | ");
}

function comment(text, indent) {
  const lines = text.split("\n");
  if (lines.length === 1 && text.length < 90) return `${indent}/** ${text} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join("\n")}\n${indent} */\n`;
}

function objectType(node, indent) {
  const required = new Set(node.required ?? []);
  const inner = indent + "  ";
  const members = Object.entries(node.properties ?? {}).map(([name, property]) => {
    const optional = required.has(name) ? "" : "?";
    const doc = property.description ? comment(property.description, inner) : "";
    return `${doc}${inner}${name}${optional}: ${tsType(property, inner)};\n`;
  });
  return `{\n${members.join("")}${indent}}`;
}

function schemaDeclarations(schema) {
  const out = [];
  const root = `Briefing in format version ${schema.properties.version.const}. ${schema.description}\n` +
    `Optional fields may be absent or null; the \`briefing\` getter leaves absent fields out.\n` +
    `Generated from ${schema.$id}.`;
  out.push(`${comment(root, "")}export interface ${PREFIX} ${objectType(schema, "")}\n`);
  for (const [name, node] of Object.entries(schema.$defs ?? {})) {
    const doc = node.description ? comment(node.description, "") : "";
    if (node.type === "object") out.push(`${doc}export interface ${PREFIX}${name} ${objectType(node, "")}\n`);
    else out.push(`${doc}export type ${PREFIX}${name} = ${tsType(node, "")};\n`);
  }
  return out.join("\n");
}

export function declarations(api = loadApi(), schema = loadSchema(), version = packageVersion()) {
  const details = api.events
    .map((e) => {
      const members = Object.entries(e.detail)
        .map(([name, d]) => `${comment(d.description, "  ")}  ${name}: ${d.type};\n`)
        .join("");
      return `/** \`detail\` of \`${e.name}\`: ${e.description} */\nexport interface ${e.detailType} {\n${members}}\n`;
    })
    .join("\n");
  const eventMap = api.events
    .map((e) => `${comment(e.description, "  ")}  "${e.name}": CustomEvent<${e.detailType}>;\n`)
    .join("");
  const tags = [
    api.summary,
    "",
    api.description,
    "",
    ...api.attributes.map((a) => `@attr ${a.name} - ${a.description}`),
    ...api.events.map((e) => `@fires ${e.name} - ${e.description}`),
    ...api.slots.map((s) => `@slot ${s.name || "-"} ${s.description}`),
    ...api.cssParts.map((p) => `@csspart ${p.name} - ${p.description}`),
    ...api.cssProperties.map((p) => `@cssprop ${p.name} - ${p.description}`),
  ].join("\n");
  const members = [
    ...api.attributes.map(
      (a) => `${comment(`Reflects the \`${a.name}\` attribute. ${a.description}`, "  ")}  ${a.property}: ${a.type};\n`
    ),
    ...api.properties.map((p) => `${comment(p.description, "  ")}  ${p.name}: ${p.type};\n`),
    ...api.methods.map((m) => `${comment(m.description, "  ")}  ${m.name}(): ${m.returns};\n`),
  ].join("");
  // Attribute values are strings in markup; a numeric attribute also takes its values as strings.
  const attributeType = (a) =>
    a.type.includes("'") || a.type === "string" ? a.type : `${a.type} | ${a.values.map((v) => `"${v}"`).join(" | ")}`;
  const jsxAttributes = api.attributes.map((a) => `  "${a.name}"?: ${attributeType(a)};\n`).join("");
  const jsxProperties = [
    ...api.attributes.filter((a) => a.property !== a.name).map((a) => `  ${a.property}?: ${a.type};\n`),
    ...api.properties.map((p) => `  ${p.name}?: ${p.type};\n`),
  ].join("");
  const jsxEvents = api.events
    .map((e) => `  "on${e.name}"?: (event: CustomEvent<${e.detailType}>) => void;\n`)
    .join("");
  return `// briefing-widget ${version}: TypeScript declarations of <${api.tagName}> and the briefing format.
// Generated by scripts/api/generate.mjs from scripts/api/public-api.json and the format's JSON
// Schema; do not edit.

${schemaDeclarations(schema)}
${details}
/** The events of <${api.tagName}>: they bubble and cross the shadow boundary. */
export interface ${api.className}EventMap {
${eventMap}}

${comment(tags, "")}export interface ${api.className} extends HTMLElement {
${members}}

declare global {
  interface HTMLElementTagNameMap {
    "${api.tagName}": ${api.className};
  }
  interface HTMLElementEventMap extends ${api.className}EventMap {}
  interface DocumentEventMap extends ${api.className}EventMap {}
}

/**
 * What React 19 accepts on <${api.tagName}>: attributes by their names, properties (\`briefing\`,
 * \`headingLevel\`) by theirs (React 19 sets a property when the element has one), and the events
 * as \`on<event-name>\` (React 19 adds a listener for \`on\` followed by the event's exact name).
 */
export type ${api.className}JSXProps = {
${jsxAttributes}${jsxProperties}${jsxEvents}};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      // @ts-ignore: React's types name these where they are installed; without them (a page that
      // does not use React) this augmentation is never read and must not fail the type check.
      "${api.tagName}": DetailedHTMLProps<HTMLAttributes<${api.className}>, ${api.className}> & ${api.className}JSXProps;
    }
  }
}
`;
}

// ---------------------------------------------------------------------------------------------
// docs/embedding.md tables

const code = (s) => `\`${s}\``;
const cell = (s) => String(s).replace(/\|/g, "\\|");

export function docsTables(api = loadApi()) {
  const values = (a) => a.valuesText ?? (Array.isArray(a.values) ? a.values.map(code).join(", ") : a.values);
  const fallbackDefault = (d) => (/^[a-z0-9-]+$/.test(d) ? code(d) : d);
  return {
    attributes: [
      "| attribute | property | values | default | meaning |",
      "|---|---|---|---|---|",
      ...api.attributes.map(
        (a) => `| ${code(a.name)} | ${code(a.property)} | ${values(a)} | ${fallbackDefault(a.default)} | ${cell(a.description)} |`
      ),
    ],
    members: [
      "| member | kind | type | meaning |",
      "|---|---|---|---|",
      ...api.properties.map((p) => `| ${code(p.name)} | property | ${code(cell(p.type))} | ${cell(p.description)} |`),
      ...api.methods.map((m) => `| ${code(`${m.name}()`)} | method | ${code(m.returns)} | ${cell(m.description)} |`),
      `| ${api.attributes.map((a) => code(a.property)).join(", ")} | properties | as the attributes | Reflect the attributes above: setting one sets the attribute, reading one reads it. |`,
    ],
    "custom-properties": [
      "| property | styles | light default | dark default |",
      "|---|---|---|---|",
      ...api.cssProperties.map((p) => {
        const literal = (v) => (v && /^[#0-9]/.test(v) ? code(v) : v ?? "");
        return `| ${code(p.name)} | ${cell(p.description)} | ${literal(p.default)} | ${literal(p.dark)} |`;
      }),
    ],
    parts: [
      "| part | what |",
      "|---|---|",
      ...api.cssParts.map((p) => `| ${code(p.name)} | ${cell(p.description)} |`),
    ],
    events: [
      "| event | `detail` | type | when |",
      "|---|---|---|---|",
      ...api.events.map((e) => `| ${code(e.name)} | ${code(e.detailText)} | ${code(`CustomEvent<${e.detailType}>`)} | ${cell(e.description)} |`),
    ],
  };
}

const marker = (name) => [`<!-- generated: ${name} (scripts/api/generate.mjs --docs) -->`, `<!-- end generated: ${name} -->`];

/** docs/embedding.md with each generated table put between its markers. */
export function renderDocs(text, tables = docsTables()) {
  let out = text;
  for (const [name, lines] of Object.entries(tables)) {
    const [start, end] = marker(name);
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`no "${start}" … "${end}" markers`);
    out = out.slice(0, from) + [start, ...lines, end].join("\n") + out.slice(to + end.length);
  }
  return out;
}

export function writeAll(outDir) {
  const api = loadApi();
  const cem = manifest(api);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, FILES.manifest), JSON.stringify(cem, null, 2) + "\n");
  writeFileSync(join(outDir, FILES.declarations), declarations(api));
  writeFileSync(join(outDir, FILES.customData), JSON.stringify(customData(cem), null, 2) + "\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [argument] = process.argv.slice(2);
  if (argument === "--docs" || argument === "--check-docs") {
    for (const file of [DOCS, README]) {
      const text = readFileSync(file, "utf8");
      const wanted = renderDocs(text);
      if (argument === "--docs") {
        writeFileSync(file, wanted);
      } else if (wanted !== text) {
        console.error(`${file}'s tables differ from scripts/api/public-api.json: run node scripts/api/generate.mjs --docs`);
        process.exitCode = 1;
      }
    }
  } else if (argument && !argument.startsWith("-")) {
    writeAll(resolve(argument));
    console.log(`wrote ${Object.values(FILES).join(", ")} into ${argument}`);
  } else {
    console.error("usage: node scripts/api/generate.mjs OUTDIR | --docs | --check-docs");
    process.exit(2);
  }
}
