// pyhero progressive enhancement: every form works without this file; with it, tests run
// and hints open without reloading the page, and the browser copy of the code is kept.
"use strict";

(() => {
  const LABELS = {
    passed: "All tests pass", failed: "Some tests fail", error: "The code did not run",
    timeout: "Time limit reached", memory_limit: "Memory limit reached",
    output_limit: "Too much output", crashed: "The test run crashed",
    tampered: "The test run was tampered with",
  };
  const STATUS_TEXT = { done: "done", attempted: "in progress", pending: "to do" };

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

  function collect(form) {
    const files = {};
    form.querySelectorAll("textarea[data-file]").forEach((area) => {
      files[area.dataset.file] = area.value;
    });
    const base = form.querySelector('input[name="base"]').value || null;
    return { files, base };
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      if (typeof body.detail === "string") return body.detail;
      return JSON.stringify(body.detail);
    } catch (_) {
      return `${response.status} ${response.statusText}`;
    }
  }

  function renderResults(box, result) {
    const tests = result.tests || [];
    const passed = tests.filter((t) => t.status === "pass").length;
    const firstFailing = tests.findIndex((t) => t.status !== "pass");
    const parts = [
      el("div", { class: `verdict verdict-${result.verdict}`, "data-verdict": result.verdict },
        el("strong", {}, LABELS[result.verdict] || result.verdict),
        el("span", {}, `${passed}/${tests.length} tests passed · ${Math.round(result.duration_ms)} ms`)),
      result.message ? el("pre", { class: "message" }, result.message) : null,
      el("ol", { class: "tests" }, ...tests.map((t, i) =>
        el("li", { class: `test test-${t.status}` },
          el("details", { open: i === firstFailing },
            el("summary", {}, el("span", { class: "dot", "aria-hidden": "true" }), t.name, " ",
              el("span", { class: "badge test-status" }, t.status)),
            t.message ? el("pre", { class: "message" }, t.message) : null,
            t.output ? el("h4", {}, "Output") : null,
            t.output ? el("pre", { class: "output" }, t.output) : null,
            t.test_code ? el("h4", {}, "Test code") : null,
            t.test_code ? el("pre", { class: "test-code" }, t.test_code) : null)))),
    ];
    box.replaceChildren(...parts.filter(Boolean));
  }

  function setStatus(status) {
    const holder = document.getElementById("exercise-status");
    if (holder && STATUS_TEXT[status]) {
      holder.replaceChildren(el("span", { class: `badge status-${status}` }, STATUS_TEXT[status]));
    }
  }

  function enhanceRunForm(form) {
    const slug = form.dataset.slug;
    const button = document.getElementById("run-button");
    const results = document.getElementById("results");
    const saveState = document.getElementById("save-state");
    let timer = null;

    form.addEventListener("submit", async (event) => {
      if (event.submitter && event.submitter !== button) return; // "Save to workspace"
      event.preventDefault();
      clearTimeout(timer);
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      button.textContent = "Running…";
      try {
        const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/submit`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(collect(form)),
        });
        if (!response.ok) {
          results.replaceChildren(el("p", { class: "notice" }, await errorText(response)));
          return;
        }
        const outcome = await response.json();
        renderResults(results, outcome.result);
        setStatus(outcome.status);
        saveState.textContent = "Your browser copy.";
      } catch (error) {
        results.replaceChildren(el("p", { class: "notice" }, `Could not reach pyhero: ${error}`));
      } finally {
        button.disabled = false;
        button.removeAttribute("aria-busy");
        button.textContent = "Run tests";
      }
    });

    form.addEventListener("input", () => {
      clearTimeout(timer);
      saveState.textContent = "Editing…";
      timer = setTimeout(async () => {
        try {
          const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/draft`, {
            method: "PUT",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(collect(form)),
          });
          if (!response.ok) {
            saveState.textContent = `Not saved: ${await errorText(response)}`;
            return;
          }
          const draft = await response.json();
          saveState.textContent = draft.conflict
            ? "Saved in the browser; your workspace file changed meanwhile — reload to compare."
            : "Saved in the browser.";
        } catch (_) {
          saveState.textContent = "Not saved: pyhero is not reachable.";
        }
      }, 1200);
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
          headers: { Accept: "application/json" },
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
