// pyhero's in-page code editor: CodeMirror 6 with Python highlighting.
// static/app.js mounts it on every <textarea data-editor="...">; data-editor is "python"
// for Python files and "plain" for the others (a Dockerfile): no Python highlighting or
// completion there. The textarea keeps the editor's text, so the form still submits it. Colours come from the page's stylesheet
// (CSS variables), so the editor follows the light and dark themes.
import { EditorView, basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { HighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { Compartment, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { indentWithTab, isolateHistory, undo } from "@codemirror/commands";
import { tags } from "@lezer/highlight";

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword, tags.definitionKeyword, tags.moduleKeyword], color: "var(--syn-keyword)" },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--syn-string)" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "var(--syn-comment)", fontStyle: "italic" },
  { tag: [tags.number, tags.integer, tags.float], color: "var(--syn-number)" },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.function(tags.variableName)], color: "var(--syn-def)" },
  { tag: [tags.definition(tags.className), tags.className], color: "var(--syn-class)" },
  { tag: [tags.bool, tags.null, tags.atom, tags.self], color: "var(--syn-atom)" },
  { tag: [tags.standard(tags.variableName), tags.meta, tags.annotation], color: "var(--syn-builtin)" },
  { tag: tags.invalid, color: "var(--fail)" },
]);

/** Mount an editor on ``textarea``; ``options.onRun`` runs on Ctrl/Cmd+Enter;
 * ``options.language`` is "python" (the default) or "plain". */
export function mount(textarea, options = {}) {
  const wrapping = new Compartment();
  // tabindex: the content is focusable anyway (contenteditable); said so for checkers.
  const attributes = { "aria-labelledby": options.labelledBy || "", tabindex: "0" };
  if (options.describedBy) attributes["aria-describedby"] = options.describedBy;
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      Prec.highest(
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              if (options.onRun) options.onRun();
              return true;
            },
          },
        ]),
      ),
      basicSetup,
      options.language === "plain" ? [] : python(),
      syntaxHighlighting(highlight),
      indentUnit.of("    "),
      keymap.of([indentWithTab]),
      wrapping.of(options.wrap ? EditorView.lineWrapping : []),
      EditorView.contentAttributes.of(attributes),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          textarea.value = update.state.doc.toString();
          textarea.dispatchEvent(new Event("input", { bubbles: true }));
        }
      }),
    ],
  });
  textarea.hidden = true;
  textarea.insertAdjacentElement("afterend", view.dom);
  return {
    view,
    /** Replace the whole text as one undoable change, never merged with the typing before. */
    setText(text) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        annotations: isolateHistory.of("full"),
      });
    },
    undo() {
      return undo(view);
    },
    setWrap(on) {
      view.dispatch({ effects: wrapping.reconfigure(on ? EditorView.lineWrapping : []) });
    },
    focus() {
      view.focus();
    },
  };
}
