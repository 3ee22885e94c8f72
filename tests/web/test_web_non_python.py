"""An exercise whose solution is a Dockerfile, in the web app: a plain-text editor, graded
like any other (form, API, and CodeMirror in Chromium without Python highlighting)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from fastapi.testclient import TestClient

from pyhero.web import create_app

from .conftest import Web, make_settings
from .live import live_server

if TYPE_CHECKING:
    from playwright.sync_api import Browser

SLIM_IMAGE = Path(__file__).parents[1] / "fixtures" / "non-python" / "slim-image"
REFERENCE = (SLIM_IMAGE / ".meta" / "Dockerfile").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def docker_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    """The web fixture content plus ``slim-image`` (solution: ``Dockerfile``)."""
    settings = make_settings(tmp_path_factory.mktemp("web-dockerfile"))
    shutil.copytree(SLIM_IMAGE, settings.content_dir / "exercises" / "slim-image")
    app = create_app(settings)
    with TestClient(app) as client:
        yield Web(app, client, settings)


def test_the_editor_of_a_dockerfile_is_plain_text(docker_web: Web) -> None:
    page = docker_web.client.get("/exercises/slim-image").text
    assert 'data-editor="plain" data-file="Dockerfile"' in page
    assert "FROM python:3.12\nCMD python -m http.server" in page
    python = docker_web.client.get("/exercises/add-numbers").text
    assert 'data-editor="python" data-file="add_numbers.py"' in python


def test_a_dockerfile_is_graded_through_the_api_and_the_form(docker_web: Web) -> None:
    client = docker_web.client
    failing = client.post("/api/exercises/slim-image/submit", json={"code": "FROM python\n"})
    assert failing.json()["result"]["verdict"] == "failed"
    passing = client.post(
        "/api/exercises/slim-image/submit", json={"files": {"Dockerfile": REFERENCE}}
    )
    result = passing.json()["result"]
    assert result["verdict"] == "passed", result
    assert len(result["tests"]) == 6, "the hidden test ran too"
    response = client.post(
        "/exercises/slim-image/run",
        data={"file": "Dockerfile", "code": REFERENCE, "base": ""},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert "6 of 6 tests passed" in client.get(response.headers["location"]).text


@pytest.mark.browser
def test_codemirror_opens_the_dockerfile_without_python_support(
    tmp_path_factory: pytest.TempPathFactory, chromium: Browser
) -> None:
    from playwright.sync_api import expect

    settings = make_settings(tmp_path_factory.mktemp("live-dockerfile"))
    shutil.copytree(SLIM_IMAGE, settings.content_dir / "exercises" / "slim-image")
    errors: list[str] = []
    with live_server(settings) as live:
        context = chromium.new_context()
        try:
            page = context.new_page()
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(live.url + "/exercises/slim-image")
            editor = page.locator(".cm-content")
            expect(editor).to_contain_text("FROM python:3.12")
            assert editor.get_attribute("data-language") is None, "no Python mode"
            page.goto(live.url + "/exercises/add-numbers")
            expect(page.locator(".cm-content")).to_have_attribute("data-language", "python")
        finally:
            context.close()
    assert errors == []
