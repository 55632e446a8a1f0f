// The briefing studio (studio.html): Markdown in the editor, converted in the browser by the same
// converter as `briefing from-markdown` (the studio's wasm module), shown in the real
// <briefing-widget> through its `briefing` property, and taken away as JSON and snippets. It
// sends nothing anywhere: its files are all it loads, and the draft stays in localStorage.
import init, { convert, inlineSnippet } from "./briefing-studio.js";
import { createEditor, moveCaret } from "./editor.js";
import TEMPLATE from "./template.md";
import EXAMPLE from "../../examples/north-korea-2013.md";

const DRAFT_KEY = "briefing-studio:draft";
const $ = (id) => document.getElementById(id);

const state = {
  text: "",
  /** The JSON of the last valid briefing, exactly as the converter printed it. */
  json: null,
  briefing: null,
  problems: [],
  /** Whether the author changed the text since it was opened (only then is it autosaved). */
  edited: false,
};

// ---------------------------------------------------------------------------------------------
// The draft, in this browser's storage.

function readDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "null");
    return draft && typeof draft.text === "string" ? draft : null;
  } catch {
    return null;
  }
}

let saveTimer = 0;
function scheduleSave() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveDraft, 400);
}
function saveDraft() {
  clearTimeout(saveTimer);
  if (!state.edited) return;
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ text: state.text, saved: new Date().toISOString() }));
  } catch {
    // Storage full or refused (private windows): the studio works on without autosave.
  }
}
addEventListener("pagehide", saveDraft);
document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && saveDraft());

// ---------------------------------------------------------------------------------------------
// Converting and showing.

// Keys typed within one task make one conversion. A short briefing converts on every key; when
// a conversion took long (a long briefing), the next waits for a pause in the typing instead, so
// that keys never queue up behind it.
let convertTimer = 0;
let lastCost = 0;
let lastChange = -Infinity;
let errorTimer = 0;
const ERROR_PAUSE = 700;
function scheduleConvert() {
  clearTimeout(convertTimer);
  convertTimer = setTimeout(update, lastCost > 40 ? 250 : 0);
}

function update() {
  const started = performance.now();
  const result = convert(state.text);
  state.problems = result.diagnostics;
  if (result.json !== undefined && result.json !== null) {
    state.json = result.json;
    state.briefing = JSON.parse(result.json);
    showBriefing(state.briefing);
  }
  const errors = result.diagnostics.filter((p) => p.severity === "error");
  // Half-typed text is often invalid for a moment (a marker not yet closed): new errors wait for a
  // pause in the typing, so that the list, the gutter and the preview do not flicker on every key.
  clearTimeout(errorTimer);
  const typing = performance.now() - lastChange;
  if (errors.length && typing < ERROR_PAUSE) {
    errorTimer = setTimeout(update, ERROR_PAUSE - typing);
    lastCost = performance.now() - started;
    return;
  }
  $("stale").hidden = errors.length === 0 || state.briefing === null;
  $("stage").classList.toggle("is-stale", errors.length > 0 && state.briefing !== null);
  editor.markFirstError(errors[0] ?? null);
  showProblems(result.diagnostics);
  showTakeaway();
  lastCost = performance.now() - started;
}

