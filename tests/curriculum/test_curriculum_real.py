"""The real content under ``content/`` validates, and covers every URL of the reading index."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyhero.curriculum import Curriculum, load_curriculum

ROOT = Path(__file__).resolve().parents[2]
INDEX_URLS = ROOT / "tests" / "fixtures" / "index_urls.txt"

STDLIB_SLUGS = [
    "builtins",
    "enum",
    "abc",
    "random",
    "datetime",
    "decimal",
    "uuid",
    "re",
    "math",
    "itertools",
    "functools",
    "operator",
    "array",
    "collections-abc",
    "collections",
    "typing",
    "contextlib",
    "dataclasses",
    "asyncio",
    "contextvars",
    "json",
    "pickle",
    "logging",
    "unittest",
    "unittest-mock",
    "secrets",
    "pathlib",
    "ipaddress",
]


@pytest.fixture(scope="module")
def real() -> Curriculum:
    # ContentError's message lists every problem, so a failure here says exactly what to fix.
    return load_curriculum(ROOT / "content")


def test_real_content_validates(real: Curriculum) -> None:
    stats = real.stats()
    assert stats.sections >= 9
    assert stats.topics >= 50
    assert len(real.learning_order()) == stats.topics
    assert len(real.exercise_order()) == stats.exercises


def test_standard_library_topics_use_the_module_slugs(real: Curriculum) -> None:
    assert [slug for slug in STDLIB_SLUGS if slug not in real.topics] == []


def test_every_index_url_is_a_resource(real: Curriculum) -> None:
    urls = [
        line.strip()
        for line in INDEX_URLS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert urls, f"{INDEX_URLS} lists no URL"
    resources = {r.url for t in real.topics.values() for r in t.resources}
    assert [url for url in urls if url not in resources] == []
