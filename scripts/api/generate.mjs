// Writes what partners' tools read about <briefing-widget> from the one source of its public names
// (scripts/api/public-api.json) and the format's JSON Schema (static/schema/, written by
// `briefing schema`): the Custom Elements Manifest, the TypeScript declarations (with the
// templates' declarations of React 19, Vue, Svelte and Solid), the `briefing-widget/react` entry
// and its declarations, VS Code's html.customData (from the manifest), and the tables of
// docs/embedding.md.
//
//   node scripts/api/generate.mjs OUTDIR        writes custom-elements.json, briefing-widget.d.ts,
//                                               react.d.ts, script.d.ts, vscode.html-custom-data.json into
//                                               OUTDIR, and dist/react.js under it
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
/** The React component's module (`briefing-widget/react`), made from src/embed/react/index.js. */
export const REACT_ENTRY = "dist/react.js";
export const REACT_SOURCE = join(REPO, "src", "embed", "react", "index.js");
export const FILES = {
  manifest: "custom-elements.json",
  declarations: "briefing-widget.d.ts",
  reactDeclarations: "react.d.ts",
  scriptDeclarations: "script.d.ts",
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
/** A field's default as JavaScript source (`'auto'`, `2`); an attribute's default is the plain value. */
const jsDefault = (a) => (a.type.includes("'") ? js(a.defaultValue) : a.defaultValue);
/** The type a reflected property reads as (`open` is `null` while the attribute is absent). */
const propertyType = (a) => a.propertyType ?? a.type;
/** The React component's prop of an event: `briefing-load` → `onBriefingLoad`. */
export const reactEventProp = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

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
      type: { text: propertyType(a) },
      description: `Reflects the \`${a.name}\` attribute. ${a.description}`,
      ...(a.defaultValue !== undefined && { default: jsDefault(a) }),
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
      // An attribute's value is a string in markup: its default is that string, not JavaScript.
      ...(a.defaultValue !== undefined && { default: a.defaultValue }),
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
      // A pattern names a family of properties: one per value of the placeholder in <…>.
      description: p.pattern
        ? `${p.description}. A pattern: one property per value of ${p.name.match(/<[^>]+>/)[0]}, e.g. ${p.name.replace(/<[^>]+>/, "economy")}.`
        : p.description,
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
          { kind: "js", name: api.className, declaration: { name: api.className, module: ENTRY } },
          { kind: "custom-element-definition", name: api.tagName, declaration: { name: api.className, module: ENTRY } },
        ],
      },
      {
        kind: "javascript-module",
        path: REACT_ENTRY,
        description: "`import { BriefingWidget } from 'briefing-widget/react'`: a React 19 client component that renders <briefing-widget>, sets `briefing` and listens to the events through a ref (server rendering and hydration included).",
        declarations: [
          {
            kind: "function",
            name: "BriefingWidget",
            description: `Renders <${api.tagName}> with its attributes and children (the fallback, also on the server); sets \`briefing\` and adds ${api.events.map((e) => `\`${reactEventProp(e.name)}\``).join(", ")} as listeners once the element is in the page.`,
            parameters: [{ name: "props", type: { text: "BriefingWidgetProps" } }],
            return: { type: { text: "ReactElement" } },
          },
        ],
        exports: [{ kind: "js", name: "BriefingWidget", declaration: { name: "BriefingWidget", module: REACT_ENTRY } }],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// VS Code html.customData, from the manifest

export function customData(cem = manifest()) {
  const tags = [];
  for (const module of cem.modules.filter((m) => m.path === ENTRY)) {
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
            description: { kind: "markdown", value: a.description + (a.default ? `\n\nDefault: \`${a.default}\`` : "") },
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
/** The prefix of the setter's types: what a JSON import gives (`version: number`). */
const INPUT = "BriefingInput";

/** Whether a schema node holds a `const` or an `enum` (directly, below it, or through a `$ref`). */
function narrows(node, schema, seen = new Set()) {
  if (!node || typeof node !== "object") return false;
  if (node.const !== undefined || node.enum) return true;
  if (node.$ref) {
    const name = node.$ref.split("/").pop();
    if (seen.has(name)) return false;
    seen.add(name);
    return narrows(schema.$defs?.[name], schema, seen);
  }
  return Object.values(node).some((child) => narrows(child, schema, seen));
}

