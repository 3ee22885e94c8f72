"""``check_links``: every target checked concurrently, politely per host, into the cache."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from pyhero.links._breaker import CircuitBreaker
from pyhero.links._cache import CachedLink, LinkCache
from pyhero.links._models import CheckOptions, LinkReport, LinkStatus, LinkTarget
from pyhero.links._probe import probe

__all__ = ["check_links"]


def _now() -> datetime:
    return datetime.now(UTC)


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname or ''}:{parts.port or ''}"


def _from_cache(target: LinkTarget, entry: CachedLink) -> LinkReport:
    return LinkReport(
        url=target.url,
        status=entry.status,
        reason=f"{entry.reason} (cached)",
        checked_at=entry.checked_at,
        http_status=entry.http_status,
        redirects=entry.redirects,
        final_url=entry.final_url,
        suggestion=entry.suggestion,
        topics=target.topics,
        cached=True,
    )


class _Run:
    """One checking run: the shared client, semaphores, circuit breaker and cache."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        cache: LinkCache,
        options: CheckOptions,
        now: Callable[[], datetime],
    ) -> None:
        self.client = client
        self.cache = cache
        self.options = options
        self.now = now
        self.slots = asyncio.Semaphore(options.concurrency)
        self.host_slots: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(options.per_host)
        )
        self.breaker = CircuitBreaker(options.breaker_threshold, options.breaker_cooldown)

    async def check(self, target: LinkTarget) -> LinkReport:
        if target.dead is not None and not self.options.recheck_dead:
            return LinkReport(
                url=target.url,
                status=LinkStatus.KNOWN_DEAD,
                reason=target.dead,
                checked_at=self.now(),
                suggestion=target.replacement,
                topics=target.topics,
            )
        entry = self.cache.get(target.url)
        if entry is not None and entry.status.definite and self.options.fresh_for > 0:
            age = (self.now() - entry.checked_at).total_seconds()
            if 0 <= age < self.options.fresh_for:
                return _from_cache(target, entry)
        host = _host(target.url)
        async with self.host_slots[host], self.slots:
            if not self.breaker.allow(host):
                failures = self.breaker.failures(host)
                return LinkReport(
                    url=target.url,
                    status=LinkStatus.UNKNOWN,
                    reason=f"not tried: the host failed {failures} times in a row (circuit open)",
                    checked_at=self.now(),
                    topics=target.topics,
                )
            outcome = await probe(self.client, target.url, entry, self.options, self.now)
        if outcome.reached_host:
            self.breaker.record_success(host)
        else:
            self.breaker.record_failure(host)
        report = replace(outcome.report, topics=target.topics)
        self.cache.record(
            report,
            outcome.etag,
            outcome.last_modified,
            outcome.validated_url,
            get_only=outcome.get_only,
        )
        if report.suggestion is None and report.status is LinkStatus.DEAD:
            report = replace(report, suggestion=target.replacement)
        return report


async def check_links(
    targets: Sequence[LinkTarget],
    cache: LinkCache,
    options: CheckOptions | None = None,
    *,
    on_report: Callable[[LinkReport], None] | None = None,
    now: Callable[[], datetime] = _now,
) -> list[LinkReport]:
    """Check every target; reports come back in the targets' order.

    ``cache`` is updated in memory (the caller saves it); ``on_report`` is called as each
    report is ready, for progress display. Nothing the network does raises: a link that
    cannot be reached is ``unknown``, never ``dead``.
    """
    options = options or CheckOptions()
    timeout = httpx.Timeout(options.timeout)
    limits = httpx.Limits(max_connections=options.concurrency)
    headers = {"User-Agent": options.user_agent, **options.extra_headers}
    async with httpx.AsyncClient(
        timeout=timeout, limits=limits, headers=headers, follow_redirects=False
    ) as client:
        run = _Run(client, cache, options, now)

        async def one(target: LinkTarget) -> LinkReport:
            report = await run.check(target)
            if on_report is not None:
                on_report(report)
            return report

        return list(await asyncio.gather(*(one(t) for t in targets)))
