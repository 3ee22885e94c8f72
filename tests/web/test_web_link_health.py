"""Topic pages show each resource's last known health (``pyhero content links``' cache)."""

from __future__ import annotations

import shutil
import warnings
from datetime import UTC, datetime
from pathlib import Path

from pyhero.links import CACHE_FILE_NAME, Hop, LinkCache, LinkReport, LinkStatus
from pyhero.web import create_app

from .conftest import FIXTURE_CONTENT, make_settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

NUMBERS = "https://docs.python.org/3/tutorial/introduction.html#numbers"
STRINGS = "https://docs.python.org/3/library/stdtypes.html#text-sequence-type-str"
WHEN = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def content_with_marks(root: Path) -> None:
    """The web fixture content, plus a known-dead link and a current page for strings."""
    shutil.copytree(FIXTURE_CONTENT, root / "content")
    path = root / "content" / "curriculum" / "01-foundations.yaml"
    text = path.read_text("utf-8")
    text = text.replace(
        "        note: the <b>whole</b> method list\n",
        "        note: the <b>whole</b> method list\n"
        "      - url: https://docs.python.org/3/library/string.html\n"
        "        title: string — common string operations\n"
        "        kind: docs\n"
        f"        supersedes: {STRINGS}\n"
        "      - url: https://img.invalid/strings.png\n"
        "        title: A diagram of str methods\n"
        "        kind: image\n"
        "        dead: the image host closed\n"
        "        replacement: https://docs.python.org/3/library/string.html\n",
    )
    path.write_text(text, "utf-8")


def test_topic_pages_flag_dead_moved_and_outdated_links(tmp_path: Path) -> None:
    content_with_marks(tmp_path)
    settings = make_settings(tmp_path)
    cache = LinkCache.load(settings.cache_dir / CACHE_FILE_NAME)
    cache.record(LinkReport(NUMBERS, LinkStatus.DEAD, "404 Not Found", WHEN, http_status=404))
    cache.record(
        LinkReport(
            STRINGS,
            LinkStatus.REDIRECTED,
            "200 OK",
            WHEN,
            http_status=200,
            redirects=(Hop(STRINGS, 301),),
            final_url="https://docs.python.org/3/library/stdtypes.html#str",
            suggestion="https://docs.python.org/3/library/stdtypes.html#str",
        )
    )
    cache.save()
    with TestClient(create_app(settings)) as client:
        numbers = client.get("/topics/numbers").text
        strings = client.get("/topics/strings").text
    assert '<li class="link-dead">' in numbers
    assert "dead (404 Not Found, checked 2026-12-07)" in numbers

    assert "moved (200 OK, checked 2026-12-07)" in strings
    assert 'use instead: <a href="https://docs.python.org/3/library/stdtypes.html#str"' in strings
    assert '<span class="badge link-outdated"' in strings
    assert '<span class="badge link-current">current</span>' in strings
    assert "dead: the image host closed" in strings
    assert 'use instead: <a href="https://docs.python.org/3/library/string.html"' in strings


def test_without_a_cache_only_the_content_marks_show(tmp_path: Path) -> None:
    content_with_marks(tmp_path)
    with TestClient(create_app(make_settings(tmp_path))) as client:
        numbers = client.get("/topics/numbers").text
        strings = client.get("/topics/strings").text
    assert "link-dead" not in numbers
    assert "checked" not in numbers
    assert strings.count('<li class="link-dead">') == 1
    assert "dead: the image host closed" in strings
