// Every public name of the embedding contract is in the one source (scripts/api/public-api.json)
// and in everything made from it or written beside it: the Custom Elements Manifest, the
// TypeScript declarations, VS Code's custom data, docs/embedding.md, and the widget's own
// stylesheet and components. The element at runtime is checked in element.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import {
  REPO,
  DOCS,
  README,
  loadApi,
  manifest,
  declarations,
  customData,
  docsTables,
  renderDocs,
} from "../../scripts/api/generate.mjs";
import { CONTRACT, SHARED_CONTRACT, contractNames, detailKeys, section, tableRows } from "./support/contract.mjs";

const contract = contractNames();
const api = loadApi();
const cem = manifest(api);
const element = cem.modules[0].declarations[0];
const dts = declarations(api);
const docs = readFileSync(DOCS, "utf8");
const css = readFileSync(join(REPO, "src", "embed", "widget.css"), "utf8");
const rustSources = (dir) =>
  readdirSync(join(REPO, dir))
    .filter((f) => f.endsWith(".rs"))
    .map((f) => readFileSync(join(REPO, dir, f), "utf8"))
    .join("\n");
const components = rustSources("src/components") + rustSources("src/embed");
const names = (list) => list.map((x) => x.name);

test("the repository's copy of the contract is the shared one", { skip: !existsSync(SHARED_CONTRACT) && "no ../shared here" }, () => {
  assert.equal(
    readFileSync(CONTRACT, "utf8"),
    readFileSync(SHARED_CONTRACT, "utf8"),
    "tests/fixtures/embedding-contract.md differs from ../shared/embedding.md: copy the contract and update scripts/api/public-api.json"
  );
});

test("the contract's names were read (the parser found every table)", () => {
  assert.deepEqual(contract.attributes, ["src", "theme", "lang", "open", "loading", "heading-level"]);
  assert.equal(contract.cssProperties.length, 12);
  assert.equal(contract.cssParts.length, 8);
  assert.deepEqual(contract.events, ["briefing-load", "briefing-error", "briefing-toggle"]);
  assert.deepEqual(contract.properties, ["briefing"]);
  assert.deepEqual(contract.methods, ["reload"]);
  assert.equal(contract.reflected.length, 6);
});

test("the source names exactly the contract's attributes, properties, methods, events, parts and custom properties", () => {
  assert.deepEqual(names(api.attributes), contract.attributes);
  assert.deepEqual(api.attributes.map((a) => a.property), contract.reflected);
  assert.deepEqual(names(api.properties), contract.properties);
  assert.deepEqual(names(api.methods), contract.methods);
  assert.deepEqual(names(api.events), contract.events);
  for (const event of api.events) {
    assert.equal(event.detailText, contract.eventDetails[event.name], `${event.name}'s detail`);
    assert.deepEqual(Object.keys(event.detail), detailKeys(contract.eventDetails[event.name]), `${event.name}'s detail keys`);
  }
  assert.deepEqual(names(api.cssParts), contract.cssParts);
  assert.deepEqual(names(api.cssProperties), contract.cssProperties);
  assert.deepEqual(names(api.slots), [""], "the children are the fallback: one default slot");
});

test("the manifest (Custom Elements Manifest 2.1) lists every name", () => {
  assert.equal(cem.schemaVersion, "2.1.0");
  assert.deepEqual(cem.modules.map((m) => m.path), ["dist/index.js", "dist/react.js"]);
  const [module, react] = cem.modules;
  assert.equal(module.kind, "javascript-module");
  assert.deepEqual(module.exports, [
    { kind: "js", name: "BriefingWidgetElement", declaration: { name: "BriefingWidgetElement", module: "dist/index.js" } },
    { kind: "custom-element-definition", name: "briefing-widget", declaration: { name: "BriefingWidgetElement", module: "dist/index.js" } },
  ]);
  assert.deepEqual(react.exports, [{ kind: "js", name: "BriefingWidget", declaration: { name: "BriefingWidget", module: "dist/react.js" } }]);
  assert.equal(element.kind, "class");
  assert.equal(element.customElement, true);
  assert.equal(element.tagName, "briefing-widget");
  assert.deepEqual(element.superclass, { name: "HTMLElement", package: "global:" });
  assert.deepEqual(names(element.attributes), contract.attributes);
  const fields = element.members.filter((m) => m.kind === "field");
  const methods = element.members.filter((m) => m.kind === "method");
  assert.deepEqual(names(fields).sort(), [...contract.properties, ...contract.reflected].sort());
  for (const attribute of element.attributes) {
    const field = fields.find((f) => f.name === attribute.fieldName);
    assert.ok(field, `attribute ${attribute.name} names its field`);
    assert.equal(field.attribute, attribute.name);
    assert.equal(field.reflects, true);
  }
  assert.deepEqual(names(methods), contract.methods);
  assert.equal(methods[0].return.type.text, "Promise<void>");
  assert.deepEqual(names(element.events), contract.events);
  for (const event of element.events) assert.match(event.type.text, /^CustomEvent<Briefing\w+Detail>$/);
  assert.deepEqual(names(element.slots), [""]);
  assert.deepEqual(names(element.cssParts), contract.cssParts);
  assert.deepEqual(names(element.cssProperties), contract.cssProperties);
  // An attribute's default is its plain value (what markup holds); a field's is JavaScript source.
  assert.deepEqual(
    Object.fromEntries(element.attributes.filter((a) => a.default).map((a) => [a.name, a.default])),
    { theme: "auto", loading: "eager", "heading-level": "2" }
  );
  assert.equal(fields.find((f) => f.name === "theme").default, "'auto'");
  assert.equal(fields.find((f) => f.name === "open").type.text, "'all' | 'none' | null", "open reads null without the attribute");
  const pattern = element.cssProperties.find((p) => p.name === "--briefing-theme-<theme>");
  assert.match(pattern.description, /A pattern: one property per value of <theme>, e\.g\. --briefing-theme-economy\./);
  for (const entry of [...element.attributes, ...element.events, ...element.cssParts, ...element.cssProperties, ...element.members]) {
    assert.ok(entry.description, `${entry.name} has a description`);
  }
});

