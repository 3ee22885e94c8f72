"""Sealed cases for queue-pipeline-shutdown, on the virtual-time event loop.

Handlers take scripted virtual seconds (multiples of 1/16, never zero) and return or raise;
sources are async generators (read at once or with gaps of 1/32 s) or plain async
iterators without ``aclose``. A stop is set by a timer at an odd multiple of 1/128 s, an
instant at which nothing else happens, so how many items were read by then does not depend
on the order in which one instant's callbacks ran. What the pipeline returns is observed
together with how many items were read, whether the source's cleanup ran before
``run_pipeline`` returned (with the cyclic collector paused, so that only the learner's code
can have closed it), the tasks left, the peak of handlers and the read-ahead bound.
"""

from __future__ import annotations

import asyncio
import builtins
import random
from collections.abc import AsyncIterator, Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe, pause_collector
from pyhero.sealed.clock import VirtualClock, run

SOLUTION = "queue_pipeline_shutdown"

SECONDS = (0.0625, 0.125, 0.25, 0.375, 0.5, 1.0)
GAPS = (0.0, 0.0, 0.03125, 0.09375, 0.25)
FAILURES = (
    ("ValueError", "bad item"),
    ("RuntimeError", "db   unavailable"),
    ("ConnectionError", "reset\tby peer"),
    ("UnicodeError", "cannot encode ü"),
)
PAYLOADS = ("order-7", "ünïcode", "", "商品", None, 0, -1, 3.5, ("t", 1), "🙂")


