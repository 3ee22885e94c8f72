"""Regenerate docs/screenshots/*.png: every page of the web app on the real content.

    uv run python -m tests.web.screenshots

Serves the app (real ``content/``, a throwaway database and workspace), earns a little
progress through the API, then photographs each page in headless Chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import httpx

from pyhero.config import Settings, default_content_dir
from pyhero.curriculum import load_curriculum

from .live import CHROMIUM, CHROMIUM_ARGS, live_server

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _earn_progress(url: str, content: Path) -> tuple[str, str]:
    """Pass the first exercise, fail the second; return (a topic slug, an exercise slug)."""
    curriculum = load_curriculum(content)
    order = curriculum.exercise_order()
    with httpx.Client(base_url=url, timeout=120) as client:
        for exercise in order[:1]:
            example = exercise.spec.path / exercise.spec.reference_files[0]
            code = example.read_text(encoding="utf-8")
            client.post(
                f"/api/exercises/{exercise.slug}/submit",
                json={"files": {exercise.spec.solution_files[0]: code}},
            ).raise_for_status()
        if len(order) > 1:
            second = order[1]
            client.post(f"/api/exercises/{second.slug}/hints").raise_for_status()
    target = order[1] if len(order) > 1 else order[0]
    return target.topic, target.slug


def main() -> None:
    if not CHROMIUM.exists():
        sys.exit(f"needs Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    content = default_content_dir()
    with tempfile.TemporaryDirectory(prefix="pyhero-shots-") as tmp:
        settings = Settings(
            content_dir=content,
            database_url=f"sqlite:///{Path(tmp) / 'progress.db'}",
            workspace_dir=Path(tmp) / "workspace",
            grader_workers=1,
        )
        with live_server(settings) as server, sync_playwright() as playwright:
            topic, exercise = _earn_progress(server.url, content)
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
            )
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(server.url + "/")
            page.screenshot(path=OUT / "roadmap.png")
            page.goto(server.url + f"/topics/{topic}")
            page.screenshot(path=OUT / "topic.png", full_page=True)
            page.goto(server.url + f"/exercises/{exercise}")
            page.locator(".cm-editor").wait_for()
            page.get_by_role("button", name="Run tests").click()
            page.locator("#results .verdict").wait_for()
            page.screenshot(path=OUT / "exercise.png")
            page.goto(server.url + "/progress")
            page.screenshot(path=OUT / "progress.png", full_page=True)
            dark = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme="dark")
            dark.goto(server.url + f"/exercises/{exercise}")
            dark.locator(".cm-editor").wait_for()
            dark.screenshot(path=OUT / "exercise-dark.png")
            phone = browser.new_page(viewport={"width": 360, "height": 740})
            phone.goto(server.url + "/")
            phone.screenshot(path=OUT / "roadmap-phone.png")
            browser.close()
    for name in sorted(OUT.glob("*.png")):
        print(f"{name.relative_to(OUT.parents[1])}: {name.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
