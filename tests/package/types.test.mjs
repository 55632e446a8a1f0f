// The package's TypeScript declarations, installed from the tarball, under `tsc --strict`: a
// partner's usage (events' detail, `briefing`, `reload()`, React 19 JSX) passes; a wrong usage
// fails with the errors a partner would need to see; a page without React still type-checks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { REPO } from "../../scripts/api/generate.mjs";
import { FIXTURES, TOOLS, installInto, remove, scratch } from "./support/package.mjs";

const TSC = join(TOOLS, "typescript", "bin", "tsc");
const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "bundler",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  jsx: "react-jsx",
  resolveJsonModule: true,
};
/** A briefing file as partners import it: TypeScript types it with `version: number`. */
const JSON_FILE = { "briefing.json": readFileSync(join(FIXTURES, "north-korea-2013.json"), "utf8") };

let withReact;
let withoutReact;

before(() => {
  // Inside tests/package, so that React 19's types (tests/package/node_modules/@types/react) resolve.
  withReact = scratch("react", join(REPO, "tests", "package", ".work"));
  installInto(withReact);
  // In the system's temporary directory: no React types anywhere above it.
  withoutReact = scratch("briefing-types");
  installInto(withoutReact);
});

after(() => {
  for (const dir of [withReact, withoutReact]) if (dir) remove(dir);
});