class Watch:
    """What the source and the handler saw: reads, handler starts, the peak, the worst
    read-ahead and how the source's cleanup ran (``None``: not yet)."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.reads = 0
        self.started = 0
        self.active = 0
        self.peak = 0
        self.worst_lead = 0
        self.cleanup: str | None = None

    def reading(self) -> None:
        self.reads += 1
        self.worst_lead = max(self.worst_lead, self.reads - self.started)


async def generator_source(items: list[Any], gap: float, watch: Watch) -> AsyncIterator[Any]:
    how = "exhausted"
    try:
        for item in items:
            watch.reading()
            if gap:
                await asyncio.sleep(gap)
            yield item
    except GeneratorExit:
        how = "closed"
        raise
    finally:
        watch.cleanup = how


class PlainSource:
    """An async iterator with no ``aclose``: nothing to close."""

    def __init__(self, items: list[Any], gap: float, watch: Watch) -> None:
        self._items = iter(items)
        self._gap = gap
        self._watch = watch

    def __aiter__(self) -> PlainSource:
        return self

    async def __anext__(self) -> Any:
        for item in self._items:
            self._watch.reading()
            if self._gap:
                await asyncio.sleep(self._gap)
            return item
        raise StopAsyncIteration


def pipeline(solution, items, script, workers, maxsize, *, gap=0.0, plain=False, stop_at=None):  # type: ignore[no-untyped-def]
    """``run_pipeline`` over ``items``; ``script[i]`` is item i's ``(seconds, outcome)``
    (an outcome is a return value or a failure ``[class name, message]``; equal items
    behave as the first of them). ``stop_at``:
    ``None`` for no stop event, ``-1`` for one set before the start, else when it is set.

    The cyclic collector is paused: a generator that the learner's code leaves suspended in
    a reference cycle is never finalised (and closed by asyncio's finaliser hook) before
    ``run_pipeline`` returns just because the collector happened to run."""
    pause_collector()
    clock = VirtualClock()
    watch = Watch(maxsize)
    behaviour: dict[str, tuple[float, Any]] = {}
    for item, plan in zip(items, script, strict=True):
        behaviour.setdefault(repr(item), plan)

    async def handle(item: Any) -> Any:
        seconds, outcome = behaviour[repr(item)]
        watch.started += 1
        watch.active += 1
        watch.peak = max(watch.peak, watch.active)
        try:
            await asyncio.sleep(seconds)
        finally:
            watch.active -= 1
        if isinstance(outcome, list):
            name, message = outcome
            raise getattr(builtins, name)(message)
        return outcome

    async def main() -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        source = PlainSource(items, gap, watch) if plain else generator_source(items, gap, watch)
        stop = None if stop_at is None else asyncio.Event()
        if stop is not None and stop_at < 0:
            stop.set()
        elif stop is not None:
            loop.call_at(start + stop_at, stop.set)
        report = await solution.run_pipeline(
            source, handle, workers=workers, maxsize=maxsize, stop=stop
        )
        fields = ("results", "errors", "stopped_early")
        return {
            "report": tuple(getattr(report, name, "?") for name in fields),
            "items read": watch.reads,
            "source cleanup at return": "no aclose" if plain else watch.cleanup,
            "tasks left": len(asyncio.all_tasks()) - 1,
            "peak handlers": watch.peak,
            "read ahead at most maxsize + 1": watch.worst_lead <= maxsize + 1,
            "seconds": loop.time() - start,
        }

    return observe(lambda: run(main, clock=clock).unwrap())


def bad_sizes(solution, workers, maxsize):  # type: ignore[no-untyped-def]
    async def source() -> AsyncIterator[int]:
        yield 1

    async def handle(item: int) -> int:
        return item

    word = r"\bworkers\b" if workers < 1 else r"\bmaxsize\b"
    return observe(
        lambda: run(
            solution.run_pipeline(source(), handle, workers=workers, maxsize=maxsize)
        ).unwrap(),
        message=word,
    )


def _items(rng: random.Random, count: int) -> list[Any]:
    """Mostly distinct strings, with repeated payloads of other types, None among them."""
    return [gen.pick(rng, PAYLOADS) if gen.chance(rng, 0.3) else f"item {i}" for i in range(count)]


def _script(rng: random.Random, count: int) -> list[tuple[float, Any]]:
    script: list[tuple[float, Any]] = []
    for i in range(count):
        seconds = gen.pick(rng, SECONDS)
        if gen.chance(rng, 0.2):
            script.append((seconds, list(gen.pick(rng, FAILURES))))
        else:
            script.append((seconds, gen.pick(rng, (i * 2, f"done {i}", None, "ü"))))
    return script


def _stop_at(rng: random.Random) -> float:
    return (2 * rng.randint(0, 200) + 1) / 128


def cases(rng: random.Random) -> Iterator[Case]:
    """About 75 cases per seed."""
    for workers, maxsize in ((0, 1), (-2, 3), (1, 0), (4, -1)):
        yield Case.probe(bad_sizes, workers, maxsize, task=2)
    for _ in range(20):
        count = gen.size(rng, large=60)
        items = _items(rng, count)
        options: dict[str, Any] = {"plain": gen.chance(rng, 0.25)}
        if gen.chance(rng, 0.4):
            options["gap"] = gen.pick(rng, GAPS)
        yield Case.probe(pipeline, items, _script(rng, count), rng.randint(1, 5), rng.randint(1, 4),
                         task=1, **options)  # fmt: skip
    for _ in range(30):
        count = rng.randint(3, 30)
        items = _items(rng, count)
        options = {"plain": gen.chance(rng, 0.25), "stop_at": _stop_at(rng)}
        if gen.chance(rng, 0.4):
            options["gap"] = gen.pick(rng, GAPS)
        yield Case.probe(pipeline, items, _script(rng, count), rng.randint(1, 4), rng.randint(1, 3),
                         task=4, group="stop", **options)  # fmt: skip
    for _ in range(4):
        count = rng.randint(0, 5)
        items = _items(rng, count)
        yield Case.probe(pipeline, items, _script(rng, count), 2, 2, task=4, group="stop",
                         stop_at=-1, plain=gen.chance(rng, 0.5))  # fmt: skip
    count = 300
    items = _items(rng, count)
    yield Case.probe(pipeline, items, _script(rng, count), 7, 5, task=1, group="large",
                     stop_at=_stop_at(rng) + 4)  # fmt: skip
