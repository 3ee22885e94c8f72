// pyhero progressive enhancement: every form and link works without this file. With it the
// editor gets CodeMirror and its tools, tests run without leaving the page (Ctrl/Cmd+Enter
// too), hints open in place, and the browser copy of the code is kept as you type.
"use strict";

(() => {
  const FONT_KEY = "pyhero-editor-font-size";
  const WRAP_KEY = "pyhero-editor-wrap";

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (value === true) node.setAttribute(key, "");
      else if (value !== false && value !== null && value !== undefined) node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function remember(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (_) {
      // storage refused: the setting lasts for this page only
    }
  }

  function recall(key) {
    try {
      return localStorage.getItem(key);
    } catch (_) {
      return null;
    }
  }

  /** Headers for a write: the team server's CSRF token, when the page carries one. */
  function writeHeaders(headers) {
    const token = document.querySelector('input[name="csrf_token"]');
    return token ? { ...headers, "X-CSRF-Token": token.value } : headers;
  }

  function collect(form) {
    const files = {};
    form.querySelectorAll("textarea[data-file]").forEach((area) => {
      files[area.dataset.file] = area.value;
    });
    const base = form.querySelector('input[name="base"]').value || null;
    return { files, base };
  }

  async function errorText(response) {
    const type = response.headers.get("content-type") || "";
    try {
      if (type.includes("json")) {
        const body = await response.json();
        return typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      }
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const detail = page.querySelector(".error-detail, .notice");
      if (detail) return detail.textContent.trim();
    } catch (_) {
      // fall through to the status line
    }
    return `${response.status} ${response.statusText}`;
  }

  /** Replace the children and visibility of each element of ``ids`` by the fresh page's. */
  function swapFrom(page, ids) {
    for (const id of ids) {
      const here = document.getElementById(id);
      const there = page.getElementById(id);
      if (!here || !there) continue;
      here.replaceChildren(...Array.from(there.childNodes).map((n) => document.adoptNode(n)));
      here.hidden = there.hidden;
    }
  }

  function mountEditors(form, run) {
    const editors = new Map();
    form.querySelectorAll("textarea[data-editor]").forEach((area) => {
      const label = form.querySelector(`label[for="${area.id}"]`);
      if (window.PyheroEditor) {
        const editor = window.PyheroEditor.mount(area, {
          language: area.dataset.editor,
          onRun: run,
          labelledBy: label ? label.id : null,
          describedBy: "editor-help",
          wrap: recall(WRAP_KEY) === "on",
        });
        editors.set(area.dataset.file, editor);
      } else {
        area.addEventListener("keydown", (event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            run();
          }
        });
      }
    });
    return editors;
  }

  function enhanceTools(editors) {
    const tools = document.getElementById("editor-tools");
    if (!tools || editors.size === 0) return;
    tools.hidden = false;
    const wrap = document.getElementById("wrap-toggle");
    wrap.checked = recall(WRAP_KEY) === "on";
    wrap.addEventListener("change", () => {
      remember(WRAP_KEY, wrap.checked ? "on" : "off");
      editors.forEach((editor) => editor.setWrap(wrap.checked));
    });
    const size = document.getElementById("font-size");
    const setSize = (value) => {
      document.documentElement.style.setProperty("--editor-font-size", `${value}px`);
    };
    const saved = recall(FONT_KEY);
    if (saved && Array.from(size.options).some((o) => o.value === saved)) size.value = saved;
    setSize(size.value);
    size.addEventListener("change", () => {
      remember(FONT_KEY, size.value);
      setSize(size.value);
    });
    enhanceReset(editors);
  }

  function enhanceReset(editors) {
    const button = document.getElementById("reset-button");
    const dialog = document.getElementById("reset-dialog");
    const undoButton = document.getElementById("undo-reset");
    const data = document.getElementById("starter-code");
    const saveState = document.getElementById("save-state");
    if (!button || !dialog || !data || typeof dialog.showModal !== "function") {
      if (button) button.hidden = true;
      return;
    }
    const starter = JSON.parse(data.textContent);
    button.addEventListener("click", () => dialog.showModal());
    dialog.addEventListener("close", () => {
      if (dialog.returnValue !== "reset") {
        button.focus();
        return;
      }
      editors.forEach((editor, file) => {
        if (file in starter) editor.setText(starter[file]);
      });
      undoButton.hidden = false;
      undoButton.focus();
      saveState.textContent = "Starter code restored: “Undo reset” or Ctrl+Z brings your code back.";
    });
    undoButton.addEventListener("click", () => {
      editors.forEach((editor) => editor.undo());
      undoButton.hidden = true;
      saveState.textContent = "Your code is back.";
      const first = editors.values().next().value;
      if (first) first.focus();
    });
  }

  function enhanceRunForm(form) {
    const slug = form.dataset.slug;
    const button = document.getElementById("run-button");
    const results = document.getElementById("results");
    const announcer = document.getElementById("run-announcer");
    const saveState = document.getElementById("save-state");
    let timer = null;
    let running = false;

    const run = () => {
      if (!running) form.requestSubmit(button);
    };
    const editors = mountEditors(form, run);
    enhanceTools(editors);

    function show(message) {
      results.hidden = false;
      results.replaceChildren(
        el("h2", { id: "results-title" }, "Results"),
        el("p", { class: "notice", id: "results-summary", tabindex: "-1" }, message),
      );
    }

    function reveal() {
      const summary = document.getElementById("results-summary");
      if (!summary) return;
      announcer.textContent = summary.textContent.replace(/\s+/g, " ").trim();
      summary.focus({ preventScroll: true });
      summary.scrollIntoView({ block: "nearest" });
    }

    async function saveDraft() {
      clearTimeout(timer);
      const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/draft`, {
        method: "PUT",
        headers: writeHeaders({ "Content-Type": "application/json" }),
        body: JSON.stringify(collect(form)),
      });
      if (!response.ok) throw new Error(await errorText(response));
      return response.json();
    }

    form.addEventListener("submit", async (event) => {
      if (event.submitter && event.submitter !== button) return; // "Save to workspace"
      event.preventDefault();
      clearTimeout(timer);
      const failuresOnly = document.getElementById("failures-only");
      const keepFilter = Boolean(failuresOnly && failuresOnly.checked);
      running = true;
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      button.textContent = "Running…";
      announcer.textContent = "Running the tests…";
      try {
        // A queueing server (the team server's team.js) runs the tests through its job API
        // and answers with the page the form would have led to.
        const response = window.PyheroSubmit
          ? await window.PyheroSubmit(form, collect(form), (text) => {
              button.textContent = text;
              announcer.textContent = text;
            })
          : await fetch(form.action, {
              method: "POST",
              body: new URLSearchParams(new FormData(form)),
            });
        if (!response.ok) {
          show(await errorText(response));
        } else {
          const page = new DOMParser().parseFromString(await response.text(), "text/html");
          swapFrom(page, ["results", "exercise-status", "attempts"]);
          const filter = document.getElementById("failures-only");
          if (filter && keepFilter && !filter.disabled) filter.checked = true;
          saveState.textContent = "Your browser copy.";
          const compare = document.getElementById("compare-link");
          if (compare) compare.hidden = false;
        }
      } catch (error) {
        show(`Could not reach pyhero: ${error.message}`);
      } finally {
        running = false;
        button.disabled = false;
        button.removeAttribute("aria-busy");
        button.textContent = "Run tests";
        reveal();
      }
    });

    form.addEventListener("input", () => {
      clearTimeout(timer);
      saveState.textContent = "Editing…";
      timer = setTimeout(async () => {
        try {
          const draft = await saveDraft();
          saveState.textContent = draft.conflict
            ? "Saved in the browser; your workspace file changed meanwhile — reload to compare."
            : "Saved in the browser.";
        } catch (error) {
          saveState.textContent = `Not saved: ${error.message}`;
        }
      }, 1200);
    });

    enhanceCompare(saveDraft);
  }

  function enhanceCompare(saveDraft) {
    const panel = document.getElementById("compare");
    const link = document.getElementById("compare-link");
    if (!panel || !link) return;
    link.addEventListener("click", async (event) => {
      event.preventDefault();
      try {
        await saveDraft(); // the comparison is made with the code as it is now
        const response = await fetch(link.href);
        if (!response.ok) throw new Error(await errorText(response));
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        swapFrom(page, ["compare"]);
      } catch (error) {
        panel.hidden = false;
        panel.replaceChildren(el("p", { class: "notice" }, `No comparison: ${error.message}`));
      }
      const title = document.getElementById("compare-title") || panel;
      title.setAttribute("tabindex", "-1");
      title.focus();
    });
    panel.addEventListener("click", (event) => {
      if (event.target && event.target.id === "close-compare") {
        event.preventDefault();
        panel.hidden = true;
        link.focus();
      }
    });
  }

  function enhanceHintForm(form) {
    const list = document.getElementById("hint-list");
    const button = form.querySelector("button");
    const total = Number(form.dataset.total);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      button.disabled = true;
      try {
        const response = await fetch(form.action.replace("/exercises/", "/api/exercises/"), {
          method: "POST",
          headers: writeHeaders({ Accept: "application/json" }),
        });
        if (!response.ok) throw new Error(await errorText(response));
        const hint = await response.json();
        if (hint.number > list.children.length) {
          const item = el("li");
          item.innerHTML = hint.html; // rendered by the server with raw HTML escaped
          list.append(item);
        }
        if (list.children.length >= total) {
          button.textContent = `All ${total} hints shown`;
        } else {
          button.textContent = `Show hint ${list.children.length + 1} of ${total}`;
          button.disabled = false;
        }
      } catch (error) {
        button.disabled = false;
        form.append(el("p", { class: "notice" }, `No hint: ${error.message}`));
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const runForm = document.getElementById("run-form");
    if (runForm && window.fetch) enhanceRunForm(runForm);
    const hintForm = document.getElementById("hint-form");
    if (hintForm && window.fetch) enhanceHintForm(hintForm);
  });
})();