/**
 * The TypeScript type of a JSON Schema node (the subset `briefing schema` writes). With `input`,
 * the type a JSON import has: a `const` or an `enum` widens to its JSON type (TypeScript types
 * `import data from "./b.json"` with `version: number`), and the element checks it at run time.
 */
function tsType(node, indent, input) {
  if (node.$ref) {
    const name = node.$ref.split("/").pop();
    return (input && narrows(input.schema.$defs?.[name], input.schema) ? INPUT : PREFIX) + name;
  }
  if (node.const !== undefined) return input ? typeof node.const : JSON.stringify(node.const);
  if (node.enum) return input ? [...new Set(node.enum.map((v) => typeof v))].join(" | ") : node.enum.map((v) => JSON.stringify(v)).join(" | ");
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.map((n) => tsType(n, indent, input)).join(" | ");
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
          return `Array<${tsType(node.items, indent, input)}>`;
        case "object":
          return objectType(node, indent, input);
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

function objectType(node, indent, input) {
  const required = new Set(node.required ?? []);
  const inner = indent + "  ";
  const members = Object.entries(node.properties ?? {}).map(([name, property]) => {
    const optional = required.has(name) ? "" : "?";
    const doc = property.description ? comment(property.description, inner) : "";
    return `${doc}${inner}${name}${optional}: ${tsType(property, inner, input)};\n`;
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
  // What the setter takes: the same shape, typed as a JSON import types it.
  const input = { schema };
  const inputRoot =
    `What the \`briefing\` setter takes: a ${PREFIX} as a JSON import types it (\`import data from "./b.json"\`\n` +
    `gives \`version: number\`), or as \`JSON.parse\` and \`fetch\` give it. The element validates it at run time,\n` +
    `exactly as fetched JSON (a wrong version is a \`briefing-error\`).`;
  out.push(`${comment(inputRoot, "")}export interface ${INPUT} ${objectType(schema, "", input)}\n`);
  for (const [name, node] of Object.entries(schema.$defs ?? {})) {
    if (!narrows(node, schema)) continue;
    const doc = comment(`${PREFIX}${name} as a JSON import types it.`, "");
    if (node.type === "object") out.push(`${doc}export interface ${INPUT}${name} ${objectType(node, "", input)}\n`);
    else out.push(`${doc}export type ${INPUT}${name} = ${tsType(node, "", input)};\n`);
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
  // A property whose setter takes more than its getter gives (`briefing`: what a JSON import
  // gives) is a get/set pair; the others are plain fields.
  const property = (p) =>
    p.inputType
      ? `${comment(p.description, "  ")}  get ${p.name}(): ${p.type};\n  set ${p.name}(value: ${p.inputType});\n`
      : `${comment(p.description, "  ")}  ${p.name}: ${p.type};\n`;
  const members = [
    ...api.attributes.map(
      (a) => `${comment(`Reflects the \`${a.name}\` attribute. ${a.description}`, "  ")}  ${a.property}: ${propertyType(a)};\n`
    ),
    ...api.properties.map(property),
    ...api.methods.map((m) => `${comment(m.description, "  ")}  ${m.name}(): ${m.returns};\n`),
  ].join("");
  // Attribute values are strings in markup; a numeric attribute also takes its values as strings.
  const attributeType = (a) =>
    a.type.includes("'") || a.type === "string" ? a.type : `${a.type} | ${a.values.map((v) => `"${v}"`).join(" | ")}`;
  const settable = (p) => p.inputType ?? p.type;
  // What templates set: attributes by their names, then the properties that differ from them.
  const templateMembers = (eventName) =>
    [
      ...api.attributes.map((a) => `  "${a.name}"?: ${attributeType(a)};\n`),
      ...api.attributes.filter((a) => a.property !== a.name).map((a) => `  ${a.property}?: ${a.type};\n`),
      ...api.properties.map((p) => `  ${p.name}?: ${settable(p)};\n`),
      ...api.events.map((e) => `  ${eventName(e.name)}?: (event: CustomEvent<${e.detailType}>) => void;\n`),
    ].join("");
  // Vue's templates camelize names (heading-level is headingLevel, @briefing-load is
  // onBriefingLoad): each attribute once, by its property's name, taking its markup values too.
  const vueMembers = [
    ...api.attributes.map((a) => `  ${a.property}?: ${attributeType(a)};\n`),
    ...api.properties.map((p) => `  ${p.name}?: ${settable(p)};\n`),
    ...api.events.map((e) => `  ${reactEventProp(e.name)}?: (event: CustomEvent<${e.detailType}>) => void;\n`),
  ].join("");
  const solidMembers = [
    ...api.attributes.map((a) => `  "${a.name}"?: ${attributeType(a)};\n`),
    ...api.properties.map((p) => `  "prop:${p.name}"?: ${settable(p)};\n`),
    ...api.events.map((e) => `  "on:${e.name}"?: (event: CustomEvent<${e.detailType}>) => void;\n`),
  ].join("");
  const ignore = (module) =>
    `      // @ts-ignore: ${module}'s types name this where they are installed; without them this\n` +
    `      // augmentation is never read and must not fail the type check.\n`;
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

/**
 * The element's class, as \`import { ${api.className} } from "briefing-widget"\` gives it (the
 * same as \`customElements.get("${api.tagName}")\`); \`undefined\` where there is no DOM (server-side
 * rendering).
 */
export declare const ${api.className}:
  | {
      new (): ${api.className};
      readonly prototype: ${api.className};
      readonly observedAttributes: string[];
    }
  | undefined;

declare global {
  interface HTMLElementTagNameMap {
    "${api.tagName}": ${api.className};
  }
  interface HTMLElementEventMap extends ${api.className}EventMap {}
  interface DocumentEventMap extends ${api.className}EventMap {}
  interface WindowEventMap extends ${api.className}EventMap {}
}

/**
 * What React 19 accepts on <${api.tagName}>: attributes by their names, properties (\`briefing\`,
 * \`headingLevel\`) by theirs (React 19 sets a property when the element has one), and the events
 * as \`on<event-name>\` (React 19 adds a listener for \`on\` followed by the event's exact name).
 * With server rendering, use \`briefing-widget/react\` instead: hydration drops properties and
 * listeners given this way.
 */
export type ${api.className}JSXProps = {
${templateMembers((name) => `"on${name}"`)}};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
${ignore("React")}      "${api.tagName}": DetailedHTMLProps<HTMLAttributes<${api.className}>, ${api.className}> & ${api.className}JSXProps;
    }
  }
}

/**
 * What Vue 3 templates accept on <${api.tagName}> (checked by vue-tsc): attributes, \`:briefing\`,
 * and the events as \`@${api.events[0].name}\` (typed here as their \`on…\` props). Tell Vue's compiler
 * that it is a custom element: \`isCustomElement: (tag) => tag === "${api.tagName}"\`.
 */
export type ${api.className}VueProps = {
${vueMembers}};

declare module "vue" {
  interface GlobalComponents {
${ignore("Vue").replace(/^ {6}/gm, "    ")}    "${api.tagName}": import("vue").DefineComponent<${api.className}VueProps>;
  }
}

/**
 * What Svelte 5 accepts on <${api.tagName}> (checked by svelte-check): attributes, \`briefing\`
 * (Svelte sets the property), and the events as \`on${api.events[0].name}\`.
 */
export type ${api.className}SvelteProps = {
${templateMembers((name) => `"on${name}"`)}};

declare module "svelte/elements" {
  interface SvelteHTMLElements {
${ignore("Svelte").replace(/^ {6}/gm, "    ")}    "${api.tagName}": Omit<HTMLAttributes<${api.className}>, keyof ${api.className}SvelteProps> & ${api.className}SvelteProps;
  }
}

/** What Solid accepts on <${api.tagName}>: attributes, \`prop:briefing\`, and \`on:${api.events[0].name}\`. */
export type ${api.className}SolidProps = {
${solidMembers}};

declare module "solid-js/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements {
${ignore("Solid")}      "${api.tagName}": HTMLAttributes<${api.className}> & ${api.className}SolidProps;
    }
  }
}
`;
}

/** Declarations of `briefing-widget/react` (react.d.ts beside briefing-widget.d.ts). */
export function reactDeclarations(api = loadApi(), version = packageVersion()) {
  const own = [
    ...api.attributes.map((a) => `${comment(`The \`${a.name}\` attribute. ${a.description}`, "  ")}  ${a.property}?: ${a.type};\n`),
    ...api.properties.map((p) => `${comment(`Set as the element's \`${p.name}\` property once it is in the page. ${p.description}`, "  ")}  ${p.name}?: ${p.inputType ?? p.type};\n`),
    ...api.events.map(
      (e) => `${comment(`\`${e.name}\`: ${e.description}`, "  ")}  ${reactEventProp(e.name)}?: (event: CustomEvent<${e.detailType}>) => void;\n`
    ),
  ].join("");
  return `// briefing-widget ${version}: declarations of briefing-widget/react, the React 19 component.
