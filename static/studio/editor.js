// The studio's editor: CodeMirror 6 with line numbers, undo, tab handling, the Markdown
// convention's syntax marked (a small stream tokenizer, see `convention` below), and the first
// error marked in the gutter.
import { EditorState, StateEffect, StateField, RangeSet } from "@codemirror/state";
import { EditorView, GutterMarker, gutter, keymap, lineNumbers, drawSelection, highlightActiveLine, highlightActiveLineGutter } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { StreamLanguage, syntaxHighlighting, indentUnit } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";

/**
 * The convention's marks, line by line (crates' convention.md): front matter between `---`
 * lines (keys, values, comments), `#` and `##` headings, `{…}` markers, list items, `**Label:**`,
 * `[speakers: …]`, and in the speakers' list the ` — ` before the affiliation and the `(role)`.
 */
const convention = StreamLanguage.define({
  name: "briefing-markdown",
  startState: () => ({ front: "maybe", speakers: false, line: 0 }),
  copyState: (s) => ({ ...s }),
  token(stream, state) {
    if (stream.sol()) {
      state.line += 1;
      const text = stream.string;
      if (state.front === "maybe" && state.line === 1 && /^---\s*$/.test(text)) {
        state.front = "in";
        stream.skipToEnd();
        return "meta";
      }
      if (state.front === "maybe" && text.trim() !== "") state.front = "none";
      if (state.front === "in") {
        if (/^---\s*$/.test(text)) {
          state.front = "none";
          stream.skipToEnd();
          return "meta";
        }
        if (/^\s*#/.test(text)) {
          stream.skipToEnd();
          return "comment";
        }
        if (stream.match(/^[A-Za-z][\w-]*:/)) return "propertyName";
        stream.skipToEnd();
        return "invalid";
      }
      const heading = text.match(/^(#{1,6})\s/);
      if (heading) {
        if (heading[1].length === 2) state.speakers = /^##\s+Speakers\s*$/i.test(text);
        if (heading[1].length > 2) {
          stream.skipToEnd();
          return "invalid";
        }
        stream.match(/^#{1,2}\s+[^{]*/);
        return "heading";
      }
      if (stream.match(/^\s*[-*+]\s/)) return "list";
    }
    if (state.front === "in") {
      stream.skipToEnd();
      return "string";
    }
    if (stream.match(/^\{[^}]*\}\s*$/)) return "meta";
    if (stream.match(/^\*\*[^*]+?(:\*\*|\*\*:)/)) return "strong";
    if (stream.match(/^\[speakers:[^\]]*\]\s*$/)) return "labelName";
    if (state.speakers) {
      if (stream.match(/^ (—|–|--) /)) return "punctuation";
      if (stream.match(/^\([^)]*\)(?=\s*(\{|$))/)) return "emphasis";
    }
    // Plain text up to the next place a mark could start.
    if (!stream.match(/^[^{*[(—–-]+/)) stream.next();
    return null;
  },
});

class ProblemMarker extends GutterMarker {
  constructor(message) {
    super();
    this.message = message;
  }
  eq(other) {
    return other.message === this.message;
  }
  toDOM() {
    const mark = document.createElement("span");
    mark.className = "problem-mark";
    mark.textContent = "!";
    mark.title = this.message;
    return mark;
  }
}

/** Marks the first error's line in the gutter: `{ line, message }`, or null for none. */
export const setFirstError = StateEffect.define();
const firstError = StateField.define({
  create: () => RangeSet.empty,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setFirstError)) continue;
      const problem = effect.value;
      if (!problem || problem.line < 1 || problem.line > tr.state.doc.lines) marks = RangeSet.empty;
      else marks = RangeSet.of([new ProblemMarker(problem.message).range(tr.state.doc.line(problem.line).from)]);
    }
    return marks;
  },
});

/**
 * A new editor in `parent`, holding `text`; `onChange(text)` after every change to the text.
 * Returns the view, `setText(text)` (a new document, with its own undo history) and
 * `markFirstError(problem)`.
 */
export function createEditor(parent, text, { onChange, label }) {
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    firstError,
    gutter({ class: "cm-problem-gutter", markers: (view) => view.state.field(firstError) }),
    history(),
    drawSelection(),
    highlightActiveLine(),
    indentUnit.of("  "),
    EditorState.tabSize.of(2),
    EditorView.lineWrapping,
    convention,
    syntaxHighlighting(classHighlighter),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    // tabindex: the text is focusable anyway (contenteditable); said outright, checkers see it too.
    EditorView.contentAttributes.of({ "aria-label": label, "aria-describedby": "editor-hint", spellcheck: "true", tabindex: "0" }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: text, extensions }) });
  return {
    view,
    setText(text) {
      view.setState(EditorState.create({ doc: text, extensions }));
      onChange(text);
    },
    markFirstError(problem) {
      view.dispatch({ effects: setFirstError.of(problem) });
    },
  };
}

/** Puts the caret at `at` (a UTF-16 offset into the text, as the editor counts) and focuses the editor. */
export function moveCaret(view, at) {
  const pos = Math.min(Math.max(at, 0), view.state.doc.length);
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}
