"""Sealed cases for threaded-fan-out-pipeline, on real threads.

Orders of completion are forced with events rather than timing: a call waits (at most a
few real seconds, which only a wrong solution ever needs) until a later item's call has
finished, so results that follow completion order instead of input order, or the first
failure in time instead of the earliest by position, show up every time. Everything
observed is what every correct solution does whatever the scheduler: values, which
exception, thread names used, threads left, and invariants (read-ahead bound, no lost or
duplicated count). Races on the counter are provoked with ``stress`` and reported apart. At
most 6 threads run at once: each thread's malloc arena counts against the sandbox's
address-space limit.
"""

from __future__ import annotations

import builtins
import itertools
import random
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe
from pyhero.sealed.stress import run_threads

SOLUTION = "threaded_fan_out_pipeline"

WAIT = 3.0  # real seconds; a correct solution never waits this long
FAILURES = ("ValueError", "KeyError", "TimeoutError", "ZeroDivisionError", "UnicodeError")
WORDS = ("a", "b", "café", "cafe\u0301", "商品", "🙂", "", " ", "x\ty", "10", "9", "1e3")


def _fail(name: str, item: object) -> BaseException:
    error: BaseException = getattr(builtins, name)(f"bad item {item!r}")
    return error


class Calls:
    """A ``func``/``handle`` fake: returns ``("done", item)`` or raises for the items in
    ``failing``; ``after[item]`` names an item whose call must have ended (or, for
    ``("start", x)``, started) first. Logs each call and the thread that made it."""

    def __init__(self, failing: dict[Any, str], after: dict[Any, Any]) -> None:
        self.failing = failing
        self.after = after
        self.lock = threading.Lock()
        self.calls: list[tuple[Any, str]] = []
        self.started: dict[Any, threading.Event] = {}
        self.ended: dict[Any, threading.Event] = {}

    def _event(self, table: dict[Any, threading.Event], item: Any) -> threading.Event:
        with self.lock:
            return table.setdefault(item, threading.Event())

    def __call__(self, item: Any) -> Any:
        with self.lock:
            self.calls.append((item, threading.current_thread().name))
        self._event(self.started, item).set()
        try:
            wait = self.after.get(item)
            if isinstance(wait, tuple) and wait[0] == "start":
                self._event(self.started, wait[1]).wait(WAIT)
            elif wait is not None:
                self._event(self.ended, wait).wait(WAIT)
            if item in self.failing:
                raise _fail(self.failing[item], item)
            return ("done", item)
        finally:
            self._event(self.ended, item).set()

    def threads(self) -> set[str]:
        return {name for _, name in self.calls}


def _chain(items: list[Any]) -> dict[Any, Any]:
    """Each item's call ends only after the next distinct item's call: reverse completion."""
    return dict(itertools.pairwise(dict.fromkeys(items)))


def fan_out(solution, items, max_workers, failing, reverse):  # type: ignore[no-untyped-def]
    calls = Calls(dict(failing), _chain(items) if reverse else {})
    main = threading.current_thread().name
    outcome = observe(solution.fan_out, calls, iter(items), max_workers=max_workers, message=True)
    seen: dict[str, Any] = {"outcome": outcome}
    seen["all calls on pool threads"] = main not in calls.threads()
    seen["at most max_workers threads"] = len(calls.threads()) <= max(max_workers, 1)
    if outcome.returned:
        seen["calls per item"] = sorted(Counter(item for item, _ in calls.calls).values())
    return seen


def settle(solution, items, max_workers, failing, reverse):  # type: ignore[no-untyped-def]
    calls = Calls(dict(failing), _chain(items) if reverse else {})
    outcome = observe(solution.settle, calls, items, max_workers=max_workers, message=True)
    if not outcome.returned:
        return {"outcome": outcome}
    results, errors = outcome.value
    return {
        "results": list(results.items()),
        "errors": [(item, type(error).__name__, str(error)) for item, error in errors.items()],
        "calls": sorted(Counter(repr(item) for item, _ in calls.calls).values()),
        "called with": sorted({repr(item) for item, _ in calls.calls}),
    }


def counter_ops(solution, ops):  # type: ignore[no-untyped-def]
    counter = solution.SafeCounter()
    seen: list[Any] = []
    for op in ops:
        if op[0] == "increment":
            seen.append(observe(counter.increment, *op[1:], message=True))
        elif op[0] == "reset":
            seen.append(observe(counter.reset))
        else:
            seen.append(observe(lambda: counter.value))
    return seen


