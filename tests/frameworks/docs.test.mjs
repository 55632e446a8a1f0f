// The one line each setup needs, as the guide (docs/embedding.md) and the package README give it,
// is the line the project in projects/ builds with: a doc that drifts from what CI proves fails.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { section } from "../package/support/contract.mjs";
import { SUITE } from "./support/project.mjs";

const REPO = join(SUITE, "..", "..");
const guide = readFileSync(join(REPO, "docs", "embedding.md"), "utf8");
const readme = readFileSync(join(REPO, "docs", "package-readme.md"), "utf8");
const project = (path) => readFileSync(join(SUITE, "projects", path), "utf8");
const testFile = (name) => readFileSync(join(SUITE, name), "utf8");
/** The first line of `file` that includes `marker`, trimmed. */
const lineWith = (file, marker) => {
  const line = file.split("\n").find((l) => l.includes(marker));
  assert.ok(line, `a line with ${marker}`);
  return line.trim();
};

const LINES = [
  { setup: "Vue 3 + Vite", heading: "Vue 3 + Vite", line: lineWith(project("vue-vite/vite.config.ts"), "isCustomElement") },
  { setup: "Angular 21", heading: "Angular 21", line: `"assets": [${lineWith(project("angular/angular.json"), '"glob": "*.wasm"')}]` },
  { setup: "webpack 5", heading: "webpack 5", line: lineWith(project("webpack/webpack.config.js"), "performance:") },
  { setup: "Rollup 4", heading: "Rollup 4", line: lineWith(project("rollup/rollup.config.mjs"), "@web/rollup-plugin-import-meta-assets") },
  { setup: "esbuild (ESM)", heading: "esbuild", line: `cp node_modules/briefing-widget/dist/*_bg.wasm` },
  { setup: "esbuild (IIFE)", heading: "esbuild", line: `cp node_modules/briefing-widget/dist/briefing-widget-*` },
  { setup: "esbuild (IIFE)", heading: "esbuild", line: lineWith(project("esbuild-iife/src/index.js"), "briefing-widget/script") },
];

test("the guide has a section per framework and bundler, each giving the line its project builds with", () => {
  for (const heading of ["React 19 + Vite", "Server rendering: Next.js, React Router (Remix), Nuxt", "Vue 3 + Vite", "Svelte 5 + Vite", "Angular 21", "Astro 5", "webpack 5", "Parcel 2", "Rollup 4", "esbuild"]) {
    assert.ok(section(guide, heading).trim(), `a section "${heading}"`);
  }
  for (const { heading, line } of LINES) {
    assert.ok(section(guide, heading).includes(line.replace(/[,;]$/, "")), `the guide's "${heading}" gives: ${line}`);
  }
  // The esbuild copy steps are the ones the test runs.
  const esbuild = testFile("esbuild.test.mjs");
  for (const { line } of LINES.filter((l) => l.setup.startsWith("esbuild") && l.line.startsWith("cp "))) assert.ok(esbuild.includes(line), line);
});

test("the package README's table gives the same lines", () => {
  const table = section(readme, "3. With a bundler or a framework");
  for (const { setup, line } of LINES) {
    if (setup === "Rollup 4") assert.ok(table.includes("@web/rollup-plugin-import-meta-assets"), setup);
    else assert.ok(table.includes(line.replace(/[,;]$/, "")), `README, ${setup}: ${line}`);
  }
});

test("the server-rendering examples use briefing-widget/react as the Next.js project does", () => {
  const reader = project("next/components/reader.tsx");
  assert.match(reader, /^"use client";/);
  assert.match(reader, /import \{ BriefingWidget \} from "briefing-widget\/react";/);
  for (const text of [section(guide, "Server rendering: Next.js, React Router (Remix), Nuxt"), readme]) {
    assert.match(text, /import \{ BriefingWidget \} from "briefing-widget\/react";/);
    assert.match(text, /<BriefingWidget briefing=\{briefing\}/);
  }
  // The plain element's pattern: an effect sets briefing and adds the listener through a ref.
  const plain = project("next/components/plain-reader.tsx");
  for (const code of ['element.addEventListener("briefing-load", loaded);', "element.briefing = briefing;", "}, [briefing]);"]) {
    assert.ok(plain.includes(code), `the project: ${code}`);
    assert.ok(section(guide, "Server rendering: Next.js, React Router (Remix), Nuxt").includes(code), `the guide: ${code}`);
  }
});
