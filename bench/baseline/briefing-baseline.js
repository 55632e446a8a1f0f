// The benchmark's vanilla baseline: a minimal <briefing-widget> in plain JavaScript, no framework.
// Same format, same DOM, ARIA and stylesheet as the widget (shadow root, header, speaker list,
// show/hide all, sections with aria-expanded/aria-controls, points, mentions with tooltips), with
// only the checks it needs to render. The bench server fills in CSS below with widget.css.
(() => {
  "use strict";
  if (customElements.get("briefing-widget")) return;
  const CSS = __WIDGET_CSS__;
  const ACCENTS = 6;
  const LINGER_MS = 150;
  const UNSPACED =
    "\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u19E0-\\u19FF\\u2E80-\\u2FDF\\u3005-\\u3007\\u3021-\\u3029" +
    "\\u3038-\\u303B\\u3040-\\u30FF\\u31F0-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA9E0-\\uA9FF\\uAA60-\\uAA7F" +
    "\\uF900-\\uFAFF\\uFF66-\\uFF9F\\u{1B000}-\\u{1B16F}\\u{20000}-\\u{3134F}";
  // A letter or digit that is not of a script written without spaces: it joins words.
  const JOINER = `[[\\p{Alphabetic}\\p{N}]--[${UNSPACED}]]`;
  let sheet;

  /** The copy-link button's icon, as the widget draws it. */
  function linkIcon() {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    const set = (e, a) => Object.entries(a).forEach(([k, v]) => e.setAttribute(k, v));
    set(svg, { viewBox: "0 0 24 24", width: "18", height: "18", "aria-hidden": "true", focusable: "false" });
    set(path, { fill: "none", stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", d: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" });
    svg.append(path);
    return svg;
  }

  /** Builds an element: h("p", { class: "x" }, child, …); attributes set to null are skipped. */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
      if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value === true ? "" : value);
    }
    element.append(...children.flat().filter((c) => c !== null && c !== undefined));
    return element;
  }

  /** Leftmost-longest whole-word mentions, as one regular expression; null without names. */
  function mentionPattern(speakers) {
    const names = [];
    speakers.forEach((speaker, index) => {
      for (const name of [speaker.name, ...(speaker.aliases ?? [])]) {
        if (name.trim()) names.push({ name, index });
      }
    });
    if (!names.length) return null;
    names.sort((a, b) => b.name.length - a.name.length);
    const escape = (s) => s.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&");
    const edge = (c) => new RegExp(`^[${UNSPACED}]`, "v").test(c);
    const alternatives = names.map(({ name }) => {
      const chars = [...name];
      const before = edge(chars[0]) ? "" : `(?<!${JOINER})`;
      const after = edge(chars.at(-1)) ? "" : `(?!${JOINER})`;
      return `(${before}${escape(name)}${after})`;
    });
    return { regex: new RegExp(alternatives.join("|"), "gv"), speakers: names.map((n) => n.index) };
  }

  class BriefingWidgetElement extends HTMLElement {
    #tooltips = [];
    #open = null;
    #closing = 0;

    connectedCallback() {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      sheet ??= new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
      fetch(this.getAttribute("src"), { mode: "cors" })
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
        .then((briefing) => this.#render(shadow, briefing))
        .catch((error) => this.#fail(shadow, String(error.message ?? error)));
    }

    #fail(shadow, message) {
      shadow.replaceChildren(h("div", { class: "root" }, h("div", { class: "error", part: "error", role: "alert" }, message)));
      this.#emit("briefing-error", { message });
    }

    #emit(name, detail) {
      this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
    }

    #render(shadow, briefing) {
      if (briefing?.version !== 1 || !Array.isArray(briefing.sections) || !briefing.sections.length) {
        return this.#fail(shadow, "not a briefing of version 1");
      }
      const speakers = briefing.speakers ?? [];
      const pattern = mentionPattern(speakers);
      const level = 2;
      const mention = (index, text, cls = "mention") =>
        h("span", { class: cls, part: "mention", tabindex: "0", "aria-describedby": `bw-tip-${speakers[index].id}`, "data-speaker": index }, text);
      const withMentions = (text) => {
        if (!pattern) return [text];
        const out = [];
        let from = 0;
        for (const match of text.matchAll(pattern.regex)) {
          const index = pattern.speakers[match.findIndex((group, i) => i > 0 && group !== undefined) - 1];
          if (match.index > from) out.push(text.slice(from, match.index));
          out.push(mention(index, match[0]));
          from = match.index + match[0].length;
        }
        if (from < text.length) out.push(text.slice(from));
        return out;
      };
      const paragraphs = (briefing.summary ?? "").split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
      const date = briefing.date
        ? new Intl.DateTimeFormat(document.documentElement.lang || "en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${briefing.date}T00:00:00Z`))
        : null;
      const organizer = briefing.organizer;
      const header = h(
        "header",
        { class: "header", part: "header" },
        organizer && h("p", { class: "organizer" }, organizer.url ? h("a", { href: organizer.url, target: "_blank", rel: "noopener noreferrer" }, organizer.name) : organizer.name),
        h(`h${level}`, { class: "title" }, briefing.title),
        (date || briefing.source) &&
          h(
            "p",
            { class: "meta" },
            date && h("time", { class: "date", datetime: briefing.date }, date),
            date && briefing.source && h("span", { class: "separator", "aria-hidden": "true" }, " · "),
            briefing.source && h("a", { class: "source", href: briefing.source.url, target: "_blank", rel: "noopener noreferrer" }, briefing.source.label ?? "Source")
          ),
        h("div", { class: "summary" }, paragraphs.map((p) => h("p", null, withMentions(p)))),
        speakers.length &&
          h(
            "section",
            { class: "speakers", "aria-label": "Speakers" },
            h(`h${level + 1}`, { class: "speakers-heading" }, "Speakers"),
            h(
              "ul",
              { class: "speaker-list" },
              speakers.map((s, i) =>
                h(
                  "li",
                  { class: "speaker" },
                  s.bio ? mention(i, s.name, "speaker-name has-bio") : h("span", { class: "speaker-name" }, s.name),
                  s.role && h("span", { class: "speaker-role" }, s.role),
                  s.affiliation && h("span", { class: "speaker-affiliation" }, s.affiliation),
                  s.url && h("a", { class: "speaker-link", href: s.url, target: "_blank", rel: "noopener noreferrer" }, "Profile")
                )
              )
            )
          ),
        organizer?.about && h("p", { class: "organizer-about" }, organizer.about)
      );
      const showAll = h("button", { type: "button", class: "control" }, "Show all sections");
      const hideAll = h("button", { type: "button", class: "control" }, "Hide all sections");
      const themes = new Map();
      const region = briefing.sections.length <= 6;
      const sections = briefing.sections.map((section, index) => {
        if (section.theme && !themes.has(section.theme)) themes.set(section.theme, themes.size % ACCENTS);
        const button = h(
          "button",
          { type: "button", id: `bw-head-${section.id}`, class: "section-toggle", part: "section-header", "aria-controls": `bw-panel-${section.id}` },
          h("span", { class: "chevron", "aria-hidden": "true" }),
          h("span", { class: "section-title" }, section.title),
          h("span", { class: "count" }, `${section.points.length} ${section.points.length === 1 ? "point" : "points"}`)
        );
        // Like the widget, a closed section holds no points: they are built when it opens.
        const points = () => section.points.map((point) =>
          h(
            "li",
            { class: "point", part: "point" },
            point.label && h(`h${level + 2}`, { class: "point-label" }, withMentions(point.label)),
            h("p", { class: "point-text" }, withMentions(point.text)),
            point.speakers?.length &&
              h(
                "ul",
                { class: "chips", "aria-label": "Speakers" },
                point.speakers.map((id) => {
                  const i = speakers.findIndex((s) => s.id === id);
                  return h("li", null, mention(i, speakers[i].name, "chip"));
                })
              )
          )
        );
        const panel = h(
          "div",
          { id: `bw-panel-${section.id}`, class: "section-body", part: "section-body", role: region ? "region" : null, "aria-labelledby": region ? button.id : null }
        );
        const copy = h("button", { type: "button", class: "copy-link", "aria-label": `Copy link to section: ${section.title}`, title: "Copy link to section" }, linkIcon());
        const accent = section.theme ? themes.get(section.theme) : index;
        const element = h("section", { class: `section accent-${accent % ACCENTS}`, part: "section", "data-section": section.id }, h("div", { class: "section-header" }, h(`h${level + 1}`, { class: "section-heading" }, button), copy), panel);
        if (section.theme) element.style.setProperty("--_theme", `var(--briefing-theme-${section.theme})`);
        return { element, button, panel, points, id: section.id, open: !!section.open };
      });
      const setOpen = (entry, open) => {
        if (entry.open !== open) this.#emit("briefing-toggle", { section: entry.id, open });
        entry.open = open;
        entry.button.setAttribute("aria-expanded", String(open));
        entry.panel.hidden = !open;
        if (open && !entry.panel.firstChild) entry.panel.append(h("ul", { class: "points" }, entry.points()));
        else if (!open) entry.panel.replaceChildren();
        entry.element.classList.toggle("is-open", open);
      };
      for (const entry of sections) {
        const open = entry.open;
        entry.open = null;
        setOpen(entry, open);
        entry.open = open;
        entry.button.addEventListener("click", () => setOpen(entry, !entry.open));
      }
      showAll.addEventListener("click", () => sections.forEach((s) => setOpen(s, true)));
      hideAll.addEventListener("click", () => sections.forEach((s) => setOpen(s, false)));
      this.#tooltips = speakers.map((s) => {
        const details = [s.role, s.affiliation].filter(Boolean).join(", ");
        return h(
          "div",
          { id: `bw-tip-${s.id}`, class: "tooltip", part: "tooltip", role: "tooltip", hidden: true },
          h("strong", { class: "tooltip-name" }, s.name),
          details && h("span", { class: "tooltip-details" }, details),
          s.bio && h("span", { class: "tooltip-bio" }, s.bio)
        );
      });
      const article = h(
        "article",
        { class: "briefing", lang: briefing.lang ?? null, dir: briefing.lang ? "ltr" : null },
        header,
        h("div", { class: "controls" }, showAll, hideAll),
        h("div", { class: "sections" }, sections.map((s) => s.element)),
        h("div", { class: "tooltips" }, this.#tooltips)
      );
      const root = h("div", { class: "root" }, article);
      const anchorOf = (event) => event.target.closest?.("[data-speaker]");
      root.addEventListener("focusin", (e) => anchorOf(e) && this.#show(anchorOf(e)));
      root.addEventListener("mouseover", (e) => anchorOf(e) && this.#show(anchorOf(e)));
      root.addEventListener("focusout", (e) => anchorOf(e) && this.#linger());
      root.addEventListener("mouseout", (e) => anchorOf(e) && this.#linger());
      root.addEventListener("keydown", (e) => e.key === "Escape" && this.#hide());
      shadow.replaceChildren(root);
      this.#emit("briefing-load", { id: briefing.id, title: briefing.title, sections: briefing.sections.map(({ id, title }) => ({ id, title })) });
    }

    #show(anchor) {
      clearTimeout(this.#closing);
      const tooltip = this.#tooltips[Number(anchor.dataset.speaker)];
      if (this.#open && this.#open !== tooltip) this.#open.hidden = true;
      this.#open = tooltip;
      tooltip.hidden = false;
      const origin = tooltip.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const target = anchor.getBoundingClientRect();
      const size = tooltip.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const left = Math.max(8, Math.min(target.left + target.width / 2 - size.width / 2, width - size.width - 8));
      const below = target.bottom + 8;
      const above = below + size.height > innerHeight && target.top - 8 - size.height >= 0;
      tooltip.style.setProperty("left", `${(left - origin.left).toFixed(1)}px`);
      tooltip.style.setProperty("top", `${((above ? target.top - 8 - size.height : below) - origin.top).toFixed(1)}px`);
      tooltip.classList.toggle("is-above", above);
    }

    #linger() {
      clearTimeout(this.#closing);
      this.#closing = setTimeout(() => this.#hide(), LINGER_MS);
    }

    #hide() {
      if (this.#open) this.#open.hidden = true;
      this.#open = null;
    }
  }

  customElements.define("briefing-widget", BriefingWidgetElement);
})();
