// What the packed tarball holds: the release's dist/ (nothing of the preview), the schema, the
// generated files exactly as the generator writes them, README, CHANGELOG, licences, and a
// package.json that bundlers, CDNs, TypeScript and editors read correctly.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";

import { FILES, REPO, customData, declarations, manifest, reactDeclarations, reactEntry, scriptDeclarations } from "../../scripts/api/generate.mjs";
import { packageReadme } from "../../scripts/api/package.mjs";
import { VERSION, remove, requireTarball, scratch, unpack } from "./support/package.mjs";

const esbuild = createRequire(join(REPO, "scripts", "package.json"))("esbuild");

let unpacked;
let pkg;
let json;

before(() => {
  unpacked = scratch("briefing-package");
  pkg = unpack(unpacked);
  json = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8"));
});

after(() => unpacked && remove(unpacked));

const read = (path) => readFileSync(join(pkg, path), "utf8");

test("the tarball holds the release's dist/, the schema, the generated files, README, CHANGELOG and licences, and nothing else", () => {
  const top = readdirSync(pkg).sort();
  assert.deepEqual(top, [
    "CHANGELOG.md",
    "LICENSE-APACHE",
    "LICENSE-MIT",
    "README.md",
    FILES.declarations,
    FILES.reactDeclarations,
    FILES.scriptDeclarations,
    FILES.manifest,
    "dist",
    "package.json",
    "schema",
    FILES.customData,
  ].sort());
  const dist = readdirSync(join(pkg, "dist")).sort();
  assert.equal(dist.length, 6, `dist/: ${dist}`);
  for (const pattern of [/^briefing-widget\.js$/, /^index\.js$/, /^react\.js$/, /^briefing-widget-[0-9a-f]+\.js$/, /^briefing-widget-[0-9a-f]+_bg\.wasm$/, /^briefing-widget\.css$/]) {
    assert.equal(dist.filter((f) => pattern.test(f)).length, 1, `dist/ has one ${pattern}: ${dist}`);
  }
  assert.deepEqual(readdirSync(join(pkg, "schema")), ["briefing-v1.schema.json"]);
});

