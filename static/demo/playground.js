// Theming playground: every control sets one custom property (or the theme attribute) on the
// widget through the CSSOM, and the CSS a partner would paste is shown as it changes.
const widget = document.getElementById("widget");
const form = document.getElementById("controls");
const output = document.getElementById("css");
const changed = new Map();

function apply(control) {
  const property = control.dataset.property;
  if (control.dataset.attribute) {
    widget.setAttribute(control.dataset.attribute, control.value);
  } else if (property) {
    const value = control.value === "" ? "" : `${control.value}${control.dataset.unit ?? ""}`;
    if (value) {
      widget.style.setProperty(property, value);
      changed.set(property, value);
    } else {
      widget.style.removeProperty(property);
      changed.delete(property);
    }
  }
  const lines = [...changed].map(([name, value]) => `  ${name}: ${value};`);
  const theme = widget.getAttribute("theme");
  output.textContent =
    (theme && theme !== "auto" ? `<briefing-widget theme="${theme}" …>\n\n` : "") +
    `briefing-widget {\n${lines.join("\n")}${lines.length ? "\n" : ""}}`;
}

form.addEventListener("input", (event) => apply(event.target));
form.addEventListener("reset", () => {
  for (const property of changed.keys()) widget.style.removeProperty(property);
  changed.clear();
  widget.removeAttribute("theme");
  setTimeout(() => apply(form.elements.theme));
});
