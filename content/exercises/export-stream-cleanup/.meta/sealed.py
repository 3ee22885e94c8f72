"""Sealed cases for export-stream-cleanup.

The streams are the recorder's tracked generators: the recorder keeps them referenced,
so a generator the learner's code drops without closing is still open when the probe
looks. Every probe looks at fixed points while it holds everything the learner's code
made (``Recorder.snapshot``): when ``first_match``/``collect_until`` returned or raised
(inside the coroutine for async ones, before the event loop's shutdown would close the
stream), and for the limited generators both before and after the consumer closes them
or throws into them. Nothing depends on when the interpreter collects objects: the
runner pauses the cyclic collector and seals the recorder when the probe returns. Every
seed has each way to stop early (``_every_way_to_stop``); the random cases add variety.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe, observe_async
from pyhero.sealed.clock import run
from pyhero.sealed.record import Recorder

SOLUTION = "export_stream_cleanup"


class Poison:
    """An item whose comparison fails, like a row that cannot be decoded."""

    def __eq__(self, other: object) -> bool:
        raise ValueError("row 13 cannot be decoded")

    __hash__ = None  # type: ignore[assignment]


def _predicate(kind: str, value: int) -> Any:
    if kind == "equals":
        return lambda row: row == value
    if kind == "greater":
        return lambda row: row > value
    if kind == "fails at":

        def check(row: int) -> bool:
            if row == value:
                raise LookupError(f"no schema for row {row}")
            return False

        return check
    return lambda row: None


def first_match_probe(solution, items, kind, value):  # type: ignore[no-untyped-def]
    """The rows as ``first_match`` left them when it returned or raised."""
    recorder = Recorder()
    rows = recorder.generator("rows", items)
    outcome = observe(solution.first_match, rows, _predicate(kind, value), message=True)
    return {"outcome": outcome, **recorder.snapshot()}


def limited_probe(solution, items, n, consumer, k):  # type: ignore[no-untyped-def]
    """``consumer``: ``"all"`` takes everything, ``"close"`` takes ``k`` items then closes
    the limited generator, ``"throw"`` takes ``k`` then throws ``KeyError`` into it.

    The rows are seen twice, while the limited generator is still referenced: after the
    ``k`` items (nothing may be closed yet) and after the consumer stopped."""
    recorder = Recorder()
    rows = recorder.generator("rows", items)
    head = solution.limited(rows, n)
    if consumer == "all":
        return {"outcome": observe(list, head, message=True), **recorder.snapshot()}
    taken = observe(lambda: [next(head) for _ in range(k)], message=True)
    before = recorder.snapshot()
    stop = head.close if consumer == "close" else lambda: head.throw(KeyError("consumer gave up"))
    stopped = observe(stop, message=True)
    return {"taken": taken, "before": before, "stopped": stopped, "after": recorder.snapshot()}


def collect_probe(solution, items, stop):  # type: ignore[no-untyped-def]
    """``collect_until`` over a tracked async stream (``"poison"`` items fail to compare),
    seen inside the coroutine, before the event loop's shutdown could close the stream."""
    recorder = Recorder()
    values = [Poison() if item == "poison" else item for item in items]

    async def main() -> dict[str, Any]:
        stream = recorder.async_generator("stream", values)
        outcome = await observe_async(solution.collect_until, stream, stop, message=True)
        return {"outcome": outcome, **recorder.snapshot()}

    return run(main).unwrap()


