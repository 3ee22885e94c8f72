"""Sealed cases for export-stream-cleanup.

The streams are the recorder's tracked generators: the recorder keeps them referenced,
so a generator the learner's code drops without closing is still open when the probe
looks (right after the call returns, inside the coroutine for async ones, before the
event loop's shutdown would close it). Consumers stop early, close, throw, and predicates
and comparisons fail.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
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
    recorder = Recorder()
    rows = recorder.generator("rows", items)
    outcome = observe(solution.first_match, rows, _predicate(kind, value), message=True)
    return {"outcome": outcome, "log": recorder.log, "open": recorder.unclosed()}


def limited_probe(solution, items, n, consumer, k):  # type: ignore[no-untyped-def]
    """``consumer``: ``"all"`` takes everything, ``"close"`` takes ``k`` items then closes
    the limited generator, ``"throw"`` takes ``k`` then throws ``KeyError`` into it."""
    recorder = Recorder()
    rows = recorder.generator("rows", items)
    head = solution.limited(rows, n)

    def consume() -> Any:
        if consumer == "all":
            return list(head)
        taken = [next(head) for _ in range(k)]
        if consumer == "close":
            head.close()
            return taken
        head.throw(KeyError("consumer gave up"))
        return taken

    outcome = observe(consume, message=True)
    return {"outcome": outcome, "log": recorder.log, "open": recorder.unclosed()}


def collect_probe(solution, items, stop):  # type: ignore[no-untyped-def]
    """``collect_until`` over a tracked async stream (``"poison"`` items fail to compare)."""
    recorder = Recorder()
    values = [Poison() if item == "poison" else item for item in items]

    async def main() -> dict[str, Any]:
        stream = recorder.async_generator("stream", values)
        try:
            outcome: Any = ("returned", await solution.collect_until(stream, stop))
        except Exception as exc:
            outcome = ("raised", type(exc).__name__, str(exc))
        return {"outcome": outcome, "log": list(recorder.log), "open": recorder.unclosed()}

    return run(main).unwrap()


def alimited_probe(solution, items, n, consumer, k):  # type: ignore[no-untyped-def]
    """Like ``limited_probe``, for ``alimited`` (``aclose``/``athrow``)."""
    recorder = Recorder()

    async def main() -> dict[str, Any]:
        stream = recorder.async_generator("stream", items)
        head = solution.alimited(stream, n)
        try:
            if consumer == "all":
                outcome: Any = ("returned", [item async for item in head])
            else:
                taken = [await head.__anext__() for _ in range(k)]
                if consumer == "close":
                    await head.aclose()
                else:
                    await head.athrow(KeyError("consumer gave up"))
                outcome = ("returned", taken)
        except BaseException as exc:
            outcome = ("raised", type(exc).__name__, str(exc))
        return {"outcome": outcome, "log": list(recorder.log), "open": recorder.unclosed()}

    return run(main).unwrap()


def _items(rng: random.Random) -> list[int]:
    return [rng.randint(0, 20) for _ in range(rng.randint(0, 7))]


def cases(rng: random.Random) -> Iterator[Case]:
    """About 120 cases per seed."""
    for _ in range(30):
        items = _items(rng)
        kind = gen.pick(rng, ("equals", "greater", "fails at", "never"))
        value = gen.pick(rng, items) if items and gen.chance(rng, 0.7) else rng.randint(0, 25)
        yield Case.probe(first_match_probe, items, kind, value, task=1)
    yield Case.probe(first_match_probe, [], "equals", 1, task=1)
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