// Generated by scripts/api/generate.mjs from scripts/api/public-api.json; do not edit.
import type { HTMLAttributes, ReactElement, Ref } from "react";
import type { ${api.className}, ${[...new Set(api.properties.map((p) => (p.inputType ?? p.type).split(" ")[0]))].join(", ")}, ${api.events.map((e) => e.detailType).join(", ")} } from "./${FILES.declarations.replace(/\.d\.ts$/, ".js")}";

/** The props of <BriefingWidget>: the element's attributes, \`briefing\`, and its events as callbacks. */
export interface BriefingWidgetOwnProps {
${own}}

export type BriefingWidgetProps = BriefingWidgetOwnProps &
  Omit<HTMLAttributes<${api.className}>, keyof BriefingWidgetOwnProps> & {
    /** The <${api.tagName}> element. */
    ref?: Ref<${api.className}>;
  };

/**
 * <${api.tagName}> as a React client component: server rendering gives the element with its
 * attributes and children (the fallback); in the browser, \`briefing\` and the listeners are set
 * on the element through a ref, so that hydration keeps them.
 */
export declare function BriefingWidget(props: BriefingWidgetProps): ReactElement;
`;
}

/** Declarations of `briefing-widget/script`: it exports nothing and defines the element. */
export function scriptDeclarations(api = loadApi(), version = packageVersion()) {
  return `// briefing-widget ${version}: declarations of briefing-widget/script, the script tag's loader as an
