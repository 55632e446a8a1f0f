// The author preview: show the example, a briefing named by ?src=URL, or a local JSON file
// picked or dropped on the page. The widget itself shows any validation errors in place.
const widget = document.getElementById("preview");
const form = document.getElementById("author");
const status = document.getElementById("author-status");
const picker = document.getElementById("author-file");
let objectUrl = null;

function show(src, label) {
  if (objectUrl && objectUrl !== src) URL.revokeObjectURL(objectUrl);
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