const preview = $("preview");
function showBriefing(briefing) {
  // The widget's words in the briefing's language.
  if (briefing.lang) preview.setAttribute("lang", briefing.lang);
  else preview.removeAttribute("lang");
  preview.briefing = briefing;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function summary(problems) {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return "No problems: the preview is up to date.";
  const parts = [];
  if (errors) parts.push(plural(errors, "error", "errors"));
  if (warnings) parts.push(plural(warnings, "warning", "warnings"));
  return `${parts.join(" and ")}${errors ? ": the preview shows the last valid version." : "."}`;
}

// The status line is a polite live region, told at most once a second and only when it changes,
// so that a screen reader is not interrupted on every key.
let spoken = "";
let speakTimer = 0;
let lastSpoken = 0;
function announce(text) {
  clearTimeout(speakTimer);
  const wait = Math.max(0, 1000 - (performance.now() - lastSpoken));
  speakTimer = setTimeout(() => {
    if (text === spoken) return;
    spoken = text;
    lastSpoken = performance.now();
    $("problems-status").textContent = text;
  }, wait);
}

function showProblems(problems) {
  announce(summary(problems));
  const list = $("problems");
  const items = problems.map((problem) => {
    const item = document.createElement("li");
    item.className = `problem problem-${problem.severity}`;
    const button = document.createElement("button");
    button.type = "button";
    const where = document.createElement("span");
    where.className = "problem-where";
    where.textContent = `${problem.severity === "error" ? "Error" : "Warning"}, line ${problem.line}, column ${problem.column}:`;
    button.append(where, " ", problem.message);
    button.addEventListener("click", () => {
      showPane("editor");
      moveCaret(editor.view, problem.at);
    });
    item.append(button);
    return item;
  });
  list.replaceChildren(...items);
}

// ---------------------------------------------------------------------------------------------
// Taking away: the JSON, the snippets, the publish command.

const fileBase = () => (state.briefing?.id ?? "briefing").replace(/[^A-Za-z0-9._-]+/g, "-");

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A URL the author typed, if it is http(s) or relative (as the CLI's `--src` takes). */
function checkedUrl(text) {
  const value = text.trim();
  if (!value) return null;
  try {
    const url = new URL(value, "https://relative.invalid/");
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  } catch {
    return null;
  }
  return value;
}

/** The stylesheet beside the script (`briefing-widget.css`), as the CLI's `sibling` finds it. */
function stylesheetFor(script) {
  if (/^https?:\/\//i.test(script)) return new URL("briefing-widget.css", script).href;
  const path = script.split(/[?#]/)[0];
  const last = path.split("/").pop();
  const folder = last === "." || last === ".." ? `${path}/` : path.slice(0, path.lastIndexOf("/") + 1);
  return `${folder}briefing-widget.css`;
}

function urls() {
  const src = checkedUrl($("src-url").value) ?? `${fileBase()}.json`;
  const script = checkedUrl($("script-url").value) ?? "briefing-widget.js";
  return { src, script, stylesheet: stylesheetFor(script), theme: "auto" };
}

const escapeAttribute = (value) =>
  value.replace(/[&"'<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;" })[c]);

function scriptSnippet({ src, script }) {
  return (
    `<script async src="${escapeAttribute(script)}"></script>\n\n` +
    `<briefing-widget src="${escapeAttribute(src)}" theme="auto">\n` +
    `  <a href="${escapeAttribute(src)}">Read the briefing</a>\n` +
    `</briefing-widget>\n`
  );
}

function showTakeaway() {
  const name = `${fileBase()}.json`;
  $("json-name").textContent = state.json ? name : "(no valid briefing yet)";
  $("download-json").disabled = !state.json;
  $("copy-inline").disabled = !state.json;
  const { src } = urls();
  const base = /^https?:\/\//i.test(src) ? src.replace(/[^/]*$/, "") : "https://example.org/briefings/";
  $("publish-command").textContent = `briefing publish ${fileBase()}.md --base-url ${base} --out site/`;
}

async function copy(text, what) {
  $("snippet-out").value = text;
  try {
    await navigator.clipboard.writeText(text);
    $("copy-status").textContent = `${what} copied.`;
  } catch {
    $("snippet-out").select();
    $("copy-status").textContent = `${what} is below: the browser did not let the studio copy it (select it and copy).`;
  }
}

// ---------------------------------------------------------------------------------------------
// Opening and saving files.

/** Opens a new document in the editor: not autosaved until the author changes it. */
function open(text) {
  opening = true;
  state.edited = false;
  editor.setText(text);
  opening = false;
}

async function openFile(file) {
  if (!file) return;
  if (file.size > 2 * 1024 * 1024) {
    announce(`${file.name} is larger than 2 MiB: not opened.`);
    return;
  }
  // A byte order mark is not the author's text (the converter skips it too).
  open((await file.text()).replace(/^\uFEFF/, ""));
  state.edited = true;
  scheduleSave();
}

// ---------------------------------------------------------------------------------------------
// Layout: the stacked view's switch, the preview's width and theme, the panels.

function showPane(which) {
  $("panes").dataset.show = which;
  $("show-editor").setAttribute("aria-pressed", String(which === "editor"));
  $("show-preview").setAttribute("aria-pressed", String(which === "preview"));
}

function togglePanel(id, show) {
  const panel = $(id);
  const opener = $(id === "help" ? "show-help" : "show-takeaway");
  // One panel at a time: they take the same place.
  const other = id === "help" ? "takeaway" : "help";
  if (show && !$(other).hidden) {
    $(other).hidden = true;
    $(other === "help" ? "show-help" : "show-takeaway").setAttribute("aria-expanded", "false");
  }
  panel.hidden = !show;
  opener.setAttribute("aria-expanded", String(show));
  if (show) panel.querySelector("h2").focus();
  else opener.focus();
}

// ---------------------------------------------------------------------------------------------

await init();

let editor;
let opening = false;
{
  const draft = readDraft();
  editor = createEditor($("editor"), TEMPLATE, {
    label: "Markdown of the briefing",
    onChange(text) {
      state.text = text;
      if (!opening) lastChange = performance.now();
      if (!opening) {
        state.edited = true;
        scheduleSave();
      }
      scheduleConvert();
    },
  });
  state.text = TEMPLATE;
  update();
  if (draft && draft.text !== TEMPLATE) {
    const when = new Date(draft.saved);
    $("draft-offer-text").textContent = `A draft from ${isNaN(when) ? "earlier" : when.toLocaleString()} is saved in this browser.`;
    $("draft-offer").hidden = false;
  }
  $("draft-restore").addEventListener("click", () => {
    $("draft-offer").hidden = true;
    open(draft.text);
    state.edited = true;
    editor.view.focus();
  });
  $("draft-discard").addEventListener("click", () => {
    $("draft-offer").hidden = true;
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {}
    editor.view.focus();
  });
}

$("new-template").addEventListener("click", () => open(TEMPLATE));
$("new-example").addEventListener("click", () => open(EXAMPLE));
$("open-file").addEventListener("change", (e) => openFile(e.target.files[0]));
$("save-md").addEventListener("click", () => download(`${fileBase()}.md`, state.text, "text/markdown"));
$("download-json").addEventListener("click", () => state.json && download(`${fileBase()}.json`, state.json, "application/json"));
$("copy-script").addEventListener("click", () => copy(scriptSnippet(urls()), "The script-tag snippet"));
$("copy-inline").addEventListener("click", async () => {
  if (!state.json) return;
  const u = urls();
  copy(await inlineSnippet(state.json, u.src, u.script, u.stylesheet, u.theme), "The inline snippet");
});
$("copy-publish").addEventListener("click", () => copy($("publish-command").textContent, "The command"));
for (const id of ["src-url", "script-url"]) $(id).addEventListener("input", showTakeaway);

$("show-editor").addEventListener("click", () => showPane("editor"));
$("show-preview").addEventListener("click", () => showPane("preview"));
$("show-help").addEventListener("click", () => togglePanel("help", $("help").hidden));
$("show-takeaway").addEventListener("click", () => togglePanel("takeaway", $("takeaway").hidden));
for (const button of document.querySelectorAll("[data-close]")) {
  button.addEventListener("click", () => togglePanel(button.dataset.close, false));
}
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  for (const id of ["help", "takeaway"]) if (!$(id).hidden && $(id).contains(document.activeElement)) togglePanel(id, false);
});
for (const input of document.querySelectorAll("input[name=width]")) {
  input.addEventListener("change", () => ($("stage").dataset.width = input.value));
}
// Every section open while writing (a point typed in a closed section would not show), or as
// the briefing's `open` markers say.
for (const input of document.querySelectorAll("input[name=sections]")) {
  input.addEventListener("change", () => (input.value === "all" ? preview.setAttribute("open", "all") : preview.removeAttribute("open")));
}
for (const input of document.querySelectorAll("input[name=theme]")) {
  input.addEventListener("change", () => preview.setAttribute("theme", input.value));
}

// Drag and drop a .md file anywhere on the page.
document.addEventListener("dragover", (e) => {
  if ([...(e.dataTransfer?.types ?? [])].includes("Files")) {
    e.preventDefault();
    document.body.classList.add("is-dropping");
  }
});
document.addEventListener("dragleave", (e) => e.relatedTarget === null && document.body.classList.remove("is-dropping"));
document.addEventListener("drop", (e) => {
  document.body.classList.remove("is-dropping");
  const file = e.dataTransfer?.files?.[0];
  if (!file) return;
  e.preventDefault();
  openFile(file);
});

document.documentElement.dataset.ready = "";