/** Runs `tsc -p` on `files` (name → source) in `dir`; returns its exit code and output. */
function typeCheck(dir, files, options = {}) {
  files = { ...JSON_FILE, ...files };
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, ...options }, files: Object.keys(files) }));
  const result = spawnSync(process.execPath, [TSC, "-p", ".", "--pretty", "false"], { cwd: dir, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

const USAGE = `import "briefing-widget";
import "briefing-widget/script";
import { BriefingWidgetElement as WidgetClass } from "briefing-widget";
import type { Briefing, BriefingLoadDetail, BriefingWidgetElement } from "briefing-widget";
import imported from "./briefing.json";

const widget: BriefingWidgetElement = document.createElement("briefing-widget");
const found: BriefingWidgetElement | null = document.querySelector("briefing-widget");

widget.addEventListener("briefing-load", (event) => {
  const detail: BriefingLoadDetail = event.detail;
  const titles: string[] = detail.sections.map((section) => section.id + section.title);
  console.log(detail.id, detail.title, titles);
});
widget.addEventListener("briefing-error", (event) => console.warn(event.detail.message.toUpperCase()));
document.addEventListener("briefing-toggle", (event) => {
  const open: boolean = event.detail.open;
  console.log(event.detail.section, open);
});

const briefing: Briefing = {
  version: 1,
  id: "north-korea-2013",
  title: "Dealing With North Korea",
  date: "2013-04-11",
  speakers: [{ id: "pc", name: "Paul Carroll", affiliation: null }],
  sections: [{ id: "drivers", title: "Drivers", open: true, points: [{ text: "A point.", speakers: ["pc"] }] }],
};
widget.briefing = briefing;
const shown: Briefing | null = widget.briefing;
console.log(shown?.sections[0]?.points?.[0]?.text, found?.src);
widget.briefing = null;
// What a JSON import, JSON.parse and fetch give: no cast needed.
widget.briefing = imported;
widget.briefing = JSON.parse("{}");
const open: "all" | "none" | null = widget.open;
window.addEventListener("briefing-load", (event) => console.log(event.detail.title, open));
if (WidgetClass && found instanceof WidgetClass) console.log(found.headingLevel);
const Defined: typeof WidgetClass = customElements.get("briefing-widget") as typeof WidgetClass;
console.log(Defined?.observedAttributes);

widget.src = "https://data.example.org/b.json";
widget.theme = "dark";
widget.open = "all";
widget.loading = "lazy";
widget.headingLevel = 3;
widget.lang = "zh-Hans";
const done: Promise<void> = widget.reload();
done.then(() => console.log("reloaded"), (error: unknown) => console.warn(error));
`;

const REACT_USAGE = `import "briefing-widget";
import type { Briefing, BriefingWidgetElement } from "briefing-widget";
import { BriefingWidget } from "briefing-widget/react";
import { useRef } from "react";
import imported from "./briefing.json";

export function EventBriefing({ briefing }: { briefing: Briefing }) {
  const widget = useRef<BriefingWidgetElement>(null);
  return (
    <>
      <briefing-widget
        ref={widget}
        briefing={briefing}
        theme="auto"
        open="all"
        loading="lazy"
        heading-level="3"
        headingLevel={3}
        lang="en"
        className="briefing"
        onbriefing-load={(event) => console.log(event.detail.sections.length)}
        onbriefing-error={(event) => console.warn(event.detail.message)}
        onbriefing-toggle={(event) => console.log(event.detail.section, event.detail.open)}
      >
        <a href={"/briefings/" + briefing.id}>Read the briefing</a>
      </briefing-widget>
      <briefing-widget src="https://data.example.org/b.json" />
      <briefing-widget briefing={imported} />
      <BriefingWidget
        ref={widget}
        briefing={imported}
        theme="dark"
        open="none"
        headingLevel={3}
        className="briefing"
        id="b"
        onBriefingLoad={(event) => console.log(event.detail.sections.length)}
        onBriefingError={(event) => console.warn(event.detail.message)}
        onBriefingToggle={(event) => console.log(event.detail.section, event.detail.open)}
      >
        <a href="/briefing">Read the briefing</a>
      </BriefingWidget>
      <BriefingWidget src="https://data.example.org/b.json" />
      <button onClick={() => widget.current?.reload()}>Reload</button>
    </>
  );
}
`;

// Each line is one mistake; each must be reported, with its line and error code.
const WRONG_USAGE = [
  `import "briefing-widget";`,
  `const widget = document.createElement("briefing-widget");`,
  `widget.addEventListener("briefing-load", (event) => console.log(event.detail.sections.length, event.detail.name));`,
  `widget.addEventListener("briefing-toggle", (event) => { const open: string = event.detail.open; console.log(open); });`,
  `widget.theme = "blue";`,
  `widget.headingLevel = 7;`,
  `widget.briefing = { id: "x", title: "X", speakers: [], sections: [] }; const v: 2 = widget.briefing!.version;`,
  `const done: string = widget.reload();`,
  `export const element = <briefing-widget theme="sepia" onbriefing-error={(event) => event.detail.code} />;`,
  `import { BriefingWidget } from "briefing-widget/react"; export const component = <BriefingWidget headingLevel={7} onBriefingToggle={(event) => event.detail.name} />;`,
  `const open: "all" | "none" = widget.open;`,
  `import { BriefingWidgetElement as NotThere } from "briefing-widget/script"; console.log(NotThere);`,
];
const EXPECTED_ERRORS = [
  { line: 3, code: "TS2339", text: "Property 'name' does not exist on type 'BriefingLoadDetail'" },
  { line: 4, code: "TS2322", text: "Type 'boolean' is not assignable to type 'string'" },
  { line: 5, code: "TS2322", text: `Type '"blue"' is not assignable to type '"auto" | "dark" | "light"'` },
  { line: 6, code: "TS2322", text: "Type '7' is not assignable to type '" }, // the union, in tsc's order
  { line: 7, code: "TS2741", text: "Property 'version' is missing" },
  { line: 7, code: "TS2322", text: "Type '1' is not assignable to type '2'" },
  { line: 8, code: "TS2322", text: "Type 'Promise<void>' is not assignable to type 'string'" },
  { line: 9, code: "TS2322", text: `Type '"sepia"' is not assignable to type '"auto" | "dark" | "light" | undefined'` },
  { line: 9, code: "TS2339", text: "Property 'code' does not exist on type 'BriefingErrorDetail'" },
  { line: 10, code: "TS2322", text: "Type '7' is not assignable to type '" },
  { line: 10, code: "TS2339", text: "Property 'name' does not exist on type 'BriefingToggleDetail'" },
  { line: 11, code: "TS2322", text: `Type '"all" | "none" | null' is not assignable to type '"all" | "none"'` },
  { line: 12, code: "TS2305", text: `Module '"briefing-widget/script"' has no exported member 'BriefingWidgetElement'` },
];

test("tsc --strict accepts a partner's usage: events' detail, briefing, reload(), the properties, React 19 JSX", () => {
  const { status, output } = typeCheck(withReact, { "usage.ts": USAGE, "app.tsx": REACT_USAGE });
  assert.equal(output, "");
  assert.equal(status, 0);
});

test("tsc --strict rejects a wrong usage, each mistake with its line and error code", () => {
  const { status, output } = typeCheck(withReact, { "wrong.tsx": WRONG_USAGE.join("\n") + "\n" });
  assert.equal(status, 2, output);
  const reported = output
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("wrong.tsx("))
    .map((l) => l.match(/^wrong\.tsx\((\d+),\d+\): error (TS\d+): (.*)$/))
    .map(([, line, code, text]) => ({ line: Number(line), code, text }));
  for (const expected of EXPECTED_ERRORS) {
    assert.ok(
      reported.some((r) => r.line === expected.line && r.code === expected.code && r.text.startsWith(expected.text)),
      `line ${expected.line}: ${expected.code} ${expected.text}\n--- tsc said:\n${output}`
    );
  }
  assert.deepEqual([...new Set(reported.map((r) => r.line))], [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "no other line reported");
});

test("a page without React type-checks the same usage (the JSX declarations stay out of the way)", () => {
  const { status, output } = typeCheck(withoutReact, { "usage.ts": USAGE });
  assert.equal(output, "");
  assert.equal(status, 0);
});

// Solid's JSX (jsxImportSource solid-js): attributes, prop:briefing and on:<event>, typed from the
// package's declarations.
const SOLID_USAGE = `import "briefing-widget";
import imported from "./briefing.json";

export const view = (
  <briefing-widget
    prop:briefing={imported}
    theme="dark"
    heading-level="3"
    on:briefing-load={(event) => console.log(event.detail.sections.length)}
  >
    <a href="/briefing">Read the briefing</a>
  </briefing-widget>
);
`;
const SOLID_WRONG = `import "briefing-widget";
export const view = <briefing-widget theme="sepia" on:briefing-toggle={(event) => event.detail.name} />;
`;

test("Solid's JSX types <briefing-widget>: prop:briefing takes a JSON import, on:briefing-load its detail; mistakes are reported", () => {
  const solid = { jsx: "preserve", jsxImportSource: "solid-js" };
  const good = typeCheck(withReact, { "solid.tsx": SOLID_USAGE }, solid);
  assert.equal(good.output, "");
  assert.equal(good.status, 0);
  const wrong = typeCheck(withReact, { "solid-wrong.tsx": SOLID_WRONG }, solid);
  assert.equal(wrong.status, 2, wrong.output);
  assert.match(wrong.output, /solid-wrong\.tsx\(2,\d+\): error TS2322: Type '"sepia"' is not assignable/);
  assert.match(wrong.output, /solid-wrong\.tsx\(2,\d+\): error TS2339: Property 'name' does not exist on type 'BriefingToggleDetail'/);
});
