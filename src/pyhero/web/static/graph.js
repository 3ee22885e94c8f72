// pyhero roadmap graph, progressively enhanced: the server draws it (lanes, nodes, links
// within a section, status glyphs, status filters in CSS); this draws the links between
// sections, adds zoom and pan, and on hover or focus lights up what a topic needs and what
// it leads to, with its full name underneath.
"use strict";

(() => {
  const STEPS = [0.4, 0.5, 0.6, 0.75, 0.9, 1, 1.25, 1.5, 2];
  const SVG = "http://www.w3.org/2000/svg";
  const STATES = ["done", "attempted", "pending", "none"];

  /** The same curve as the server's: right edge of ``a`` to left edge of ``b``. */
  function edgePath(a, b) {
    const box = (node) => {
      const rect = node.querySelector("rect");
      const get = (name) => Number(rect.getAttribute(name));
      return { x: get("x"), y: get("y"), w: get("width"), h: get("height") };
    };
    const from = box(a);
    const to = box(b);
    const x1 = from.x + from.w;
    const y1 = from.y + Math.floor(from.h / 2);
    const x2 = to.x;
    const y2 = to.y + Math.floor(to.h / 2);
    const bend = x2 > x1 ? Math.floor((x2 - x1) / 2) : 60;
    return `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
  }

  function drawCrossLinks(svg, nodes, needs) {
    const firstLane = svg.querySelector("g[role=group]");
    for (const [slug, before] of needs) {
      const node = nodes.get(slug);
      for (const need of before) {
        const other = nodes.get(need);
        if (!other || other.parentNode === node.parentNode) continue;
        const path = document.createElementNS(SVG, "path");
        path.setAttribute("class", "edge cross");
        path.dataset.from = need;
        path.dataset.to = slug;
        path.setAttribute("d", edgePath(other, node));
        svg.insertBefore(path, firstLane);
      }
    }
  }

  function stateOf(node) {
    return STATES.find((state) => node.classList.contains(state)) || "none";
  }

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
    drawCrossLinks(svg, nodes, needs);
    const edges = Array.from(svg.querySelectorAll("path.edge"));
    const titleOf = (slug) => {
      const link = document.querySelector(`#sections a[href="/topics/${slug}"]`);
      return link ? link.textContent : slug;
    };
    const links = document.getElementById("graph-links");
    if (links) links.hidden = false;

    // the status filters hide nodes in CSS; their links go with them here
    const filters = document.getElementById("graph-controls");
    filters.addEventListener("change", () => {
      const hidden = new Set(
        STATES.filter((state) => {
          const box = document.getElementById(`show-${state}`);
          return box && !box.checked;
        }),
      );
      for (const edge of edges) {
        const ends = [nodes.get(edge.dataset.from), nodes.get(edge.dataset.to)];
        edge.classList.toggle("filtered", ends.some((end) => !end || hidden.has(stateOf(end))));
      }
    });

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
      const names = (slugs) => slugs.map(titleOf).join(", ");
      const direct = needs.get(slug) || [];
      const next = leads.get(slug) || [];
      const line = (kind, text) => Object.assign(document.createElement("span"), {
        className: kind,
        textContent: text,
      });
      info.replaceChildren(
        document.createTextNode(`${title ? title.textContent : slug}.`),
        document.createElement("br"),
        line("needs", direct.length ? `Needs: ${names(direct)}` : "Needs nothing: a starting point"),
        document.createTextNode(` (${before.size} topic${before.size === 1 ? "" : "s"} in all). `),
        line("leads", next.length ? `Leads to: ${names(next)}` : "Leads to nothing further"),
        document.createTextNode(` (${after.size} topic${after.size === 1 ? "" : "s"} in all).`),
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

    // keyboard: the graph is one Tab stop; arrows move between topics (roving tabindex)
    const order = Array.from(nodes.values());
    const shown = (node) => getComputedStyle(node).display !== "none";
    let current = order[0];
    order.forEach((node) => node.setAttribute("tabindex", node === current ? "0" : "-1"));
    function moveTo(node) {
      if (!node) return;
      current.setAttribute("tabindex", "-1");
      node.setAttribute("tabindex", "0");
      current = node;
      node.focus();
      node.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    function step(from, direction) {
      const visible = order.filter(shown);
      const index = visible.indexOf(from);
      return visible[index + direction];
    }
    svg.addEventListener("keydown", (event) => {
      const node = event.target.closest("a.node");
      if (!node) return;
      const slug = node.dataset.slug;
      const first = (slugs) => slugs.map((s) => nodes.get(s)).find((n) => n && shown(n));
      const visible = order.filter(shown);
      const moves = {
        ArrowDown: () => step(node, 1),
        ArrowUp: () => step(node, -1),
        ArrowRight: () => first(leads.get(slug) || []) || step(node, 1),
        ArrowLeft: () => first(needs.get(slug) || []) || step(node, -1),
        Home: () => visible[0],
        End: () => visible[visible.length - 1],
      };
      if (!(event.key in moves)) return;
      event.preventDefault();
      moveTo(moves[event.key]());
    });
    svg.addEventListener("focusin", (event) => {
      const node = event.target.closest("a.node");
      if (node && node !== current) {
        current.setAttribute("tabindex", "-1");
        node.setAttribute("tabindex", "0");
        current = node;
      }
    });
    const keys = document.getElementById("graph-keys");
    if (keys) keys.hidden = false;

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
