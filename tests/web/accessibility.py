"""axe-core in the browser tests: installed from npm into tests/web/axe, never from a CDN.

``npm ci`` in ``tests/web/axe`` installs the version pinned by its lock file (``.ci/run``
does it; the first browser test does it too when npm is there and the package is not).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

__all__ = ["axe_violations", "page_width"]

AXE_DIR = Path(__file__).parent / "axe"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"

_RUN = """async () => {
  const result = await axe.run(document, { resultTypes: ["violations"] });
  return result.violations.map((v) => {
    const where = v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(", ");
    return `${v.id} (${v.impact}): ${v.help} at ${where}`;
  });
}"""


@functools.cache
def _axe_source() -> str:
    if not AXE_JS.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail(f"axe-core is not installed: run `npm ci` in {AXE_DIR}")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=AXE_DIR, check=True)
    return AXE_JS.read_text(encoding="utf-8")


def axe_violations(page: Page) -> list[str]:
    """axe's violations on the page as it is now (every rule axe runs by default)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(_axe_source())  # evaluated by the test driver: the page's CSP stays on
    violations: list[str] = page.evaluate(_RUN)
    return violations


def page_width(page: Page) -> int:
    """How wide the document is: more than the viewport means horizontal scrolling."""
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return width