// import. It exports nothing; importing it defines <${api.tagName}> (the types of
// ${FILES.declarations} apply). Generated by scripts/api/generate.mjs; do not edit.
import "./${FILES.declarations.replace(/\.d\.ts$/, ".js")}";
export {};
`;
}

/** dist/react.js: src/embed/react/index.js with the element's names filled in. */
export function reactEntry(api = loadApi()) {
  const names = {
    tagName: api.tagName,
    attributes: Object.fromEntries(api.attributes.map((a) => [a.property, a.name])),
    properties: api.properties.map((p) => p.name),
    events: Object.fromEntries(api.events.map((e) => [reactEventProp(e.name), e.name])),
  };
  const source = readFileSync(REACT_SOURCE, "utf8");
  if (!source.includes("__BRIEFING_WIDGET_NAMES__")) throw new Error(`${REACT_SOURCE} has no __BRIEFING_WIDGET_NAMES__`);
  return source.replace("__BRIEFING_WIDGET_NAMES__", JSON.stringify(names));
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
      ...api.properties.map(
        (p) => `| ${code(p.name)} | property | ${p.inputType ? `get ${code(cell(p.type))}, set ${code(cell(p.inputType))}` : code(cell(p.type))} | ${cell(p.description)} |`
      ),
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
  writeFileSync(join(outDir, FILES.reactDeclarations), reactDeclarations(api));
  writeFileSync(join(outDir, FILES.scriptDeclarations), scriptDeclarations(api));
  mkdirSync(join(outDir, "dist"), { recursive: true });
  writeFileSync(join(outDir, REACT_ENTRY), reactEntry(api));
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