def counter_race(solution, incrementers, resetters, rounds, amounts):  # type: ignore[no-untyped-def]
    """``incrementers`` threads add ``amounts`` in turn while ``resetters`` threads reset in
    a loop until they are done: no amount is lost or counted twice, and (without resets)
    every increment returns a value nobody else got."""
    counter = solution.SafeCounter()
    running = [incrementers]
    lock = threading.Lock()
    finished = threading.Event()

    def work(index: int) -> tuple[list[int], int]:
        if index >= incrementers:
            taken = 0
            while not finished.is_set():
                taken += counter.reset()
            return [], taken
        returned = [counter.increment(amounts[(index + turn) % len(amounts)])
                    for turn in range(rounds)]  # fmt: skip
        with lock:
            running[0] -= 1
            if running[0] == 0:
                finished.set()
        return returned, 0

    results = run_threads(work, threads=incrementers + resetters)
    total = sum(amounts[(i + t) % len(amounts)] for i in range(incrementers) for t in range(rounds))
    returned = [value for values, _ in results for value in values]
    seen: dict[str, Any] = {"nothing lost": sum(t for _, t in results) + counter.value == total}
    if not resetters:
        seen["returned values distinct"] = len(set(returned)) == len(returned)
        seen["largest returned is the total"] = max(returned) == total
    return seen


def _live_workers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("pipeline-worker-")]


def pipeline(solution, items, workers, maxsize, failing=(), after=(), break_after=None):  # type: ignore[no-untyped-def]
    """``run_pipeline`` over ``items`` (a generator that raises ``OSError`` after
    ``break_after`` items when given): the outcome, what was handled, the threads used
    and left, the read-ahead bound."""
    calls = Calls(dict(failing), {item: tuple(w) if isinstance(w, list) else w
                                  for item, w in after})  # fmt: skip

    def source() -> Iterator[Any]:
        for index, item in enumerate(items):
            if break_after is not None and index == break_after:
                raise OSError("source closed")
            yield item

    outcome = observe(solution.run_pipeline, source(), calls, workers=workers, maxsize=maxsize,
                      message=True)  # fmt: skip
    names = {f"pipeline-worker-{n}" for n in range(workers)}
    return {
        "outcome": outcome,
        "handled": sorted(Counter(repr(item) for item, _ in calls.calls).items()),
        "threads are pipeline workers": calls.threads() <= names,
        "workers left running": _live_workers(),
    }


def pipeline_barrier(solution, workers, count):  # type: ignore[no-untyped-def]
    """The first ``min(workers, count)`` calls meet at a barrier: they must run at once, on
    as many distinct worker threads."""
    parties = min(workers, count)
    barrier = threading.Barrier(parties, timeout=WAIT)
    names: list[str] = []
    lock = threading.Lock()

    def handle(item: int) -> int:
        with lock:
            names.append(threading.current_thread().name)
            first = len(names) <= parties
        if first:
            barrier.wait()
        return item * 3

    outcome = observe(solution.run_pipeline, range(count), handle, workers=workers, maxsize=1)
    first = set(names[:parties])
    return {
        "outcome": outcome,
        "distinct threads of the first calls": len(first),
        "all pipeline workers": first <= {f"pipeline-worker-{n}" for n in range(workers)},
    }


def pipeline_backpressure(solution, workers, maxsize, count):  # type: ignore[no-untyped-def]
    """The first handlers wait (at most ``WAIT`` / 10 s) until the producer has read every
    item, which a bounded queue forbids; how far it ever ran ahead of the handlers."""
    pulled = [0]
    started = [0]
    worst = [0]
    everything_read = threading.Event()
    lock = threading.Lock()

    def source() -> Iterator[int]:
        for item in range(count):
            with lock:
                pulled[0] += 1
                worst[0] = max(worst[0], pulled[0] - started[0])
            if pulled[0] == count:
                everything_read.set()
            yield item

    def handle(item: int) -> int:
        with lock:
            started[0] += 1
        if item < workers:
            everything_read.wait(WAIT / 10)
        return item

    outcome = observe(solution.run_pipeline, source(), handle, workers=workers, maxsize=maxsize)
    bound = maxsize + workers + 1  # queued, in the producer's hand, taken but not started
    return {"outcome": outcome, "read ahead within the bound": worst[0] <= bound}


def bad_sizes(solution, function, **sizes):  # type: ignore[no-untyped-def]
    if function == "pipeline":
        return observe(solution.run_pipeline, [1], str, message=True, **sizes)
    return observe(getattr(solution, function), str, [1], message=True, **sizes)


def _items(rng: random.Random, count: int) -> list[Any]:
    pool: list[Any] = [*WORDS, 0, 1, -7, 2**70, 3.5, ("t", 1), None]
    return [gen.pick(rng, pool) if gen.chance(rng, 0.4) else f"item-{i}" for i in range(count)]


