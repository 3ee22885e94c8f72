"""The link checker's parts on their own: circuit breaker, Retry-After, cache file, targets."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from pyhero.curriculum import load_curriculum
from pyhero.links import (
    CircuitBreaker,
    Hop,
    LinkCache,
    LinkReport,
    LinkStatus,
    link_targets,
    read_link_health,
    retry_after,
)

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_after_the_threshold_then_lets_one_trial_through() -> None:
    clock = Clock()
    breaker = CircuitBreaker(threshold=2, cooldown=10, clock=clock)
    assert breaker.allow("h")
    breaker.record_failure("h")
    assert breaker.allow("h")
    assert not breaker.is_open("h")
    breaker.record_failure("h")
    assert breaker.is_open("h")
    assert not breaker.allow("h")
    assert breaker.allow("other")  # per host
    clock.now = 10
    assert breaker.allow("h")  # half-open: one trial
    assert not breaker.allow("h")
    breaker.record_failure("h")  # the trial failed: open again for a full cooldown
    clock.now = 19
    assert not breaker.allow("h")
    clock.now = 20
    assert breaker.allow("h")
    breaker.record_success("h")
    assert breaker.allow("h")
    assert breaker.allow("h")
    assert breaker.failures("h") == 0


def test_breaker_rejects_a_zero_threshold() -> None:
    with pytest.raises(ValueError, match="threshold"):
        CircuitBreaker(threshold=0, cooldown=1)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        ("Mon, 07 Dec 2026 12:00:30 GMT", 30.0),
        ("Mon, 07 Dec 2026 11:00:00 GMT", 0.0),  # already past
        ("soon", None),
    ],
)
def test_retry_after_reads_seconds_and_dates(value: str, seconds: float | None) -> None:
    now = datetime(2026, 12, 7, 12, 0, 0, tzinfo=UTC)
    assert retry_after(httpx.Headers({"Retry-After": value}), now) == seconds
    assert retry_after(httpx.Headers(), now) is None


def test_cache_round_trips_through_its_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "links.json"
    cache = LinkCache.load(path)
    when = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    cache.record(
        LinkReport(
            "https://a.example/old",
            LinkStatus.REDIRECTED,
            "200 OK",
            when,
            http_status=200,
            redirects=(Hop("https://a.example/old", 301),),
            final_url="https://a.example/new",
            suggestion="https://a.example/new",
        ),
        etag='"x"',
        validated_url="https://a.example/new",
    )
    cache.record(LinkReport("https://b.example/", LinkStatus.UNKNOWN, "cannot connect", when))
    cache.save()
    assert json.loads(path.read_text("utf-8"))["version"] == 1
    again = LinkCache.load(path)
    assert again.entries == cache.entries
    health = read_link_health(path)
    assert health["https://a.example/old"].suggestion == "https://a.example/new"
    assert health["https://b.example/"].status is LinkStatus.UNKNOWN


@pytest.mark.parametrize("text", ["", "{not json", '{"version": 99, "links": {}}', "[]"])
def test_a_damaged_or_foreign_cache_file_is_an_empty_cache(tmp_path: Path, text: str) -> None:
    path = tmp_path / "links.json"
    path.write_text(text, "utf-8")
    assert LinkCache.load(path).entries == {}
    assert read_link_health(path) == {}


def test_one_damaged_entry_costs_only_that_entry(tmp_path: Path) -> None:
    path = tmp_path / "links.json"
    good = {"status": "ok", "reason": "200 OK", "checked_at": "2026-12-07T09:00:00+00:00"}
    bad = {"status": "splendid", "checked_at": "yesterday"}
    path.write_text(json.dumps({"version": 1, "links": {"u1": good, "u2": bad}}), "utf-8")
    assert set(LinkCache.load(path).entries) == {"u1"}


def test_missing_cache_file_reads_as_nothing(tmp_path: Path) -> None:
    assert read_link_health(tmp_path / "none.json") == {}


def test_targets_of_the_real_curriculum() -> None:
    cur = load_curriculum(ROOT / "content")
    every = link_targets(cur)
    assert len(every) == cur.stats().distinct_urls
    by_url = {t.url: t for t in every}
    shared = by_url["https://redis.io/"]
    assert set(shared.topics) == {"background-tasks", "message-brokers", "celery", "faust"}
    image = by_url["https://www.linkpicture.com/q/pythoninstall.png"]
    assert image.dead
    assert image.replacement == "https://docs.python.org/3/using/windows.html"
    one_section = link_targets(cur, sections=["documentation"])
    assert {t for target in one_section for t in target.topics} == {
        "docstrings",
        "docstring-linting",
        "sphinx-restructuredtext",
        "markdown-docs",
    }
    assert [t.topics for t in link_targets(cur, topics=["mypy"])] == [("mypy",)]
    with pytest.raises(KeyError):
        link_targets(cur, sections=["nowhere"])