test("package.json: name, Cargo.toml's version, module entry, types, manifest, side effects, licence, CDN fields", () => {
  assert.equal(json.name, "briefing-widget");
  assert.equal(json.version, VERSION);
  // The same version as Cargo sees it (a version inherited from [workspace.package] included).
  const metadata = JSON.parse(
    execFileSync("cargo", ["metadata", "--no-deps", "--format-version", "1", "--offline"], { cwd: REPO, encoding: "utf8" })
  );
  assert.equal(json.version, metadata.packages.find((p) => p.name === "briefing-widget").version);
  assert.equal(json.type, "module");
  assert.deepEqual(Object.keys(json.exports["."]), ["types", "import"], "types first, as TypeScript requires");
  assert.deepEqual(json.exports["."], { types: "./briefing-widget.d.ts", import: "./dist/index.js" });
  assert.deepEqual(json.exports["./react"], { types: "./react.d.ts", import: "./dist/react.js" });
  assert.deepEqual(json.exports["./script"], { types: "./script.d.ts", default: "./dist/briefing-widget.js" });
  for (const key of ["./dist/*", "./custom-elements.json", "./schema/*", "./package.json"]) assert.ok(json.exports[key], `exports ${key}`);
  // Parcel 2 reads no `exports` by default: `module` is what it resolves.
  assert.equal(json.module, "./dist/index.js");
  assert.equal(json.homepage, `${json.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}#readme`);
  assert.equal(json.bugs.url, `${json.repository.url.replace(/^git\+/, "").replace(/\.git$/, "")}/issues`);
  assert.deepEqual(json.peerDependencies, { react: ">=19" });
  assert.deepEqual(json.peerDependenciesMeta, { react: { optional: true } }, "React only for briefing-widget/react");
  assert.equal(json.types, "./briefing-widget.d.ts");
  assert.equal(json.customElements, "custom-elements.json");
  assert.deepEqual(json.sideEffects, ["./dist/index.js", "./dist/briefing-widget.js"]);
  assert.equal(json.license, "MIT OR Apache-2.0");
  assert.match(json.repository.url, /^git\+https?:\/\//);
  assert.equal(json.unpkg, "dist/briefing-widget.js");
  assert.equal(json.jsdelivr, "dist/briefing-widget.js");
  assert.equal(json.dependencies, undefined, "no dependencies: the package is self-contained");
  for (const target of [json.exports["."].import, json.exports["."].types, json.unpkg, json.customElements, ...json.sideEffects]) {
    assert.ok(readFileSync(join(pkg, target)).length > 0, `${target} is in the package`);
  }
});

test("the generated files are exactly what the generator writes from the source, at this version", () => {
  assert.deepEqual(JSON.parse(read(FILES.manifest)), manifest());
  assert.equal(read(FILES.declarations), declarations());
  assert.equal(read(FILES.reactDeclarations), reactDeclarations());
  assert.equal(read(FILES.scriptDeclarations), scriptDeclarations());
  assert.equal(read("dist/react.js"), reactEntry());
  assert.match(read("dist/react.js"), /^"use client";\n/, "a client component for React Server Components");
  assert.match(read(FILES.declarations), new RegExp(`^// briefing-widget ${VERSION.replace(/\./g, "\\.")}:`));
  assert.deepEqual(JSON.parse(read(FILES.customData)), customData());
  assert.equal(read("README.md"), packageReadme());
  assert.ok(read("README.md").includes(`briefing-widget@${VERSION}/dist/briefing-widget.js`));
  assert.ok(!read("README.md").includes("{{"), "every placeholder filled in");
  assert.equal(read("schema/briefing-v1.schema.json"), readFileSync(join(REPO, "static", "schema", "briefing-v1.schema.json"), "utf8"));
  for (const name of ["CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE"]) assert.equal(read(name), readFileSync(join(REPO, name), "utf8"));
});

test("the bundlers' entry loads the module through literal URLs bundlers follow, and the loader names the same files", () => {
  const dist = readdirSync(join(pkg, "dist"));
  const glue = dist.find((f) => /^briefing-widget-[0-9a-f]+\.js$/.test(f));
  const wasm = dist.find((f) => f.endsWith("_bg.wasm"));
  const entry = read("dist/index.js");
  assert.match(entry, new RegExp(`new URL\\(\\s*["']\\./${wasm}["']\\s*,\\s*import\\.meta\\.url\\s*\\)`), "the wasm through new URL('./…', import.meta.url)");
  assert.match(entry, new RegExp(`import\\(\\s*["']\\./${glue}["']\\s*\\)`), "the glue through a literal import()");
  // esbuild refuses top-level await when asked for CommonJS: the entry must not have any.
  assert.doesNotThrow(() => esbuild.transformSync(entry, { format: "cjs" }), "no top-level await in the entry");
  const loader = read("dist/briefing-widget.js");
  assert.ok(loader.includes(glue) && loader.includes(wasm), "the loader names the same glue and wasm");
  assert.doesNotMatch(loader, /^\s*(import|export)\s/m, "the loader is a classic script");
});

test("publint finds nothing, and attw (esm-only, the profile the package claims) reports no problem for any entry", () => {
  const tools = join(REPO, "tests", "package", "node_modules");
  const lint = spawnSync(process.execPath, [join(tools, "publint", "src", "cli.js"), pkg, "--strict"], { encoding: "utf8" });
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  assert.match(lint.stdout + lint.stderr, /All good!/);
  const attw = spawnSync(process.execPath, [join(tools, "@arethetypeswrong", "cli", "dist", "index.js"), requireTarball(), "--profile", "esm-only", "--format", "json"], { encoding: "utf8" });
  const report = JSON.parse(attw.stdout);
  // The JSON report lists every resolution; esm-only leaves out CommonJS's (node10, node16-cjs).
  const problems = (report.analysis.problems ?? []).filter((p) => !["node10", "node16-cjs"].includes(p.resolutionKind));
  assert.deepEqual(problems, [], JSON.stringify(problems, null, 2));
  for (const entry of [".", "./react", "./script"]) assert.ok(report.analysis.entrypoints[entry], `attw checked ${entry}`);
  assert.equal(attw.status, 0, attw.stdout + attw.stderr);
});
