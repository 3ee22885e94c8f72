"""A write-the-tests exercise in the web app: the module under test shown read-only beside
the editor, and the bugs caught in the results."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pyhero.web import create_app

from .conftest import Web, make_settings

SHELF = Path(__file__).parents[1] / "fixtures" / "writetests" / "shelf-stock"
REFERENCE = (SHELF / ".meta" / "example.py").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def shelf_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    settings = make_settings(tmp_path_factory.mktemp("web-writetests"))
    target = settings.content_dir / "exercises" / "shelf-stock"
    shutil.copytree(SHELF, target)
    config = target / ".meta" / "config.json"
    text = config.read_text(encoding="utf-8").replace('"topic": "pytest"', '"topic": "numbers"')
    config.write_text(text, encoding="utf-8")  # a topic of the web fixture's curriculum
    app = create_app(settings)
    with TestClient(app) as client:
        yield Web(app, client, settings)


def test_the_module_under_test_is_shown_read_only(shelf_web: Web) -> None:
    page = shelf_web.client.get("/exercises/shelf-stock").text
    assert 'data-file="test_shelf.py"' in page
    assert 'data-file="shelf.py"' not in page, "the module is not an editor"
    assert 'aria-label="shelf.py (read-only)"' in page
    assert "def take(stock: dict[str, int], code: str, units: int) -&gt; int:" in page
    detail = shelf_web.client.get("/api/exercises/shelf-stock").json()
    assert list(detail["read_only_files"]) == ["shelf.py"]


def test_the_results_count_the_bugs_caught(shelf_web: Web) -> None:
    client = shelf_web.client
    response = client.post(
        "/exercises/shelf-stock/run",
        data={"file": "test_shelf.py", "code": REFERENCE, "base": ""},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = client.get(response.headers["location"]).text
    assert "bugs caught 3 of 3" in page
    assert "bug: Taking zero units is accepted" in page
