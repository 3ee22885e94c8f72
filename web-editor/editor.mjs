// pyhero's in-page code editor: CodeMirror 6 with Python highlighting.
// Mounts on every <textarea data-editor="python">, keeping the textarea's value in sync
// so the form still submits without JavaScript.
import { EditorView, basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { indentUnit } from "@codemirror/language";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";

export function mount(textarea) {
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      basicSetup,
      python(),
      indentUnit.of("    "),
      keymap.of([indentWithTab]),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          textarea.value = update.state.doc.toString();
          textarea.dispatchEvent(new Event("input", { bubbles: true }));
        }
      }),
    ],
  });
  textarea.style.display = "none";
  textarea.insertAdjacentElement("afterend", view.dom);
  textarea.pyheroEditor = view;
  return view;
}

export function setText(textarea, text) {
  const view = textarea.pyheroEditor;
  if (view) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  } else {
    textarea.value = text;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll('textarea[data-editor="python"]').forEach(mount);
});
