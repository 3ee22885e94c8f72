// pyhero roadmap graph, progressively enhanced: the server draws it (links, lanes, status
// glyphs, filters in CSS); this adds zoom and pan, and on hover or focus lights up what a
// topic needs and what it leads to, with its full name underneath.
"use strict";

(() => {
  const STEPS = [0.4, 0.5, 0.6, 0.75, 0.9, 1, 1.25, 1.5, 2];

  function closure(start, edges) {
    const seen = new Set();
    const stack = [...(edges.get(start) || [])];
    while (stack.length) {
      const slug = stack.pop();
      if (seen.has(slug)) continue;
      seen.add(slug);
      stack.push(...(edges.get(slug) || []));
    }
    return seen;
  }

  function setup(box) {
    const svg = box.querySelector("svg.graph");
    const scroller = document.getElementById("graph-scroll");
    const info = document.getElementById("graph-info");
    const zoomBar = document.getElementById("graph-zoom");
    const level = document.getElementById("zoom-level");
    if (!svg || !scroller) return;

    const nodes = new Map();
    const needs = new Map();
    const leads = new Map();
    svg.querySelectorAll("a.node").forEach((node) => {
      const slug = node.dataset.slug;
      nodes.set(slug, node);
      const direct = (node.dataset.needs || "").split(" ").filter(Boolean);
      needs.set(slug, direct);
      for (const before of direct) {
        if (!leads.has(before)) leads.set(before, []);
        leads.get(before).push(slug);
      }
    });
    const edges = Array.from(svg.querySelectorAll("path.edge"));
    const titleOf = (slug) => (nodes.has(slug) ? nodes.get(slug).dataset.title : slug);

    function clear() {
      svg.classList.remove("highlighting");
      svg.querySelectorAll(".hl-self, .hl-needs, .hl-leads, .hl-edge").forEach((item) => {
        item.classList.remove("hl-self", "hl-needs", "hl-leads", "hl-edge");
      });
    }

    function highlight(slug) {
      clear();
      const before = closure(slug, needs);
      const after = closure(slug, leads);
      svg.classList.add("highlighting");
      nodes.get(slug).classList.add("hl-self");
      before.forEach((s) => nodes.get(s) && nodes.get(s).classList.add("hl-needs"));
      after.forEach((s) => nodes.get(s) && nodes.get(s).classList.add("hl-leads"));
      const chain = new Set([slug, ...before, ...after]);
      for (const edge of edges) {
        const from = edge.dataset.from;
        const to = edge.dataset.to;
        const upstream = (to === slug || before.has(to)) && (from === slug || before.has(from));
        const downstream = (from === slug || after.has(from)) && (to === slug || after.has(to));
        if (chain.has(from) && chain.has(to) && (upstream || downstream)) {
          edge.classList.add("hl-edge");
        }
      }
      const title = nodes.get(slug).querySelector("title");
      info.replaceChildren(
        document.createTextNode(title ? title.textContent : slug),
        document.createElement("br"),
        Object.assign(document.createElement("span"), {
          className: "needs",
          textContent: `Needs ${before.size} topic${before.size === 1 ? "" : "s"} before it`,
        }),
        document.createTextNode(" · "),
        Object.assign(document.createElement("span"), {
          className: "leads",
          textContent: `leads to ${after.size} topic${after.size === 1 ? "" : "s"}`,
        }),
        document.createTextNode(after.size ? ` (first: ${titleOf([...after][0])})` : ""),
      );
      info.hidden = false;
    }

    svg.addEventListener("mouseover", (event) => {
      const node = event.target.closest("a.node");
      if (node) highlight(node.dataset.slug);
    });
    svg.addEventListener("focusin", (event) => {
      const node = event.target.closest("a.node");
      if (node) highlight(node.dataset.slug);
    });
    svg.addEventListener("mouseleave", () => {
      if (!svg.contains(document.activeElement)) clear();
    });
    svg.addEventListener("focusout", (event) => {
      if (!svg.contains(event.relatedTarget)) clear();
    });

    // zoom: the SVG's drawn size changes, the scroll box pans
    const width = Number(svg.dataset.width);
    const height = Number(svg.dataset.height);
    let scale = 1;
    function zoomTo(next, anchorX, anchorY) {
      const ax = anchorX === undefined ? scroller.clientWidth / 2 : anchorX;
      const ay = anchorY === undefined ? scroller.clientHeight / 2 : anchorY;
      const fx = (scroller.scrollLeft + ax) / scale;
      const fy = (scroller.scrollTop + ay) / scale;
      scale = Math.min(2, Math.max(0.2, next));
      svg.setAttribute("width", String(Math.round(width * scale)));
      svg.setAttribute("height", String(Math.round(height * scale)));
      scroller.scrollLeft = fx * scale - ax;
      scroller.scrollTop = fy * scale - ay;
      level.textContent = `${Math.round(scale * 100)}%`;
    }
    const stepFrom = (direction) => {
      const bigger = STEPS.filter((s) => s > scale + 0.001);
      const smaller = STEPS.filter((s) => s < scale - 0.001);
      if (direction > 0) return bigger.length ? bigger[0] : scale;
      return smaller.length ? smaller[smaller.length - 1] : scale;
    };
    zoomBar.hidden = false;
    zoomBar.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-zoom]");
      if (!button) return;
      const action = button.dataset.zoom;
      if (action === "in") zoomTo(stepFrom(1));
      else if (action === "out") zoomTo(stepFrom(-1));
      else zoomTo((scroller.clientWidth - 4) / width, 0, 0);
    });
    scroller.addEventListener(
      "wheel",
      (event) => {
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        const rect = scroller.getBoundingClientRect();
        zoomTo(scale * (event.deltaY < 0 ? 1.1 : 1 / 1.1), event.clientX - rect.left, event.clientY - rect.top);
      },
      { passive: false },
    );

    // pan: drag the background with a mouse (touch scrolls natively)
    let drag = null;
    scroller.addEventListener("pointerdown", (event) => {
      if (event.pointerType !== "mouse" || event.button !== 0 || event.target.closest("a")) return;
      drag = { x: event.clientX, y: event.clientY, left: scroller.scrollLeft, top: scroller.scrollTop };
      scroller.setPointerCapture(event.pointerId);
      scroller.classList.add("dragging");
    });
    scroller.addEventListener("pointermove", (event) => {
      if (!drag) return;
      scroller.scrollLeft = drag.left - (event.clientX - drag.x);
      scroller.scrollTop = drag.top - (event.clientY - drag.y);
    });
    const stop = () => {
      drag = null;
      scroller.classList.remove("dragging");
    };
    scroller.addEventListener("pointerup", stop);
    scroller.addEventListener("pointercancel", stop);

    if (scroller.clientWidth < width) zoomTo(Math.max(0.6, (scroller.clientWidth - 4) / width), 0, 0);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const box = document.querySelector(".graph-box");
    if (box) setup(box);
  });
})();