def _failing(rng: random.Random, items: list[Any], chance: float) -> list[tuple[Any, str]]:
    return [(item, gen.pick(rng, FAILURES)) for item in dict.fromkeys(items)
            if gen.chance(rng, chance)]  # fmt: skip


def _fan_out_cases(rng: random.Random) -> Iterator[Case]:
    for function in ("fan_out", "settle"):
        for bad in (0, -2):
            yield Case.probe(bad_sizes, function, max_workers=bad, task=1, group="bad sizes")
    for _ in range(14):
        count = gen.size(rng, large=60)
        reverse = 0 < count <= 6 and gen.chance(rng, 0.6)
        items = _items(rng, count)
        workers = max(len(items), 1) if reverse else rng.randint(1, 6)
        failing = _failing(rng, items, 0.2)
        yield Case.probe(fan_out, items, workers, failing, reverse, task=1)
    for _ in range(14):
        count = gen.size(rng, large=60)
        reverse = 0 < count <= 6 and gen.chance(rng, 0.6)
        items = _items(rng, count)
        if count > 2 and gen.chance(rng, 0.3):
            items.insert(rng.randint(0, count), gen.pick(rng, items))
        workers = max(len(set(map(repr, items))), 1) if reverse else rng.randint(1, 6)
        yield Case.probe(settle, items, workers, _failing(rng, items, 0.3), reverse, task=2)


def _counter_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(6):
        ops: list[tuple[Any, ...]] = []
        for _ in range(rng.randint(1, 10)):
            roll = rng.random()
            if roll < 0.5:
                ops.append(("increment", gen.pick(rng, (1, 2, 5, 10**20))))
            elif roll < 0.6:
                ops.append(("increment",))
            elif roll < 0.75:
                ops.append(("increment", gen.pick(rng, (0, -1, -(10**20)))))
            elif roll < 0.88:
                ops.append(("reset",))
            else:
                ops.append(("value",))
        yield Case.probe(counter_ops, ops, task=3)
    for incrementers, resetters, amounts in (
        (6, 0, [1]),
        (4, 0, [1, 3, 7]),
        (3, 3, [2, 1]),
        (3, 3, [1]),
        (2, 4, [5]),
    ):
        yield Case.probe(counter_race, incrementers, resetters, 20_000, amounts, task=3,
                         stress=True, group="counter race")  # fmt: skip


def _pipeline_cases(rng: random.Random) -> Iterator[Case]:
    for workers, maxsize in ((0, 1), (-1, 4), (2, 0), (1, -5)):
        yield Case.probe(bad_sizes, "pipeline", workers=workers, maxsize=maxsize, task=4,
                         group="bad sizes")  # fmt: skip
    for _ in range(10):
        count = gen.size(rng, large=80)
        items = [f"job-{i}" for i in range(count)]
        failing = _failing(rng, items, 0.15)
        break_after = rng.randint(0, count) if count and gen.chance(rng, 0.3) else None
        yield Case.probe(pipeline, items, rng.randint(1, 6), rng.randint(1, 4), failing,
                         break_after=break_after, task=4)  # fmt: skip
    for _ in range(4):
        # job-0 ends only once job-2 has started: job-1's result is in before job-0's.
        count = rng.randint(3, 12)
        items = [f"job-{i}" for i in range(count)]
        after = [("job-0", ["start", "job-2"])]
        yield Case.probe(pipeline, items, rng.randint(2, 4), rng.randint(1, 3), after=after,
                         task=4, group="completion order")  # fmt: skip
    for _ in range(4):
        # An earlier item fails only after a later one has failed.
        count = rng.randint(4, 12)
        items = [f"job-{i}" for i in range(count)]
        first, second = sorted(rng.sample(range(count), 2))
        failing = [(items[first], gen.pick(rng, FAILURES)), (items[second], "RuntimeError")]
        yield Case.probe(pipeline, items, rng.randint(2, 4), rng.randint(1, 3), failing,
                         after=[(items[first], items[second])], task=4,
                         group="earliest failure")  # fmt: skip
    for workers, count in ((3, 3), (4, 9), (2, 1), (5, 12)):
        yield Case.probe(pipeline_barrier, workers, count, task=4)
    for workers, maxsize in ((1, 1), (2, 3), (3, 2)):
        yield Case.probe(pipeline_backpressure, workers, maxsize, 60, task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 75 cases per seed."""
    yield from _fan_out_cases(rng)
    yield from _counter_cases(rng)
    yield from _pipeline_cases(rng)
