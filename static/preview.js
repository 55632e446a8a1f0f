// The author preview: show the example, a briefing named by ?src=URL, or a local JSON file
// picked or dropped on the page. The widget itself shows any validation errors in place; the
// preview adds what partner pages never show: warnings about unknown fields (often misspelt),
// from the widget's own model. The widget's words follow the briefing's language, as its
// readers will see them (?lang=TAG chooses another).
const widget = document.getElementById("preview");
const form = document.getElementById("author");
const status = document.getElementById("author-status");
const picker = document.getElementById("author-file");
const warningList = document.getElementById("author-warnings");
const chosenLang = new URLSearchParams(location.search).get("lang");
let objectUrl = null;
let shown = 0;

/** The widget's module, once the loader has it running (the widget has rendered something):
 * the same instance, so no second download. */
async function model() {
  for (let tries = 0; tries < 150; tries++) {
    const entry = performance.getEntriesByType("resource").find((e) => /\/briefing-widget-[0-9a-f]+\.js$/.test(e.name));
    if (entry && widget.shadowRoot?.querySelector(".briefing, [role=alert]")) return import(entry.name);
    await new Promise((done) => setTimeout(done, 100));
  }
  return null;
}

/** Reads the briefing as the widget will: its language for the widget's words, its warnings. */
async function inspect(src, which) {
  let text;
  try {
    text = await (await fetch(src)).text();
  } catch {
    return;
  }
  if (which !== shown) return;
  let lang = null;
  try {
    lang = JSON.parse(text)?.lang;
  } catch {}
  const tag = chosenLang ?? (typeof lang === "string" ? lang : null);
  if (tag) widget.setAttribute("lang", tag);
  else widget.removeAttribute("lang");
  const glue = await model();
  if (which !== shown || !glue?.authorWarnings) return;
  let warnings = [];
  try {
    warnings = glue.authorWarnings(text);
  } catch {
    return;
  }
  warningList.replaceChildren(
    ...warnings.map((warning) => Object.assign(document.createElement("li"), { textContent: `warning: ${warning}` }))
  );
  warningList.hidden = warnings.length === 0;
}

function show(src, label) {
  if (objectUrl && objectUrl !== src) URL.revokeObjectURL(objectUrl);
  warningList.replaceChildren();
  warningList.hidden = true;
  inspect(src, ++shown);
  widget.setAttribute("src", src);
  status.textContent = `Showing ${label}.`;
}

function showFile(file) {
  if (!file) return;
  objectUrl = URL.createObjectURL(file);
  show(objectUrl, `your file ${file.name}`);
}

const requested = new URLSearchParams(location.search).get("src");
if (requested) {
  form.elements.src.value = requested;
  show(requested, requested);
} else {
  inspect(widget.getAttribute("src"), ++shown);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const src = form.elements.src.value.trim();
  if (!src) return;
  const url = new URL(location.href);
  url.searchParams.set("src", src);
  history.replaceState(null, "", url);
  show(src, src);
});

picker.addEventListener("change", () => showFile(picker.files[0]));

document.addEventListener("dragover", (event) => {
  event.preventDefault();
  document.body.classList.add("is-dropping");
});
document.addEventListener("dragleave", (event) => {
  if (!event.relatedTarget) document.body.classList.remove("is-dropping");
});
document.addEventListener("drop", (event) => {
  event.preventDefault();
  document.body.classList.remove("is-dropping");
  showFile(event.dataTransfer.files[0]);
});
