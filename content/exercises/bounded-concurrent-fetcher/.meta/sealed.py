"""Sealed cases for bounded-concurrent-fetcher, on the virtual-time event loop.

Every fake fetch sleeps a scripted number of virtual seconds (binary fractions, never equal
to the timeout, so no fetch ends in the same instant its timeout fires), then returns a body
or raises. The timeline of starts, ends and cancellations is observed sorted by time, so
the order in which one instant's events ran (which the event loop does not promise) is not
observed, while everything the instructions fix is: the limit, a free slot taken at once,
urls starting in input order, timeouts counted from the start of each fetch. Cancellations
happen at odd multiples of 1/32 s, when no fetch starts or ends. Mirrors finishing in the
same event-loop step are released by one callback in an order where the later mirror
finishes first.
"""

from __future__ import annotations

import asyncio
import builtins
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe, observe_async
from pyhero.sealed.clock import VirtualClock, run

SOLUTION = "bounded_concurrent_fetcher"

DURATIONS = (0.0625, 0.125, 0.25, 0.375, 0.5, 0.625, 0.875, 1.0, 1.25, 1.75, 2.5)
TIMEOUTS = (0.5, 1.0, 1.5, 3.0)
#: Exceptions whose ``str()`` is their message (a KeyError's is quoted: left out).
FAILURES = (
    ("ConnectionError", "reset by peer"),
    ("ConnectionResetError", "[Errno 104] Connection reset"),
    ("OSError", "down"),
    ("ValueError", "bad gzip stream: ü"),
    ("RuntimeError", "HTTP 503 \t Service  Unavailable"),
    ("LookupError", "no such product: 商品/7"),
)
PATHS = ("/p", "/api/items", "/café", "/商品", "/a b", "/x?page=2", "/%E2%9C%93", "/🙂")

Script = dict[str, tuple[float | None, Any]]


class UpstreamError(Exception):
    """A non-built-in failure: reported by its class name."""


def _exception(failure: tuple[str, str]) -> Exception:
    name, message = failure
    if name == "UpstreamError":
        return UpstreamError(message)
    exception: Exception = getattr(builtins, name)(message)
    return exception


class Web:
    """Scripted fetches: ``url -> (seconds or None to hang, "ok" / body / failure)``; logs
    ``(time, what, url)`` relative to ``start`` and counts the fetches running."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.start = asyncio.get_running_loop().time()
        self.events: list[tuple[float, str, str]] = []
        self.active = 0
        self.peak = 0

    def log(self, what: str, url: str) -> None:
        self.events.append((asyncio.get_running_loop().time() - self.start, what, url))

    async def fetch(self, url: str) -> str:
        seconds, outcome = self.script[url]
        self.log("start", url)
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            if seconds is None:
                await asyncio.Event().wait()
            else:
                await asyncio.sleep(seconds)
        except asyncio.CancelledError:
            self.log("cancelled", url)
            raise
        finally:
            self.active -= 1
        self.log("end", url)
        if isinstance(outcome, tuple):
            raise _exception(outcome)
        return str(outcome)


def _results(results: object) -> object:
    """Each result's four fields (whatever the class holds besides)."""
    if not isinstance(results, list):
        return results
    return [tuple(getattr(r, f, "?") for f in ("url", "ok", "body", "error")) for r in results]


def fetch_all(solution, urls, script, limit, timeout):  # type: ignore[no-untyped-def]
    """``fetch_all`` to the end: the results, the sorted timeline, the peak of fetches."""
    clock = VirtualClock()

    async def main() -> dict[str, Any]:
        web = Web(script)
        results = await solution.fetch_all(urls, web.fetch, limit=limit, timeout=timeout)
        return {
            "results": _results(results),
            "timeline": sorted(web.events),
            "peak": web.peak,
            "running after": web.active,
            "seconds": asyncio.get_running_loop().time() - web.start,
        }

    return observe(lambda: run(main, clock=clock).unwrap(), message=r"\b(limit|timeout)\b")


def bad_arguments(solution, limit, timeout):  # type: ignore[no-untyped-def]
    """Invalid ``limit`` or ``timeout``: the error (mentioning which) and whether any fetch
    started."""
    started: list[str] = []

    async def fetch(url: str) -> str:
        started.append(url)
        return "body"

    async def main() -> None:
        await solution.fetch_all(["/a", "/b"], fetch, limit=limit, timeout=timeout)

    outcome = observe(lambda: run(main).unwrap(), message=r"\blimit\b" if limit < 1 else "timeout")
    return {"outcome": outcome, "started": started}