test("VS Code's custom data, made from the manifest, has the element and each attribute with its values", () => {
  const data = customData(cem);
  assert.equal(data.version, 1.1);
  const [tag] = data.tags;
  assert.equal(tag.name, "briefing-widget");
  assert.deepEqual(names(tag.attributes), contract.attributes);
  assert.deepEqual(names(tag.attributes.find((a) => a.name === "theme").values), ["light", "dark", "auto"]);
  assert.deepEqual(names(tag.attributes.find((a) => a.name === "heading-level").values), ["1", "2", "3", "4", "5", "6"]);
  for (const name of [...contract.events, ...contract.cssParts, ...contract.cssProperties]) {
    assert.ok(tag.description.value.includes(`\`${name}\``), `${name} in the element's description`);
  }
});

test("the declarations type every attribute, property, method and event, and document every slot, part and custom property", () => {
  const body = (name) => {
    const start = dts.indexOf(name);
    assert.ok(start >= 0, `${name} in the declarations`);
    return dts.slice(start, dts.indexOf("\n}", start));
  };
  const elementInterface = body("export interface BriefingWidgetElement extends HTMLElement {");
  const jsx = body("export type BriefingWidgetElementJSXProps = {");
  const eventMap = body("export interface BriefingWidgetElementEventMap {");
  for (const property of [...contract.properties, ...contract.reflected]) {
    assert.match(elementInterface, new RegExp(`^  (get )?${property}(\\(\\))?: .+;$`, "m"), `property ${property}`);
  }
  // The getter is exact; the setter takes what a JSON import gives.
  assert.match(elementInterface, /^ {2}get briefing\(\): Briefing \| null;\n {2}set briefing\(value: BriefingInput \| null\);$/m);
  assert.match(elementInterface, /^ {2}open: 'all' \| 'none' \| null;$/m);
  for (const method of contract.methods) assert.match(elementInterface, new RegExp(`^  ${method}\\(\\): Promise<void>;$`, "m"));
  for (const attribute of contract.attributes) {
    assert.match(jsx, new RegExp(`^  "${attribute}"\\?: `, "m"), `JSX attribute ${attribute}`);
    assert.ok(dts.includes(` * @attr ${attribute} - `), `@attr ${attribute}`);
  }
  for (const event of contract.events) {
    assert.match(eventMap, new RegExp(`^  "${event}": CustomEvent<Briefing\\w+Detail>;$`, "m"), `event ${event}`);
    assert.match(jsx, new RegExp(`^  "on${event}"\\?: \\(event: CustomEvent<Briefing\\w+Detail>\\) => void;$`, "m"));
    assert.ok(dts.includes(` * @fires ${event} - `), `@fires ${event}`);
    const detailType = api.events.find((e) => e.name === event).detailType;
    const detail = body(`export interface ${detailType} {`);
    for (const key of detailKeys(contract.eventDetails[event])) assert.match(detail, new RegExp(`^  ${key}: `, "m"), `${event}.detail.${key}`);
  }
  for (const part of contract.cssParts) assert.ok(dts.includes(` * @csspart ${part} - `), `@csspart ${part}`);
  for (const property of contract.cssProperties) assert.ok(dts.includes(` * @cssprop ${property} - `), `@cssprop ${property}`);
  assert.ok(dts.includes(" * @slot - "), "@slot (the default slot)");
  assert.match(dts, /interface HTMLElementTagNameMap \{\n {4}"briefing-widget": BriefingWidgetElement;/);
  assert.match(dts, /interface HTMLElementEventMap extends BriefingWidgetElementEventMap \{\}/);
  assert.match(dts, /interface WindowEventMap extends BriefingWidgetElementEventMap \{\}/);
  assert.match(dts, /^export declare const BriefingWidgetElement:$/m, "a value for the class");
  assert.match(dts, /declare module "vue" \{\n {2}interface GlobalComponents \{/);
  assert.match(dts, /declare module "svelte\/elements" \{\n {2}interface SvelteHTMLElements \{/);
  assert.match(dts, /declare module "solid-js\/jsx-runtime" \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements \{/);
  assert.match(dts, /declare module "react" \{\n {2}namespace JSX \{\n {4}interface IntrinsicElements \{/);
});

test("the Briefing type follows the format's JSON Schema", () => {
  const schema = JSON.parse(readFileSync(join(REPO, "static", "schema", "briefing-v1.schema.json"), "utf8"));
  const shape = (name, node) => {
    const start = dts.indexOf(`export interface ${name} {`);
    assert.ok(start >= 0, `${name} declared`);
    const text = dts.slice(start, dts.indexOf("\n}", start));
    const required = new Set(node.required);
    for (const property of Object.keys(node.properties)) {
      assert.match(text, new RegExp(`^  ${property}${required.has(property) ? "" : "\\?"}: `, "m"), `${name}.${property}`);
    }
  };
  shape("Briefing", schema);
  for (const [name, node] of Object.entries(schema.$defs)) {
    if (node.type === "object") shape(`Briefing${name}`, node);
    else assert.match(dts, new RegExp(`^export type Briefing${name} = `, "m"), `Briefing${name} declared`);
  }
  assert.match(dts, /^ {2}version: 1;$/m, "version is the literal 1");
  const input = dts.slice(dts.indexOf("export interface BriefingInput {"));
  assert.match(input, /^ {2}version: number;$/m, "the setter's type takes a JSON import's version: number");
  assert.match(dts, /^ {2}sections: Array<BriefingSection>;$/m);
});

test("docs/embedding.md has the generated tables, up to date, with every name", () => {
  assert.equal(renderDocs(docs, docsTables(api)), docs, "docs/embedding.md is stale: run node scripts/api/generate.mjs --docs");
  const first = (title) => tableRows(section(docs, title)).map((r) => r[0]);
  const ticks = (cells) => cells.flatMap((c) => [...c.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  assert.deepEqual(ticks(first("Attributes")), contract.attributes);
  assert.deepEqual(ticks(first("Events")), contract.events);
  const members = ticks(first("JavaScript API"));
  for (const name of [...contract.properties, ...contract.reflected, ...contract.methods.map((m) => `${m}()`)]) {
    assert.ok(members.includes(name), `${name} in the JavaScript API table`);
  }
  const styling = section(docs, "Styling");
  const [properties, parts] = styling.split("::part()");
  assert.deepEqual(ticks(tableRows(properties).map((r) => r[0])), contract.cssProperties);
  assert.deepEqual(ticks(tableRows(parts).map((r) => r[0])), contract.cssParts);
});

test("the package README has the generated tables, up to date, and the three ways in", () => {
  const readme = readFileSync(README, "utf8");
  assert.equal(renderDocs(readme, docsTables(api)), readme, "docs/package-readme.md is stale: run node scripts/api/generate.mjs --docs");
  for (const [name, lines] of Object.entries(docsTables(api))) {
    assert.ok(readme.includes(lines.join("\n")), `the ${name} table`);
  }
  assert.match(readme, /<script async src="https:\/\/cdn\.jsdelivr\.net\/npm\/briefing-widget@\{\{version\}\}\/dist\/briefing-widget\.js"\n {2}integrity="sha384-/);
  assert.match(readme, /npm pack briefing-widget@\{\{version\}\}/);
  assert.match(readme, /npm install briefing-widget\n/);
  assert.match(readme, /^import "briefing-widget";$/m);
});

test("the widget's stylesheet reads every custom property, with the defaults the docs give", () => {
  for (const property of contract.cssProperties) {
    if (property === "--briefing-theme-<theme>") {
      // Each section's accent is set from its theme by the section component.
      assert.match(components, /var\(--briefing-theme-\{theme\}\)/);
    } else {
      assert.ok(css.includes(`var(${property},`), `src/embed/widget.css reads ${property}`);
    }
  }
  for (const property of api.cssProperties.filter((p) => p.dark)) {
    const own = property.name.replace("--briefing-color-", "");
    assert.ok(css.includes(`var(${property.name}, var(--_d-${own}))`), `${property.name} falls back to --_d-${own}`);
    assert.ok(css.includes(`--_d-${own}: light-dark(${property.default}, ${property.dark});`), `${property.name}'s defaults`);
  }
  for (const property of api.cssProperties.filter((p) => !p.dark && /^\d/.test(p.default))) {
    assert.ok(css.includes(`var(${property.name}, ${property.default})`), `${property.name} defaults to ${property.default}`);
  }
});

test("the components give every part", () => {
  const given = new Set([...components.matchAll(/part="([a-z-]+)"|set_attribute\("part", "([a-z-]+)"\)/g)].map((m) => m[1] ?? m[2]));
  for (const part of contract.cssParts) assert.ok(given.has(part), `part="${part}" in src/components or src/embed`);
  // The loader's own alert (when the module cannot run) is part error too, wherever under
  // src/embed/ the loader's source lives.
  const loader = readdirSync(join(REPO, "src", "embed"), { recursive: true })
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(REPO, "src", "embed", f), "utf8"))
    .join("\n");
  assert.match(loader, /setAttribute\("part", "error"\)/, "the loader's own alert is part error too");
});
