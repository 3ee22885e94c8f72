"""Sealed cases for multi-loop-workers.

The handler below runs in the learner's worker processes (they inherit this module when
the pool forks). It reports its process, which event loop of that process it ran on, and
how many handlers were running on that loop when it started. A multiprocessing barrier
makes the first handler of every loop wait until every share has started: shares that do
not run at the same time in separate processes end in ``BrokenBarrierError``.
"""

from __future__ import annotations

import asyncio
import inspect
import multiprocessing
import multiprocessing.process
import os
import random
import zlib
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "multi_loop_workers"

MEETING: list[Any] = []
LOOPS: list[asyncio.AbstractEventLoop] = []
ACTIVE: dict[int, int] = {}
FAIL_AT: list[int] = []
KEYS = ("acme", "wayne", "initech", "cyberdyne", "globex", "hooli", "Ünïcode", "", "stark")


async def report(item: Any) -> dict[str, Any]:
    number = item["id"] if isinstance(item, dict) else item
    loop = asyncio.get_running_loop()
    if not any(seen is loop for seen in LOOPS):
        LOOPS.append(loop)
        if MEETING:
            MEETING[0].wait(timeout=8)
    index = next(position for position, seen in enumerate(LOOPS) if seen is loop)
    ACTIVE[index] = ACTIVE.get(index, 0) + 1
    busy = ACTIVE[index]
    await asyncio.sleep(0.005 * (number % 3))
    ACTIVE[index] -= 1
    if number in FAIL_AT:
        raise LookupError(f"item {number} has no price")
    return {"id": number, "pid": os.getpid(), "loop": index, "busy": busy}


def _prepare(parties: int, fail_at: list[int]) -> None:
    LOOPS.clear()
    ACTIVE.clear()
    FAIL_AT[:] = fail_at
    MEETING[:] = [multiprocessing.Barrier(parties)] if parties > 1 else []


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[tuple[int, int], list[int]] = {}
    busiest: dict[tuple[int, int], int] = {}
    for row in rows:
        place = (row["pid"], row["loop"])
        groups.setdefault(place, []).append(row["id"])
        busiest[place] = max(busiest.get(place, 0), row["busy"])
    return {
        "ids": [row["id"] for row in rows],
        "in the calling process": any(row["pid"] == os.getpid() for row in rows),
        "processes": len({row["pid"] for row in rows}),
        "groups per loop": sorted(groups.values()),
        "busiest per loop": sorted(busiest[place] for place in sorted(groups, key=groups.get)),
    }


def _counting_starts(call: Any) -> tuple[Any, int]:
    """``call()`` and how many processes the calling process started meanwhile (any pool:
    every one starts its workers through ``BaseProcess.start``)."""
    started: list[int] = []
    start = multiprocessing.process.BaseProcess.start

    def counted(process: Any) -> None:
        started.append(1)
        start(process)

    multiprocessing.process.BaseProcess.start = counted  # type: ignore[method-assign]
    try:
        return call(), len(started)
    finally:
        multiprocessing.process.BaseProcess.start = start  # type: ignore[method-assign]


def on_cores(solution, count, processes, concurrency):  # type: ignore[no-untyped-def]
    """``run_on_cores(report, range(count), ...)``, summarised, with the number of
    processes started."""
    _prepare(min(processes, count), [])
    try:
        rows, started = _counting_starts(
            lambda: solution.run_on_cores(
                report, list(range(count)), processes=processes, concurrency=concurrency
            )
        )
        return {**_summary(list(rows)), "started": started}
    finally:
        MEETING.clear()


def keyed(solution, keys, processes, concurrency):  # type: ignore[no-untyped-def]
    """``run_keyed`` over items ``{"id": i, "customer": keys[i]}``, summarised."""
    shards = {zlib.crc32(key.encode("utf-8")) % processes for key in keys}
    _prepare(len(shards), [])
    items = [{"id": index, "customer": key} for index, key in enumerate(keys)]
    try:
        rows, started = _counting_starts(
            lambda: solution.run_keyed(
                report,
                items,
                key=itemgetter("customer"),
                processes=processes,
                concurrency=concurrency,
            )
        )
        return {**_summary(list(rows)), "started": started}
    finally:
        MEETING.clear()


def failing(solution, count, fail_at, processes):  # type: ignore[no-untyped-def]
    """A handler raises for the items in ``fail_at``: what reaches the caller."""
    _prepare(1, fail_at)
    try:
        return observe(solution.run_on_cores, report, list(range(count)), processes=processes,
                       message=True)  # fmt: skip
    finally:
        FAIL_AT.clear()


def bad_arguments(solution, function, count, processes, concurrency):  # type: ignore[no-untyped-def]
    """Arguments refused before any process starts, even without items."""
    _prepare(1, [])
    items = [{"id": index, "customer": "acme"} for index in range(count)]
    if function == "run_keyed":
        solution.run_keyed(report, items, key=itemgetter("customer"), processes=processes,
                           concurrency=concurrency)  # fmt: skip
    else:
        solution.run_on_cores(report, items, processes=processes, concurrency=concurrency)


def defaults(solution):  # type: ignore[no-untyped-def]
    """The keyword defaults the instructions give."""
    return {
        name: {
            parameter.name: parameter.default
            for parameter in inspect.signature(getattr(solution, name)).parameters.values()
            if parameter.default is not inspect.Parameter.empty
        }
        for name in ("run_on_cores", "run_keyed")
    }


def cases(rng: random.Random) -> Iterator[Case]:
    """About 60 cases per seed; those that start processes are kept few."""
    for key in KEYS:
        for shards in (1, 2, 3, 4, 7):
            yield Case.call("shard_for", key, shards, task=2)
    for count, processes, concurrency in ((0, 2, 3), (1, 2, 5), (5, 2, 2), (9, 2, 3),
                                          (6, 1, 4), (12, 2, 10), (7, 3, 1)):  # fmt: skip
        yield Case.probe(on_cores, count, processes, concurrency, task=1)
    count = rng.randint(3, 11)
    yield Case.probe(on_cores, count, 2, rng.randint(1, 4), task=1)
    for function, task in (("run_on_cores", 1), ("run_keyed", 2)):
        for count, processes, concurrency, word in ((2, 0, 2, "processes"),
                                                    (2, -1, 2, "processes"),
                                                    (0, 0, 2, "processes"),
                                                    (2, 2, 0, "concurrency"),
                                                    (0, 2, 0, "concurrency")):  # fmt: skip
            yield Case.probe(bad_arguments, function, count, processes, concurrency, task=task,
                             message=word)  # fmt: skip
    yield Case.probe(defaults, task=2)
    yield Case.probe(failing, 6, [4], 2, task=1)
    yield Case.probe(failing, 3, [0], 1, task=1)
    for _ in range(4):
        keys = [gen.pick(rng, KEYS) for _ in range(rng.randint(2, 9))]
        yield Case.probe(keyed, keys, 2, rng.randint(1, 3), task=2)
    yield Case.probe(keyed, ["acme", "initech", "acme"], 2, 2, task=2)
    yield Case.probe(keyed, list(KEYS), 3, 2, task=2)
    # More processes than items: routed by shard_for(key, processes) all the same
    # ("acme" and "initech" share a shard of 2, not of 4); one customer: one process.
    yield Case.probe(keyed, ["acme", "initech"], 4, 2, task=2, group="more processes than items")
    yield Case.probe(keyed, ["wayne"] * 3, 3, 2, task=2, group="more processes than items")