def cancelled_midway(solution, urls, script, limit, timeout, cancel_at):  # type: ignore[no-untyped-def]
    """The task running ``fetch_all`` is cancelled at ``cancel_at``: what the caller gets,
    and the whole timeline, 10 s past the cancel (nothing may start or end after it)."""
    clock = VirtualClock()

    async def main() -> dict[str, Any]:
        web = Web(script)
        job = asyncio.create_task(solution.fetch_all(urls, web.fetch, limit=limit, timeout=timeout))
        asyncio.get_running_loop().call_at(web.start + cancel_at, job.cancel)
        outcome = await observe_async(lambda: job)
        await asyncio.sleep(10)
        return {
            "caller got": outcome,
            "timeline": sorted(web.events),
            "running at the end": web.active,
        }

    return observe(lambda: run(main, clock=clock).unwrap())


class Mirrors:
    """Each mirror waits for a future released at its scripted time; mirrors released at
    one time are resolved by a single callback, in ``order``, so they finish in the same
    event-loop step."""

    def __init__(self, script: Script, groups: list[tuple[float, list[str]]]) -> None:
        self.script = script
        loop = asyncio.get_running_loop()
        self.start = loop.time()
        self.futures: dict[str, asyncio.Future[None]] = {}
        self.started: list[str] = []
        self.cancelled: list[str] = []
        self.active = 0
        for at, order in groups:
            loop.call_at(self.start + at, self.release, order)

    def release(self, order: list[str]) -> None:
        for url in order:
            future = self.futures.get(url)
            if future is not None and not future.done():
                future.set_result(None)

    async def fetch(self, url: str) -> str:
        self.started.append(url)
        self.futures[url] = asyncio.get_running_loop().create_future()
        self.active += 1
        try:
            await self.futures[url]
        except asyncio.CancelledError:
            self.cancelled.append(url)
            raise
        finally:
            self.active -= 1
        outcome = self.script[url][1]
        if isinstance(outcome, tuple):
            raise _exception(outcome)
        return str(outcome)


def first_success(solution, urls, script, groups, timeout):  # type: ignore[no-untyped-def]
    """The race: the body or ``AllFailedError`` (message and ``errors`` in order), when it
    returned, which mirrors were cancelled and how many were still running."""
    clock = VirtualClock()

    async def main() -> dict[str, Any]:
        mirrors = Mirrors(script, groups)
        outcome = await observe_async(
            solution.first_success, urls, mirrors.fetch, timeout=timeout,
            errors=("AllFailedError",), message=True,
        )  # fmt: skip
        errors = getattr(outcome.exception, "errors", None)
        return {
            "outcome": outcome,
            "errors": list(errors.items()) if isinstance(errors, dict) else None,
            "at": asyncio.get_running_loop().time() - mirrors.start,
            "started": sorted(mirrors.started),
            "cancelled": sorted(mirrors.cancelled),
            "running at return": mirrors.active,
        }

    return observe(lambda: run(main, clock=clock).unwrap())


def no_mirrors(solution):  # type: ignore[no-untyped-def]
    async def fetch(url: str) -> str:
        return url

    return observe(lambda: run(solution.first_success([], fetch, timeout=1)).unwrap(),
                   message="mirror")  # fmt: skip


