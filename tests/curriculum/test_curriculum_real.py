"""The real content under ``content/`` validates, and covers every URL of the reading index."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from curriculum_helpers import requires

from pyhero.curriculum import Curriculum, load_curriculum, review_notices

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


def test_every_page_records_a_review_date_not_in_the_future(real: Curriculum) -> None:
    # staleness is a warning of `pyhero content validate`, not a test that expires
    assert [t.slug for t in real.topics.values() if t.reviewed is None] == []
    assert review_notices(real.topics.values(), date.today(), max_age=timedelta.max) == []


def test_no_level_inversion(real: Curriculum) -> None:
    inversions = [
        (t.slug, p)
        for t in real.topics.values()
        for p in t.prerequisites
        if real.topic(p).level.rank > t.level.rank
    ]
    assert inversions == []


@pytest.mark.parametrize(
    ("topic", "needs", "never"),
    [
        # threads and processes no longer wait for async IO
        ("concurrency", set(), {"asyncio", "contextvars"}),
        ("fork-join-pool-executors", {"concurrency"}, {"asyncio"}),
        ("async-concurrency", {"asyncio", "contextvars", "concurrency"}, set()),
        ("decorators", {"classes-and-objects"}, set()),
        ("asyncio", {"exceptions", "contextlib"}, set()),
        ("structured-logging", {"contextvars", "logging"}, set()),
        ("linq-in-python", {"itertools"}, {"functional-programming-libraries"}),
        ("pytest", {"functions"}, {"unittest"}),
        ("vscode-testing", {"vs-code", "pytest"}, {"unittest"}),
        ("markdown-docs", set(), {"vs-code"}),
        # each distributed framework has its real parents, no chain under celery
        ("celery", {"message-brokers", "background-tasks"}, set()),
        ("faust", {"message-brokers", "asyncio"}, {"celery"}),
        ("airflow", {"background-tasks"}, {"celery"}),
        ("ray", {"concurrency", "pickle"}, {"celery"}),
        ("thespian", {"concurrency"}, {"celery", "ray"}),
    ],
)
def test_prerequisite_edges(real: Curriculum, topic: str, needs: set[str], never: set[str]) -> None:
    assert needs <= set(real.topic(topic).prerequisites)
    assert never.isdisjoint(requires(real, topic))


def test_exercises_sit_after_what_they_use(real: Curriculum) -> None:
    # async-pool-contexts builds an async pool: its topic comes after asyncio
    assert real.exercises["async-pool-contexts"].topic == "asyncio"
    assert "contextlib" in requires(real, "asyncio")
    for slug in ("bounded-concurrent-fetcher", "queue-pipeline-shutdown"):
        assert real.exercises[slug].topic == "async-concurrency"
    assert real.exercises["threaded-fan-out-pipeline"].topic == "concurrency"
    assert "concurrency" in requires(real, real.exercises["request-id-contextvars"].topic)


def test_known_dead_links_stay_marked_with_a_reason(real: Curriculum) -> None:
    dead = {r.url: r for t in real.topics.values() for r in t.resources if r.dead}
    assert set(dead) == {
        "https://www.linkpicture.com/q/pythoninstall.png",
        "https://www.linkpicture.com/view.php?img=LPic63e011b7d882d1226923044",
    }
    assert all("linkpicture.com" in r.dead for r in dead.values() if r.dead)


def test_outdated_pages_have_their_current_page_beside_them(real: Curriculum) -> None:
    superseded = {r.supersedes for t in real.topics.values() for r in t.resources}
    for outdated in (
        "https://pydantic-docs.helpmanual.io/",
        "https://flask.palletsprojects.com/en/2.0.x/",
        "https://docs.sqlalchemy.org/en/14/orm/extensions/mypy.html",
        "https://docs.pytest.org/en/6.2.x/",
        "https://pypi.org/project/pytest-lazy-fixture/",
        "https://www.pydocstyle.org/en/stable/index.html",
        "https://faust.readthedocs.io/en/latest/introduction.html",
        "https://pythonrepo.com/repo/Goldziher-pydantic-factories-python-machine-learning",
    ):
        assert outdated in superseded, outdated


def page_text(cur: Curriculum, slug: str) -> str:
    topic = cur.topic(slug)
    return " ".join([topic.summary, *topic.key_points])


@pytest.mark.parametrize(
    ("slug", "wrong"),
    [
        ("python-installation", "16.10"),
        ("pydantic", "A hypothesis plugin generates data"),
        ("hypothesis", "pydantic ships a hypothesis plugin"),
        ("web-frameworks", "without explicit async IO"),
        ("http-client", "does not support HTTP/2 or configuration from environment variables"),
        ("mypy", "no implicit Optional)"),
        ("itertools", "every (left, right) pair with left <= right"),
    ],
)
def test_corrected_claims_stay_corrected(real: Curriculum, slug: str, wrong: str) -> None:
    assert wrong not in page_text(real, slug)


@pytest.mark.parametrize(
    ("slug", "successor"),
    [
        ("lazy-fixtures", "pytest-lazy-fixtures"),
        ("fake-test-data", "polyfactory"),
        ("faust", "faust-streaming"),
        ("docstring-linting", "Ruff"),
        ("http-client", "trust_env=True"),
    ],
)
def test_pages_teach_the_maintained_choice(real: Curriculum, slug: str, successor: str) -> None:
    assert successor in page_text(real, slug)
