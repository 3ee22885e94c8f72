"""The link checker against a real HTTP server on 127.0.0.1, and offline (a closed port)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pyhero.links import (
    CheckOptions,
    Hop,
    LinkCache,
    LinkReport,
    LinkStatus,
    LinkTarget,
    check_links,
)

from .link_server import ETAG, LAST_MODIFIED, LinkServer, closed_port, link_server

FAST = CheckOptions(timeout=2.0, retries=2, backoff=0.01, max_backoff=0.05, max_retry_after=5)


@pytest.fixture
def server() -> Iterator[LinkServer]:
    with link_server() as running:
        yield running


@pytest.fixture
def cache(tmp_path: Path) -> LinkCache:
    return LinkCache.load(tmp_path / "links.json")


def check(
    urls: Sequence[str | LinkTarget], cache: LinkCache, options: CheckOptions = FAST
) -> list[LinkReport]:
    targets = [u if isinstance(u, LinkTarget) else LinkTarget(u) for u in urls]
    return asyncio.run(check_links(targets, cache, options))


def one(
    server: LinkServer, path: str, cache: LinkCache, options: CheckOptions = FAST
) -> LinkReport:
    (report,) = check([server.url(path)], cache, options)
    return report


def test_ok_is_one_head_request(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/ok", cache)
    assert (report.status, report.http_status, report.reason) == (LinkStatus.OK, 200, "200 OK")
    assert [(s.method, s.path) for s in server.seen] == [("HEAD", "/ok")]
    assert report.suggestion is None
    assert report.redirects == ()


@pytest.mark.parametrize(("path", "code"), [("/missing", 404), ("/gone", 410)])
def test_not_found_and_gone_are_dead(
    server: LinkServer, cache: LinkCache, path: str, code: int
) -> None:
    report = one(server, path, cache)
    assert (report.status, report.http_status) == (LinkStatus.DEAD, code)
    assert report.attempts == 1  # a definite answer is not retried


def test_permanent_redirect_chain_suggests_the_new_url(
    server: LinkServer, cache: LinkCache
) -> None:
    report = one(server, "/chain-1", cache)
    assert report.status is LinkStatus.REDIRECTED
    assert report.redirects == (
        Hop(server.url("/chain-1"), 301),
        Hop(server.url("/chain-2"), 308),
    )
    assert report.final_url == server.url("/ok")
    assert report.suggestion == server.url("/ok")


def test_temporary_redirect_suggests_nothing(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/temporary", cache)
    assert report.status is LinkStatus.REDIRECTED
    assert report.suggestion is None
    # only the permanent part of a chain moves the link
    mixed = one(server, "/moved-then-temporary", cache)
    assert mixed.suggestion == server.url("/temporary")


def test_redirect_to_a_missing_page_is_dead(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/moved-to-missing", cache)
    assert (report.status, report.http_status) == (LinkStatus.DEAD, 404)
    assert report.redirects == (Hop(server.url("/moved-to-missing"), 301),)


def test_redirect_loop_is_dead_and_named(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/loop-a", cache)
    assert report.status is LinkStatus.DEAD
    assert report.reason.startswith("redirect loop: ")
    assert report.reason.count("/loop-a") == 2
    assert len(server.seen) == 2


def test_too_many_redirects(server: LinkServer, cache: LinkCache) -> None:
    tight = CheckOptions(timeout=2.0, retries=0, max_redirects=1)
    report = one(server, "/chain-1", cache, tight)
    assert report.status is LinkStatus.DEAD
    assert report.reason == "more than 1 redirects"


@pytest.mark.parametrize("path", ["/no-head", "/head-forbidden"])
def test_head_refused_falls_back_to_get(server: LinkServer, cache: LinkCache, path: str) -> None:
    report = one(server, path, cache)
    assert report.status is LinkStatus.OK
    assert [s.method for s in server.seen] == ["HEAD", "GET"]


def test_forbidden_even_to_get_is_unknown_not_dead(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/forbidden", cache)
    assert (report.status, report.http_status) == (LinkStatus.UNKNOWN, 403)
    assert "access denied" in report.reason


def test_server_errors_are_retried_until_recovery(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/flaky", cache)
    assert report.status is LinkStatus.OK
    assert report.attempts == 3
    assert server.hits["/flaky"] == 3


def test_a_server_that_keeps_failing_is_unknown(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/broken", cache)
    assert (report.status, report.http_status) == (LinkStatus.UNKNOWN, 500)
    assert report.attempts == 3 == server.hits["/broken"]


def test_retry_after_is_honoured(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/rate-limited", cache)
    assert report.status is LinkStatus.OK
    assert server.hits["/rate-limited"] == 2


def test_retry_after_beyond_the_cap_is_not_waited_for(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/rate-limited-long", cache)
    assert (report.status, report.http_status) == (LinkStatus.UNKNOWN, 429)
    assert "Retry-After 3600 s is beyond the 5 s cap" in report.reason
    assert server.hits["/rate-limited-long"] == 1


def test_slow_answer_times_out_as_unknown(server: LinkServer, cache: LinkCache) -> None:
    slow = CheckOptions(timeout=0.2, retries=1, backoff=0.01)
    report = one(server, "/slow", cache, slow)
    assert report.status is LinkStatus.UNKNOWN
    assert report.reason == "timed out"
    assert report.attempts == 2


def test_connection_reset_is_unknown(server: LinkServer, cache: LinkCache) -> None:
    report = one(server, "/reset", cache)
    assert report.status is LinkStatus.UNKNOWN
    assert report.reason.startswith("connection broken")
    assert report.attempts == 3


def test_offline_every_link_is_unknown_never_dead(cache: LinkCache) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    urls = [f"{base}/{name}" for name in "abcde"]
    options = CheckOptions(timeout=2.0, per_host=1, breaker_threshold=3)
    reports = check(urls, cache, options)
    assert {r.status for r in reports} == {LinkStatus.UNKNOWN}
    reasons = [r.reason for r in reports]
    assert sum(r.startswith("cannot connect") for r in reasons) == 3
    # the circuit opened after three failures: the rest of the host's links were not tried
    assert sum("circuit open" in r for r in reasons) == 2
    assert all(r.attempts <= 1 for r in reports)  # refused connections are not retried


def test_known_dead_links_are_reported_without_a_request(
    server: LinkServer, cache: LinkCache
) -> None:
    target = LinkTarget(
        server.url("/ok"),
        topics=("python-installation",),
        dead="the image host is gone",
        replacement="https://docs.python.org/3/using/windows.html",
    )
    (report,) = check([target], cache)
    assert report.status is LinkStatus.KNOWN_DEAD
    assert (report.reason, report.suggestion) == (
        "the image host is gone",
        "https://docs.python.org/3/using/windows.html",
    )
    assert report.topics == ("python-installation",)
    assert server.seen == []
    assert cache.get(target.url) is None
    recheck = CheckOptions(timeout=2.0, recheck_dead=True)
    (again,) = check([target], cache, recheck)
    assert again.status is LinkStatus.OK  # it came back
    assert len(server.seen) == 1


def test_dead_link_offers_the_content_replacement(server: LinkServer, cache: LinkCache) -> None:
    target = LinkTarget(server.url("/missing"), replacement="https://example.org/new")
    (report,) = check([target], cache)
    assert (report.status, report.suggestion) == (LinkStatus.DEAD, "https://example.org/new")


def test_per_host_limit(server: LinkServer, cache: LinkCache) -> None:
    urls = [server.url(f"/busy?{n}") for n in range(8)]
    options = CheckOptions(timeout=2.0, per_host=2, concurrency=8)
    reports = check(urls, cache, options)
    assert {r.status for r in reports} == {LinkStatus.OK}
    assert 1 <= server.most_in_flight <= 2


def test_second_run_sends_conditional_requests_and_gets_304(
    server: LinkServer, tmp_path: Path
) -> None:
    path = tmp_path / "cache" / "links.json"
    urls = [server.url("/ok"), server.url("/dated"), server.url("/moved")]
    first = LinkCache.load(path)
    check(urls, first)
    first.save()
    assert not any(s.headers.get("If-None-Match") for s in server.seen)
    server.seen.clear()

    second = LinkCache.load(path)  # a new process: the validators come from the file
    reports = check(urls, second)
    assert [r.status for r in reports] == [LinkStatus.OK, LinkStatus.OK, LinkStatus.REDIRECTED]
    assert all(r.cached for r in reports)
    assert all(r.http_status == 304 for r in reports)
    ok_requests = server.requests_to("/ok")
    assert len(ok_requests) == 2  # /ok itself, and the end of /moved's redirect
    assert all(s.headers.get("If-None-Match") == ETAG for s in ok_requests)
    (dated,) = server.requests_to("/dated")
    assert dated.headers.get("If-Modified-Since") == LAST_MODIFIED
    assert reports[2].suggestion == server.url("/ok")


def test_fresh_cached_answers_need_no_request(server: LinkServer, cache: LinkCache) -> None:
    check([server.url("/ok")], cache)
    server.seen.clear()
    fresh = CheckOptions(timeout=2.0, fresh_for=3600)
    (report,) = check([server.url("/ok")], cache, fresh)
    assert (report.status, report.cached) == (LinkStatus.OK, True)
    assert server.seen == []


def test_an_unknown_result_keeps_the_last_known_status(
    server: LinkServer, cache: LinkCache
) -> None:
    url = server.url("/ok")
    check([url], cache)
    known = cache.get(url)
    assert known is not None
    later = datetime(2030, 1, 1, tzinfo=UTC)
    cache.record(LinkReport(url, LinkStatus.UNKNOWN, "cannot connect", later))
    kept = cache.get(url)
    assert kept is not None
    assert (kept.status, kept.checked_at, kept.etag) == (LinkStatus.OK, known.checked_at, ETAG)
    assert (kept.last_attempt_at, kept.last_attempt_reason) == (later, "cannot connect")


def test_a_link_that_refused_head_is_asked_with_get_next_time(
    server: LinkServer, cache: LinkCache
) -> None:
    check([server.url("/no-head")], cache)
    assert [s.method for s in server.seen] == ["HEAD", "GET"]
    server.seen.clear()
    (report,) = check([server.url("/no-head")], cache)
    assert report.status is LinkStatus.OK
    assert [s.method for s in server.seen] == ["GET"]
