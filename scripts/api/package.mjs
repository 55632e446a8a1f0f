// Lays out the npm package `briefing-widget` from a release build and packs it with `npm pack`:
// dist/ (the loader, the bundlers' entry, the glue, the wasm and the stylesheet: nothing of the
// preview), the format's JSON Schema, the generated manifest, declarations and VS Code data, the
// README (docs/package-readme.md), CHANGELOG and licences, and package.json with the version of
// Cargo.toml. Run by scripts/package:  node scripts/api/package.mjs RELEASE_DIST
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { FILES, REACT_ENTRY, REPO, packageVersion, writeAll } from "./generate.mjs";

export const OUT = join(REPO, "target", "package");
const STAGING = join(OUT, "staging", "package");

/** The files of a release build that the package ships in dist/, by name. */
export const DIST_FILES = [
  { name: "briefing-widget.js", pattern: /^briefing-widget\.js$/, what: "the loader (script tag)" },
  { name: "index.js", pattern: /^index\.js$/, what: "the bundlers' entry (import 'briefing-widget')" },
  { name: "briefing-widget-<hash>.js", pattern: /^briefing-widget-[0-9a-f]+\.js$/, what: "the wasm-bindgen glue" },
  { name: "briefing-widget-<hash>_bg.wasm", pattern: /^briefing-widget-[0-9a-f]+_bg\.wasm$/, what: "the WebAssembly module" },
  { name: "briefing-widget.css", pattern: /^briefing-widget\.css$/, what: "the inline embed's stylesheet" },
];

/** The Cargo.toml [package] field `key` (a string). */
function cargoField(key) {
  const cargo = readFileSync(join(REPO, "Cargo.toml"), "utf8");
  const section = cargo.split(/^\[/m).find((s) => s.startsWith("package]"));
  return section?.match(new RegExp(`^${key}\\s*=\\s*"([^"]+)"`, "m"))?.[1];
}

export function packageJson(version = packageVersion()) {
  const repository = cargoField("repository");
  if (!repository) throw new Error("Cargo.toml's [package] has no repository: package.json needs it");
  // The repository's web address (a placeholder until the repository is public: the README says so).
  const web = repository.replace(/^git\+/, "").replace(/\.git$/, "");
  return {
    name: "briefing-widget",
    version,
    description: cargoField("description"),
    keywords: ["web-component", "custom-element", "briefing", "webassembly", "embed"],
    license: cargoField("license"),
    homepage: `${web}#readme`,
    bugs: { url: `${web}/issues` },
    repository: { type: "git", url: repository.startsWith("git+") ? repository : `git+${repository}` },
    type: "module",
    exports: {
      ".": { types: `./${FILES.declarations}`, import: "./dist/index.js" },
      // A React client component (server rendering and hydration keep `briefing` and the listeners).
      "./react": { types: `./${FILES.reactDeclarations}`, import: `./${REACT_ENTRY}` },
      // The script tag's loader, for bundles without import.meta (esbuild's iife format): it finds
      // the glue and the module beside the page's script that runs it.
      "./script": { types: `./${FILES.scriptDeclarations}`, default: "./dist/briefing-widget.js" },
      "./dist/*": "./dist/*",
      [`./${FILES.manifest}`]: `./${FILES.manifest}`,
      [`./${FILES.customData}`]: `./${FILES.customData}`,
      "./schema/*": "./schema/*",
      "./package.json": "./package.json",
    },
    // For resolvers that read no `exports` (Parcel 2 by default, older tools).
    module: "./dist/index.js",
    types: `./${FILES.declarations}`,
    customElements: FILES.manifest,
    // Importing either entry defines <briefing-widget>: bundlers must keep them.
    sideEffects: ["./dist/index.js", "./dist/briefing-widget.js"],
    unpkg: "dist/briefing-widget.js",
    jsdelivr: "dist/briefing-widget.js",
    // briefing-widget/react only: React stays the page's own (19, for refs as props).
    peerDependencies: { react: ">=19" },
    peerDependenciesMeta: { react: { optional: true } },
    files: [
      "dist/",
      "schema/",
      FILES.declarations,
      FILES.reactDeclarations,
      FILES.scriptDeclarations,
      FILES.manifest,
      FILES.customData,
      "README.md",
      "CHANGELOG.md",
      "LICENSE-MIT",
      "LICENSE-APACHE",
    ],
  };
}

/** The package README: docs/package-readme.md with the version filled in. */
export function packageReadme(version = packageVersion()) {
  return readFileSync(join(REPO, "docs", "package-readme.md"), "utf8").replaceAll("{{version}}", version);
}

function layOut(buildDir) {
  const version = packageVersion();
  rmSync(join(OUT, "staging"), { recursive: true, force: true });
  mkdirSync(join(STAGING, "dist"), { recursive: true });
  const built = readdirSync(buildDir);
  for (const file of DIST_FILES) {
    const found = built.filter((f) => file.pattern.test(f));
    if (found.length !== 1) {
      throw new Error(`the release build in ${buildDir} should have one ${file.name} (${file.what}); it has ${found.length ? found.join(", ") : "none"}`);
    }
    copyFileSync(join(buildDir, found[0]), join(STAGING, "dist", found[0]));
  }
  mkdirSync(join(STAGING, "schema"));
  copyFileSync(join(REPO, "static", "schema", "briefing-v1.schema.json"), join(STAGING, "schema", "briefing-v1.schema.json"));
  writeAll(STAGING);
  writeFileSync(join(STAGING, "README.md"), packageReadme(version));
  for (const name of ["CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE"]) copyFileSync(join(REPO, name), join(STAGING, name));
  writeFileSync(join(STAGING, "package.json"), JSON.stringify(packageJson(version), null, 2) + "\n");
  return version;
}

function pack() {
  const [result] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", OUT], { cwd: STAGING, encoding: "utf8" })
  );
  return result;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const buildDir = process.argv[2];
  if (!buildDir) {
    console.error("usage: node scripts/api/package.mjs RELEASE_DIST");
    process.exit(2);
  }
  layOut(resolve(buildDir));
  const result = pack();
  console.log(`\n${result.filename}: ${result.entryCount} files, ${kib(result.size)} packed, ${kib(result.unpackedSize)} unpacked\n`);
  console.log("      bytes       gzip  file");
  for (const file of result.files) {
    const gzip = gzipSync(readFileSync(join(STAGING, file.path)), { level: 9 }).length;
    console.log(`${String(file.size).padStart(11)} ${String(gzip).padStart(10)}  ${file.path}`);
  }
  const tarball = join(OUT, result.filename);
  console.log(`\nwrote ${tarball} (${statSync(tarball).size} bytes)`);
}