def _urls(rng: random.Random, count: int) -> list[str]:
    """``count`` urls, some of them repeated, unicode and odd characters among them."""
    distinct = [f"{gen.pick(rng, PATHS)}/{i}" for i in range(max(1, count * 3 // 4))]
    return [gen.pick(rng, distinct) if gen.chance(rng, 0.25) else distinct[i % len(distinct)]
            for i in range(count)]  # fmt: skip


def _outcome(rng: random.Random, url: str) -> Any:
    if gen.chance(rng, 0.3):
        name, message = gen.pick(rng, (*FAILURES, ("UpstreamError", "HTTP 502")))
        return (name, message)
    return gen.pick(rng, (f"body of {url}", "", "ünïcode ✓", "  spaced\tbody  "))


def _script(rng: random.Random, urls: list[str], timeout: float) -> Script:
    """Durations never equal to ``timeout``; some hang, some outlast the timeout."""
    script: Script = {}
    for url in dict.fromkeys(urls):
        roll = rng.random()
        if roll < 0.1:
            seconds: float | None = None
        elif roll < 0.25:
            seconds = timeout + gen.pick(rng, (0.0625, 0.5, 2.0))
        else:
            seconds = gen.pick(rng, [d for d in DURATIONS if d != timeout])
        script[url] = (seconds, _outcome(rng, url))
    return script


def _queued_timeouts(rng: random.Random) -> tuple[list[str], Script, int, float]:
    """Fetches each shorter than the timeout, but more than the limit of them, so that a
    timeout counted from the moment a url is queued would fire."""
    timeout = gen.pick(rng, (0.5, 1.0))
    limit = rng.randint(1, 3)
    urls = [f"/queued/{i}" for i in range(limit * rng.randint(3, 5))]
    script: Script = {url: (timeout - 0.125 * rng.randint(1, 2), f"ok {url}") for url in urls}
    return urls, script, limit, timeout


def _cases_fetch_all(rng: random.Random) -> Iterator[Case]:
    for limit, timeout in ((0, 1.0), (-3, 1.0), (1, 0.0), (2, -0.5), (4, 0)):
        yield Case.probe(bad_arguments, limit, timeout, task=1)
    yield Case.probe(fetch_all, [], {}, 1, 1.0, task=1)
    for _ in range(25):
        count = gen.size(rng, large=40)
        urls = _urls(rng, count) if count else []
        timeout = gen.pick(rng, TIMEOUTS)
        limit = gen.pick(rng, (1, 1, 2, 3, 4, 8, max(1, count)))
        yield Case.probe(fetch_all, urls, _script(rng, urls, timeout), limit, timeout, task=1)
    for _ in range(8):
        urls, script, limit, timeout = _queued_timeouts(rng)
        yield Case.probe(fetch_all, urls, script, limit, timeout, task=1, group="queued timeouts")
    urls = _urls(rng, 300)
    yield Case.probe(fetch_all, urls, _script(rng, urls, 1.5), rng.randint(5, 17), 1.5, task=1,
                     group="large")  # fmt: skip


def _cases_cancel(rng: random.Random) -> Iterator[Case]:
    for _ in range(15):
        urls = _urls(rng, rng.randint(3, 12))
        timeout = gen.pick(rng, TIMEOUTS)
        script = _script(rng, urls, timeout)
        cancel_at = (2 * rng.randint(0, 20) + 1) / 32
        limit = rng.randint(1, 4)
        yield Case.probe(cancelled_midway, urls, script, limit, timeout, cancel_at, task=2)


def _race(rng: random.Random) -> tuple[list[str], Script, list[tuple[float, list[str]]], float]:
    """Mirrors released in groups; a group's callback finishes later mirrors first."""
    timeout = gen.pick(rng, TIMEOUTS)
    urls = [f"https://mirror-{i}.example/fw.bin" for i in range(rng.randint(1, 6))]
    times = gen.some(rng, [t for t in (0.125, 0.25, 0.5, 0.75, 1.25) if t != timeout], 2)
    script: Script = {}
    by_time: dict[float, list[str]] = {}
    for url in urls:
        if gen.chance(rng, 0.15):
            script[url] = (None, "never")
            continue
        at = gen.pick(rng, times) if gen.chance(rng, 0.6) else timeout + 0.5
        failure = gen.chance(rng, 0.4)
        script[url] = (at, gen.pick(rng, FAILURES) if failure else f"firmware from {url}")
        by_time.setdefault(at, []).append(url)
    groups = [(at, order[::-1] if gen.chance(rng, 0.7) else gen.shuffled(rng, order))
              for at, order in sorted(by_time.items())]  # fmt: skip
    return urls, script, groups, timeout


def _cases_first_success(rng: random.Random) -> Iterator[Case]:
    yield Case.probe(no_mirrors, task=3)
    for _ in range(30):
        urls, script, groups, timeout = _race(rng)
        yield Case.probe(first_success, urls, script, groups, timeout, task=3)
    # Every mirror fails, finishing in the reverse of their order.
    for count in (2, 3, 5):
        urls = [f"/m{i}" for i in range(count)]
        script: Script = {url: (0.25 * (count - i), gen.pick(rng, FAILURES))
                          for i, url in enumerate(urls)}  # fmt: skip
        groups = [(at, [url]) for url, (at, _) in script.items() if at is not None]
        yield Case.probe(first_success, urls, script, groups, 0.5 * count, task=3,
                         group="all fail")  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    yield from _cases_fetch_all(rng)
    yield from _cases_cancel(rng)
    yield from _cases_first_success(rng)
