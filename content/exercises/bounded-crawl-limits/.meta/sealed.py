"""Sealed cases for bounded-crawl-limits.

Tasks 1 and 2 run on the virtual-time event loop: each fake fetch sleeps a whole number of
eighths of a second, so every take, start, end and cancellation has an exact time, and the
timeline of a correct solution is the same however it is written (list scheduling: item
``k`` starts when the ``k``-th slot frees). A failing fetch ends on an odd sixteenth and a
cancellation comes on one, so that no other fetch finishes in the same instant: what
happens "after the failure" is then decided by the instructions alone.

Task 3 starts a real HTTP server on 127.0.0.1 (each job has its own loopback) that counts
the requests it serves at the same time, and runs the learner's coroutine with
``asyncio.run`` (real time: httpx's timeouts read the loop's clock).
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pyhero.sealed import Case, observe_async
from pyhero.sealed.clock import run

SOLUTION = "bounded_crawl_limits"

EIGHTH = 0.125


class CrawlError(Exception):
    """What a failing fake fetch raises."""


class Timeline:
    """The fake fetch and the lazy source of one probe, with what they saw."""

    def __init__(self, durations: list[int], fail_at: int | None) -> None:
        self.durations = durations
        self.fail_at = fail_at
        self.error = CrawlError(f"page {fail_at} failed")
        self.origin = 0.0
        self.events: dict[int, dict[str, float]] = {}
        self.running: set[int] = set()

    def now(self) -> float:
        return asyncio.get_running_loop().time() - self.origin

    def items(self, kind: str) -> Any:
        indexes = range(len(self.durations))
        if kind == "list":
            return list(indexes)
        if kind == "tuple":
            return tuple(indexes)
        return self._taken(indexes)

    def _taken(self, indexes: range) -> Iterator[int]:
        for index in indexes:
            self.events.setdefault(index, {})["taken"] = self.now()
            yield index

    async def fetch(self, index: int) -> str:
        self.events.setdefault(index, {})["start"] = self.now()
        self.running.add(index)
        try:
            if index == self.fail_at:
                await asyncio.sleep(self.durations[index] * EIGHTH + EIGHTH / 2)
                raise self.error
            await asyncio.sleep(self.durations[index] * EIGHTH)
        except asyncio.CancelledError:
            for _ in range(3):  # a clean-up that takes a few steps, as closing a socket does
                await asyncio.sleep(0)
            self.events[index]["cancelled"] = self.now()
            raise
        finally:
            self.running.discard(index)
        self.events[index]["end"] = self.now()
        return f"page-{index}"

    def summary(self) -> dict[str, Any]:
        peak = 0
        for seen in self.events.values():
            if "start" in seen:
                moment = seen["start"]
                peak = max(peak, sum(_runs_at(other, moment) for other in self.events.values()))
        return {"events": [self.events[index] for index in sorted(self.events)], "peak": peak}


def _runs_at(seen: dict[str, float], moment: float) -> bool:
    if "start" not in seen or seen["start"] > moment:
        return False
    finished = seen.get("end", seen.get("cancelled", float("inf")))
    return finished > moment


def crawl(solution, durations, limit, kind, fail_at):  # type: ignore[no-untyped-def]
    """``bounded_map`` over ``len(durations)`` fake fetches: the outcome, whether the
    exception is the fetch's own, what was still running when it arrived, and the
    timeline of every item (taken, start, end or cancelled, in virtual seconds)."""
    timeline = Timeline(durations, fail_at)

    async def main() -> dict[str, Any]:
        timeline.origin = asyncio.get_running_loop().time()
        outcome = await observe_async(
            solution.bounded_map, timeline.fetch, timeline.items(kind), limit=limit,
            message="limit" if limit < 1 else True,
        )  # fmt: skip
        return {
            "outcome": outcome,
            "the fetch's own exception": outcome.exception is timeline.error,
            "running when it returned": sorted(timeline.running),
            "at": timeline.now(),
            **timeline.summary(),
        }

    return run(main).unwrap()


def cancelled(solution, durations, limit, cancel_after):  # type: ignore[no-untyped-def]
    """The task awaiting ``bounded_map`` is cancelled after ``cancel_after`` sixteenths."""
    timeline = Timeline(durations, None)

    async def main() -> dict[str, Any]:
        timeline.origin = asyncio.get_running_loop().time()
        job = asyncio.ensure_future(
            solution.bounded_map(timeline.fetch, timeline.items("generator"), limit=limit)
        )
        await asyncio.sleep(cancel_after * EIGHTH / 2)
        job.cancel()
        outcome = await observe_async(lambda: job)
        return {
            "outcome": outcome,
            "running when it returned": sorted(timeline.running),
            **timeline.summary(),
        }

    return run(main).unwrap()


class _CountingServer:
    """Serves GET on 127.0.0.1; each request waits (up to 1 s) until ``expected``
    requests are in at once (or all that are left), then 20 ms more."""

    def __init__(self, expected: int, total: int) -> None:
        self.expected = expected
        self.left = total
        self.active = 0
        self.peak = 0
        self.changed = threading.Condition()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def _enough(self) -> bool:
        return self.active >= min(self.expected, self.left)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        counting = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no delayed-ACK wait before each answer

            def do_GET(self) -> None:
                with counting.changed:
                    counting.active += 1
                    counting.peak = max(counting.peak, counting.active)
                    counting.changed.notify_all()
                    counting.changed.wait_for(counting._enough, 1)
                threading.Event().wait(0.02)
                with counting.changed:
                    counting.active -= 1
                    counting.left -= 1
                    counting.changed.notify_all()
                status = 200
                if self.path.startswith("/missing"):
                    status = 404
                elif self.path.startswith("/broken"):
                    status = 500
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def __enter__(self) -> _CountingServer:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def statuses(solution, paths, max_connections):  # type: ignore[no-untyped-def]
    """``fetch_statuses`` against a counting server: the result and the peak of
    requests served at the same time."""
    expected = max(max_connections, 1)
    with _CountingServer(expected, len(paths)) as server:

        async def main() -> Any:
            return await observe_async(
                solution.fetch_statuses, server.url, paths, max_connections=max_connections,
                message="max_connections",
            )  # fmt: skip

        outcome = asyncio.run(main())
    return {"outcome": outcome, "peak": server.peak}


def _durations(rng: random.Random, count: int) -> list[int]:
    return [rng.randint(1, 8) for _ in range(count)]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 50 cases per seed: the virtual ones are cheap, the HTTP ones are few."""
    kinds = ("generator", "list", "tuple")
    for count, limit in ((0, 1), (0, 3), (1, 1), (1, 4), (5, 1), (6, 2), (7, 3), (4, 4),
                         (3, 8), (12, 3), (20, 5)):  # fmt: skip
        yield Case.probe(crawl, _durations(rng, count), limit, rng.choice(kinds), None, task=1)
    for _ in range(12):
        count = rng.randint(2, 25)
        yield Case.probe(crawl, _durations(rng, count), rng.randint(1, 6), "generator", None,
                         task=1)  # fmt: skip
    yield Case.probe(crawl, [8, 1, 1, 1, 1, 1, 1, 1], 2, "generator", None, task=1)
    yield Case.probe(crawl, [1] * 9 + [8], 3, "list", None, task=1)
    for limit in (0, -2):
        yield Case.probe(crawl, [1, 2], limit, "generator", None, task=1, group="bad limit")
    for _ in range(10):
        count = rng.randint(2, 16)
        yield Case.probe(crawl, _durations(rng, count), rng.randint(1, 5), "generator",
                         rng.randrange(count), task=2)  # fmt: skip
    yield Case.probe(crawl, [8, 2, 8, 1, 1, 1], 2, "generator", 1, task=2)
    yield Case.probe(crawl, [1, 1, 1], 3, "list", 2, task=2)
    yield Case.probe(crawl, [3, 3], 1, "generator", 0, task=2)
    for _ in range(5):
        count = rng.randint(3, 16)
        yield Case.probe(cancelled, _durations(rng, count), rng.randint(1, 5),
                         2 * rng.randint(0, 12) + 1, task=2)  # fmt: skip
    for count, max_connections in ((1, 1), (3, 1), (7, 2), (9, 3), (6, 4), (2, 4)):
        paths = [f"/products/{n}" for n in range(count)]
        for index in rng.sample(range(count), rng.randint(0, min(2, count))):
            paths[index] = rng.choice(("/missing/", "/broken/")) + str(index)
        yield Case.probe(statuses, paths, max_connections, task=3)
    yield Case.probe(statuses, ["/a"], 0, task=3, group="bad max_connections")
