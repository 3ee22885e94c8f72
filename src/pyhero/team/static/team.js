// pyhero team server: "Run tests" goes through the grading queue (a job, then server-sent
// events until its verdict), and a mentor picks the line to comment on by its number.
// Every page works without this file: the form posts and waits for the verdict instead.
"use strict";

(() => {
  function csrfHeaders(headers) {
    const token = document.querySelector('input[name="csrf_token"]');
    return token ? { ...headers, "X-CSRF-Token": token.value } : headers;
  }

  function failure(status, detail) {
    return new Response(JSON.stringify({ detail }), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  }

  function describe(state) {
    if (state.state === "queued") {
      return state.position > 0 ? `Queued (${state.position} ahead)…` : "Queued…";
    }
    return state.state === "running" ? "Grading…" : "Waiting…";
  }

  /** Wait for a job's end: server-sent events, or polling where EventSource is missing. */
  function finished(job, progress) {
    return new Promise((resolve) => {
      if (window.EventSource) {
        const events = new EventSource(job.events_url);
        events.addEventListener("state", (event) => progress(describe(JSON.parse(event.data))));
        for (const name of ["done", "failed", "timeout"]) {
          events.addEventListener(name, (event) => {
            events.close();
            resolve({ name, data: JSON.parse(event.data) });
          });
        }
        events.onerror = () => {
          if (events.readyState === EventSource.CLOSED) resolve({ name: "lost", data: {} });
        };
        return;
      }
      const poll = async () => {
        const response = await fetch(job.status_url, { headers: { Accept: "application/json" } });
        const state = await response.json();
        if (!response.ok) return resolve({ name: "failed", data: state });
        if (state.state === "done" || state.state === "failed") {
          return resolve({ name: state.state, data: state });
        }
        progress(describe(state));
        setTimeout(poll, 1000);
      };
      poll();
    });
  }

  window.PyheroSubmit = async (form, code, progress) => {
    const slug = form.dataset.slug;
    const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/jobs`, {
      method: "POST",
      headers: csrfHeaders({ "Content-Type": "application/json", Accept: "application/json" }),
      body: JSON.stringify(code),
    });
    if (!response.ok) return response;
    const job = await response.json();
    progress(describe(job));
    const end = await finished(job, progress);
    if (end.name === "failed") {
      return failure(503, `The submission could not be graded: ${end.data.error || "unknown error"}`);
    }
    if (end.name !== "done") {
      return failure(504, "No verdict yet: it will show on this page once a worker has graded it.");
    }
    return fetch(`/exercises/${encodeURIComponent(slug)}?ran=1`);
  };

  function enhanceLineButtons() {
    document.querySelectorAll("table.code[data-form]").forEach((table) => {
      const form = document.getElementById(table.dataset.form);
      if (!form) return;
      table.querySelectorAll(".line-button").forEach((button) => {
        button.hidden = false;
        button.setAttribute("aria-label", `Comment on line ${button.dataset.line} of ${table.dataset.file}`);
        const plain = button.nextElementSibling;
        if (plain) plain.hidden = true;
        button.addEventListener("click", () => {
          form.querySelector('select[name="file"]').value = table.dataset.file;
          form.querySelector('input[name="line"]').value = button.dataset.line;
          const body = form.querySelector("textarea");
          body.focus();
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", enhanceLineButtons);
})();
