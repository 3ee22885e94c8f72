// pyhero colour theme: the system's (light or dark) unless the learner picked one with the
// header's button; the choice is kept in this browser. Loaded before the page paints.
"use strict";

(() => {
  const KEY = "pyhero-theme";
  const ORDER = ["auto", "light", "dark"];
  const root = document.documentElement;

  function stored() {
    try {
      const value = localStorage.getItem(KEY);
      return ORDER.includes(value) ? value : "auto";
    } catch (_) {
      return "auto";
    }
  }

  function apply(choice) {
    if (choice === "auto") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", choice);
  }

  let current = stored();
  apply(current);

  document.addEventListener("DOMContentLoaded", () => {
    const button = document.getElementById("theme-toggle");
    if (!button) return;
    const show = (choice) => {
      button.textContent = `Theme: ${choice}`;
      button.setAttribute("aria-label", `Colour theme: ${choice}. Change it`);
    };
    show(current);
    button.hidden = false;
    button.addEventListener("click", () => {
      current = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length];
      try {
        localStorage.setItem(KEY, current);
      } catch (_) {
        // storage refused: the choice lasts for this page only
      }
      apply(current);
      show(current);
    });
  });
})();
