"""``pyhero content links`` on a small curriculum whose resources live on a local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from links.link_server import LinkServer, closed_port, link_server
from pyhero.config import get_settings

from .cli_learner import run

SECTION = """\
section:
  slug: web
  title: The web
  summary: Links to check.
topics:
  - slug: fetching
    title: Fetching
    level: beginner
    summary: Pages that answer in different ways.
    resources:
      - url: {base}/ok
        title: A page that is fine
        kind: docs
      - url: {base}/moved
        title: A page that moved for good
        kind: docs
      - url: {base}/missing
        title: A page that is gone
        kind: docs
  - slug: pictures
    title: Pictures
    level: beginner
    summary: A screenshot whose host closed.
    prerequisites: [fetching]
    resources:
      - url: {base}/ok
        title: The same fine page
        kind: docs
      - url: https://img.invalid/shot.png
        title: A screenshot
        kind: image
        dead: the image host closed
        replacement: {base}/ok
"""


def write_content(root: Path, base: str) -> Path:
    content = root / "content"
    (content / "curriculum").mkdir(parents=True)
    (content / "curriculum" / "01-web.yaml").write_text(SECTION.format(base=base), "utf-8")
    return content


@pytest.fixture
def server() -> Iterator[LinkServer]:
    with link_server() as running:
        yield running


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PYHERO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "240")  # one table row per line
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def test_table_lists_what_needs_attention_and_fails_on_dead(server: LinkServer, home: Path) -> None:
    content = write_content(home, server.base)
    result = run("content", "links", str(content), "--retries", "0")
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "dead" in out
    assert "404" in out
    assert "redirected" in out
    assert f"use instead: {server.url('/ok')}" in out
    assert "known-dead" in out
    assert "the image host closed" in out
    assert "4 links: 1 ok, 1 redirected, 1 dead, 1 known-dead." in out
    # progress: plain lines, since the output is not a terminal
    assert "checked 4/4 links" in result.stderr
    # the known-dead link was never fetched; the shared URL was fetched once
    assert server.hits["/ok"] == 2  # /ok itself and the end of /moved
    cached = json.loads((home / "cache" / "links.json").read_text("utf-8"))["links"]
    assert cached[server.url("/missing")]["status"] == "dead"
    assert "https://img.invalid/shot.png" not in cached


def test_json_output_and_a_cheap_second_run(server: LinkServer, home: Path) -> None:
    content = write_content(home, server.base)
    first = run("content", "links", str(content), "--json", "--all")
    assert first.exit_code == 1
    document = json.loads(first.stdout)
    assert document["summary"] == {
        "ok": 1,
        "redirected": 1,
        "dead": 1,
        "known-dead": 1,
        "unknown": 0,
    }
    moved = next(link for link in document["links"] if link["url"].endswith("/moved"))
    assert moved["redirects"] == [{"url": server.url("/moved"), "status": 301}]
    assert moved["suggestion"] == server.url("/ok")
    assert moved["topics"] == ["fetching"]

    second = run("content", "links", str(content), "--json")
    links = {link["url"]: link for link in json.loads(second.stdout)["links"]}
    assert links[server.url("/ok")]["cached"] is True
    assert links[server.url("/ok")]["http_status"] == 304


def test_selection_by_topic(server: LinkServer, home: Path) -> None:
    content = write_content(home, server.base)
    result = run("content", "links", str(content), "--topic", "pictures", "--all")
    assert result.exit_code == 0, result.output
    assert "2 links: 1 ok, 1 known-dead." in result.stdout
    assert server.requests_to("/missing") == []


def test_unknown_topic_or_section_is_a_usage_error(home: Path) -> None:
    content = write_content(home, "http://127.0.0.1:9")
    bad_topic = run("content", "links", str(content), "--topic", "fetchin")
    assert bad_topic.exit_code == 2
    assert "did you mean fetching" in bad_topic.stderr
    bad_section = run("content", "links", str(content), "--section", "nope")
    assert bad_section.exit_code == 2
    assert "no section 'nope'; sections: web" in bad_section.stderr


def test_offline_everything_is_unknown_and_the_exit_status_is_0(home: Path) -> None:
    content = write_content(home, f"http://127.0.0.1:{closed_port()}")
    result = run("content", "links", str(content), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert summary == {"ok": 0, "redirected": 0, "dead": 0, "known-dead": 1, "unknown": 3}


def test_topic_page_shows_the_last_known_health(
    server: LinkServer, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_content(home, server.base)
    monkeypatch.setenv("PYHERO_CONTENT_DIR", str(content))
    get_settings.cache_clear()
    before = run("topic", "fetching")
    assert before.exit_code == 0, before.output
    assert "dead" not in before.stdout  # nothing known yet

    run("content", "links", "--retries", "0")
    after = run("topic", "fetching").stdout
    assert "✗ dead (404 Not Found, checked " in after
    assert "↪ moved (200 OK, checked " in after
    assert f"use instead: {server.url('/ok')}" in after
    pictures = run("topic", "pictures").stdout
    assert "✗ dead: the image host closed" in pictures
    assert f"use instead: {server.url('/ok')}" in pictures
