"""HTTP around the pages: HEAD, security headers everywhere, favicon, offline API docs."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from pyhero.web._headers import CONTENT_SECURITY_POLICY

from .conftest import HTML_PAGES, Learner, Web

PAGES = [
    *HTML_PAGES,
    "/docs",
    "/openapi.json",
    "/api/curriculum",
    "/api/exercises",
    "/static/style.css",
    "/favicon.ico",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_get_answers_head_with_the_same_headers_and_no_body(
    client: TestClient, path: str
) -> None:
    plain = {"accept-encoding": "identity"}
    got = client.get(path, headers=plain)
    head = client.head(path, headers=plain)
    assert got.status_code == 200
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    if "content-length" in got.headers:
        assert head.headers["content-length"] == got.headers["content-length"]


def test_head_of_the_cached_roadmap_is_200(web: Web) -> None:
    web.client.get("/")  # cached: the next GET / skips routing
    assert web.client.head("/").status_code == 200
    assert web.client.head("/").content == b""


def _assert_secured(response_headers: object, where: str) -> None:
    headers = dict(response_headers)  # type: ignore[call-overload]
    csp = headers.get("content-security-policy", "")
    assert csp == CONTENT_SECURITY_POLICY, where
    assert "frame-ancestors 'none'" in csp
    script = re.search(r"script-src ([^;]*)", csp)
    assert script is not None
    assert script.group(1) == "'self'", where  # no inline script, no other origin
    assert headers.get("x-content-type-options") == "nosniff", where
    assert headers.get("x-frame-options") == "DENY", where
    assert headers.get("referrer-policy") == "same-origin", where


def test_security_headers_are_on_every_response(web: Web, learner: Learner) -> None:
    client = learner.client
    for path in PAGES:
        _assert_secured(client.get(path).headers, path)
    _assert_secured(client.get("/no/such/page").headers, "404")
    _assert_secured(client.post("/api/exercises/add-numbers/submit", json={}).headers, "422")
    evil = {"origin": "https://evil.example", "sec-fetch-site": "cross-site"}
    refused = client.post("/exercises/add-numbers/hints", headers=evil)
    assert refused.status_code == 403
    _assert_secured(refused.headers, "403")
    rebound = client.get("/", headers={"host": "attacker.example"})
    assert rebound.status_code == 400
    _assert_secured(rebound.headers, "400")
    redirect = client.post("/exercises/add-numbers/hints", follow_redirects=False)
    assert redirect.status_code == 303
    _assert_secured(redirect.headers, "303")
    web.client.get("/")
    _assert_secured(web.client.get("/").headers, "hot path")


def test_pages_hold_no_inline_script_or_handler(client: TestClient) -> None:
    for path in ("/", "/topics", "/exercises", "/exercises/add-numbers", "/progress", "/docs"):
        page = client.get(path).text
        for tag in re.findall(r"<script\b[^>]*>", page):
            assert "src=" in tag or 'type="application/json"' in tag, (path, tag)
        assert not re.search(r"\son[a-z]+=", page), path


def test_nothing_loads_from_another_origin(client: TestClient) -> None:
    for path in ("/", "/topics/strings", "/exercises/add-numbers", "/progress", "/docs"):
        page = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', page):
            external = url.startswith(("http:", "https:", "//"))
            assert not external or 'rel="noopener noreferrer"' in page, (path, url)
        assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="(?:https?:)?//', page), path


def test_api_docs_are_served_from_local_files(client: TestClient) -> None:
    page = client.get("/docs").text
    assert '<script src="/static/swagger/swagger-ui-bundle.js"' in page
    assert '<link rel="stylesheet" href="/static/swagger/swagger-ui.css">' in page
    assert 'data-openapi="/openapi.json"' in page
    bundle = client.get("/static/swagger/swagger-ui-bundle.js")
    assert bundle.status_code == 200
    assert "SwaggerUIBundle" in bundle.text
    assert client.get("/static/swagger/swagger-ui.css").status_code == 200
    assert client.get("/static/swagger-init.js").status_code == 200
    assert client.get("/redoc").status_code == 404


def test_favicon(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.headers["content-type"].startswith("image/svg+xml")
    assert icon.content.startswith(b"<svg")
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/progress").text


def test_topic_and_exercise_index_pages(learner: Learner) -> None:
    client = learner.client
    client.post(
        "/api/exercises/add-numbers/submit",
        json={"code": "def add(a, b):\n    return a + b\n"},
    )
    topics = client.get("/topics").text
    assert "<h1>Topics</h1>" in topics
    assert '<a href="#section-foundations">Foundations</a>' in topics
    assert '<li class="topic-row status-done">' in topics
    assert '<a href="/topics/packaging">Packaging</a>' in topics
    exercises = client.get("/exercises").text
    assert "<h1>Exercises</h1>" in exercises
    assert "2 exercises in learning order; 1 done." in exercises
    assert '<a href="/exercises/word-lengths">Word lengths</a>' in exercises
    assert '<a href="/topics/numbers">Numbers and arithmetic</a>' in exercises
    assert 'aria-current="page">Exercises</a>' in exercises