def alimited_probe(solution, items, n, consumer, k):  # type: ignore[no-untyped-def]
    """Like ``limited_probe``, for ``alimited`` (``aclose``/``athrow``)."""
    recorder = Recorder()

    async def main() -> dict[str, Any]:
        stream = recorder.async_generator("stream", items)
        head = solution.alimited(stream, n)
        if consumer == "all":

            async def drain() -> list[Any]:
                return [item async for item in head]

            return {"outcome": await observe_async(drain, message=True), **recorder.snapshot()}

        async def take() -> list[Any]:
            return [await head.__anext__() for _ in range(k)]

        async def stop() -> None:
            if consumer == "close":
                await head.aclose()
            else:
                await head.athrow(KeyError("consumer gave up"))

        taken = await observe_async(take, message=True)
        before = recorder.snapshot()
        stopped = await observe_async(stop, message=True)
        return {"taken": taken, "before": before, "stopped": stopped, "after": recorder.snapshot()}

    return run(main).unwrap()


def _items(rng: random.Random, low: int = 0) -> list[int]:
    return [rng.randint(0, 20) for _ in range(rng.randint(low, 7))]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed: random ones, then every way to stop early on each seed."""
    for _ in range(30):
        items = _items(rng)
        kind = gen.pick(rng, ("equals", "greater", "fails at", "never"))
        value = gen.pick(rng, items) if items and gen.chance(rng, 0.7) else rng.randint(0, 25)
        yield Case.probe(first_match_probe, items, kind, value, task=1)
    for _ in range(30):
        items = _items(rng)
        n = gen.pick(rng, (0, 1, 2, 3, len(items), len(items) + 1, 10))
        consumer = gen.pick(rng, ("all", "all", "close", "throw"))
        k = rng.randint(0, min(n, len(items))) if consumer != "all" else 0
        yield Case.probe(limited_probe, items, n, consumer, k, task=2)
    for _ in range(25):
        items: list[Any] = _items(rng)
        if items and gen.chance(rng, 0.2):
            items[rng.randrange(len(items))] = "poison"
        stop = gen.pick(rng, items) if items and gen.chance(rng, 0.7) else 99
        if stop == "poison":
            stop = 99
        yield Case.probe(collect_probe, items, stop, task=3)
    for _ in range(30):
        items = _items(rng)
        n = gen.pick(rng, (0, 1, 2, 3, len(items), len(items) + 1))
        consumer = gen.pick(rng, ("all", "all", "close", "throw"))
        k = rng.randint(0, min(n, len(items))) if consumer != "all" else 0
        yield Case.probe(alimited_probe, items, n, consumer, k, task=4)
    yield from _every_way_to_stop(rng)


def _every_way_to_stop(rng: random.Random) -> Iterator[Case]:
    """Each seed: a match first, last and nowhere, a predicate failing first and midway; a
    consumer that closes or throws before the first item, after one, midway and after the
    last allowed one; a failing comparison before and after the stop item."""
    items = list(dict.fromkeys(_items(rng, low=4))) or [7]
    yield Case.probe(first_match_probe, [], "equals", 1, task=1)
    for value in (items[0], items[-1]):
        yield Case.probe(first_match_probe, items, "equals", value, task=1)
    yield Case.probe(first_match_probe, items, "never", 0, task=1)
    for value in (items[0], items[len(items) // 2]):
        yield Case.probe(first_match_probe, items, "fails at", value, task=1)
    count = len(items)
    stops = [(count + 2, 0), (count + 2, 1), (count + 2, count // 2), (count, count),
             (count + 2, count), (2, 2)]  # fmt: skip
    for probe, task in ((limited_probe, 2), (alimited_probe, 4)):
        for consumer in ("close", "throw"):
            for n, k in stops:
                yield Case.probe(probe, items, n, consumer, min(k, count), task=task)
        for n in (0, 1, count, count + 3):
            yield Case.probe(probe, items, n, "all", 0, task=task)
        yield Case.probe(probe, [], 2, "all", 0, task=task)
    poisoned: list[Any] = [*items[:2], "poison", *items[2:]]
    for stop in (poisoned[0], poisoned[-1], 99):
        yield Case.probe(collect_probe, poisoned, stop, task=3)
    yield Case.probe(collect_probe, items, items[0], task=3)
    yield Case.probe(collect_probe, [], 1, task=3)
