// The package's TypeScript declarations, installed from the tarball, under `tsc --strict`: a
// partner's usage (events' detail, `briefing`, `reload()`, React 19 JSX) passes; a wrong usage
// fails with the errors a partner would need to see; a page without React still type-checks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { REPO } from "../../scripts/api/generate.mjs";
import { TOOLS, installInto, remove, scratch } from "./support/package.mjs";

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
};

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
function typeCheck(dir, files) {
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: Object.keys(files) }));
  const result = spawnSync(process.execPath, [TSC, "-p", ".", "--pretty", "false"], { cwd: dir, encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

const USAGE = `import "briefing-widget";
import type { Briefing, BriefingLoadDetail, BriefingWidgetElement } from "briefing-widget";

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
console.log(shown?.sections[0]?.points[0]?.text, found?.src);
widget.briefing = null;

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
import { useRef } from "react";

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
  `widget.briefing = { version: 2, id: "x", title: "X", speakers: [], sections: [] };`,
  `const done: string = widget.reload();`,
  `export const element = <briefing-widget theme="sepia" onbriefing-error={(event) => event.detail.code} />;`,
];
const EXPECTED_ERRORS = [
  { line: 3, code: "TS2339", text: "Property 'name' does not exist on type 'BriefingLoadDetail'" },
  { line: 4, code: "TS2322", text: "Type 'boolean' is not assignable to type 'string'" },
  { line: 5, code: "TS2322", text: `Type '"blue"' is not assignable to type '"auto" | "dark" | "light"'` },
  { line: 6, code: "TS2322", text: "Type '7' is not assignable to type '" }, // the union, in tsc's order
  { line: 7, code: "TS2322", text: "Type '2' is not assignable to type '1'" },
  { line: 8, code: "TS2322", text: "Type 'Promise<void>' is not assignable to type 'string'" },
  { line: 9, code: "TS2322", text: `Type '"sepia"' is not assignable to type '"auto" | "dark" | "light" | undefined'` },
  { line: 9, code: "TS2339", text: "Property 'code' does not exist on type 'BriefingErrorDetail'" },
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
  assert.deepEqual([...new Set(reported.map((r) => r.line))], [3, 4, 5, 6, 7, 8, 9], "no other line reported");
});

test("a page without React type-checks the same usage (the JSX declarations stay out of the way)", () => {
  const { status, output } = typeCheck(withoutReact, { "usage.ts": USAGE });
  assert.equal(output, "");
  assert.equal(status, 0);
});
