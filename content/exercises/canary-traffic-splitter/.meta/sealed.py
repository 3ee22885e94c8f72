"""Sealed cases for canary-traffic-splitter: every draw comes from a seeded
``random.Random``, so the outputs are compared exactly. On top of the values, the probes
watch the module-level generator (its state must not change), how many stream items are
alive at once while a reservoir is filled (at most ``k`` plus a few in flight; counted after
a full collection whenever the count is over that bound, so that items only garbage in a
reference cycle keeps never count, whenever the collector happens to run), and where the
caller's generator stands afterwards (the next value it gives), which shows how many draws
were made.

Edge inputs: weights that are zero, fractional, negative or all zero in every position,
several problems at once, large counts; user ids that are empty, non-ASCII or differ only
in case; streams shorter than, equal to and far longer than ``k``, as iterators; attempts
past the cap. Attempts stay below 60 (``base * 2**attempt`` overflows floats near 1024) and
the generator's position is not observed for ``k = 0`` (the instructions do not say whether
an empty reservoir still draws)."""

from __future__ import annotations

import gc
import random
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "canary_traffic_splitter"

RELEASES = ("stable", "canary", "beta", "ünïcode", "", "v2.0")


def _watched(call: Callable[[], Any]) -> dict[str, Any]:
    """``call()``'s outcome, and whether the module-level generator kept its state (set
    first to a state no user id can seed, so that a reseeding cannot land on it)."""
    random.seed(0x5EA1ED)
    state = random.getstate()
    outcome = observe(call)
    return {"outcome": outcome, "module generator untouched": random.getstate() == state}


def splitter(solution, weights, seed, ops, *, problem=False):  # type: ignore[no-untyped-def]
    """A ``CanarySplitter`` over ``Random(seed)``, then ``ops`` (``("pick",)`` or
    ``("picks", count)``); each op's outcome and the generator's next value. ``problem``
    is what the constructor's message must mention."""
    rng = random.Random(seed)

    def run() -> dict[str, Any]:
        made = observe(solution.CanarySplitter, dict(weights), rng, message=problem)
        if not made.returned:
            return {"made": made}
        box = made.value
        seen = [observe(box.pick) if op[0] == "pick" else observe(box.picks, op[1])
                for op in ops]  # fmt: skip
        return {"ops": seen, "next draw": rng.random()}

    return _watched(run)


def bucket(solution, user_id, buckets):  # type: ignore[no-untyped-def]
    return _watched(lambda: solution.sticky_bucket(user_id, buckets))


class _Item:
    """A stream item whose liveness is tracked through a weak reference."""

    __slots__ = ("__weakref__", "number")

    def __init__(self, number: int) -> None:
        self.number = number


def reservoir(solution, length, k, seed):  # type: ignore[no-untyped-def]
    """``reservoir_sample`` over a generator of ``length`` fresh objects: the sample's
    numbers, whether at most ``k + 3`` items were ever alive at once, and (for ``k > 0``) the
    generator's next value."""
    rng = random.Random(seed)
    alive: weakref.WeakSet[_Item] = weakref.WeakSet()
    most = [0]
    bound = max(k, 0) + 3

    def stream() -> Iterator[_Item]:
        for number in range(length):
            if len(alive) > bound >= most[0]:
                gc.collect()  # what only a reference cycle keeps is not held: count after
            most[0] = max(most[0], len(alive))
            item = _Item(number)
            alive.add(item)
            yield item
            del item

    def run() -> dict[str, Any]:
        sample = solution.reservoir_sample(stream(), k, rng)
        seen: dict[str, Any] = {"sample": [item.number for item in sample],
                                "bounded memory": most[0] <= bound}  # fmt: skip
        if k > 0:
            seen["next draw"] = rng.random()
        return seen

    return _watched(run)


def jitter(solution, attempt, base, cap, seed, repeats):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    return _watched(lambda: [solution.full_jitter(attempt, base, cap, rng) for _ in range(repeats)])


def _weights(rng: random.Random) -> list[tuple[str, float]]:
    names = gen.some(rng, RELEASES, rng.randint(1, len(RELEASES)))
    values = (0, 1, 5, 95, 0.5, 0.1, 0.3, 1e-9, 10**6, 2.5, 3)
    weights = [(name, gen.pick(rng, values)) for name in gen.shuffled(rng, names)]
    if all(weight == 0 for _, weight in weights):
        weights[-1] = (weights[-1][0], 1)
    return weights


def _bad_weights(rng: random.Random) -> list[tuple[str, float]]:
    roll = rng.random()
    if roll < 0.15:
        return []
    weights = [(name, gen.pick(rng, (0, 1, 2.5))) for name in gen.some(rng, RELEASES, 3)]
    position = rng.randrange(len(weights))
    if roll < 0.6:
        weights[position] = (weights[position][0], gen.pick(rng, (-1, -0.5, -1e-9, -100)))
        if gen.chance(rng, 0.5):  # the sum is zero or negative too
            weights = [(name, min(weight, 0)) for name, weight in weights]
    else:
        weights = [(name, 0) for name, _ in weights]
    return weights


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed, over the four tasks."""
    for _ in range(30):
        ops: list[tuple[Any, ...]] = []
        for _ in range(rng.randint(1, 5)):
            if gen.chance(rng, 0.4):
                ops.append(("pick",))
            else:
                ops.append(("picks", gen.pick(rng, (0, 1, 2, 7, 100, 5000, -1))))
        yield Case.probe(splitter, _weights(rng), rng.randrange(2**32), ops, task=1)
    group = "CanarySplitter: bad weights"
    for weights, problem in (([], "at least one"), ([("a", -1)], "negative"),
                             ([("a", 1), ("b", -1)], "negative"),
                             ([("a", 0)], "more than zero")):  # fmt: skip
        yield Case.probe(splitter, weights, 0, [], task=1, group=group, problem=problem)
    for _ in range(12):
        weights = _bad_weights(rng)
        if not weights:
            problem = "at least one"
        elif any(weight < 0 for _, weight in weights):
            problem = "negative"
        else:
            problem = "more than zero"
        yield Case.probe(splitter, weights, 0, [], task=1, group=group, problem=problem)
    users = ("alice", "Alice", "ALICE", "", "bob", "ünïcode", "用户", "\U0001f600", "a" * 500,
             "user-0001", "user-0010")  # fmt: skip
    for _ in range(25):
        buckets = gen.pick(rng, (1, 2, 10, 100, 1000, 2**31, 7))
        yield Case.probe(bucket, gen.pick(rng, users), buckets, task=2)
    for buckets in (0, -3):
        yield Case.probe(bucket, "alice", buckets, task=2, group="sticky_bucket: no buckets",
                         message="^buckets must be at least 1")  # fmt: skip
    for _ in range(30):
        k = gen.pick(rng, (0, 1, 2, 5, 10, 50))
        length = gen.pick(rng, (0, 1, k, k + 1, k * 3, 200, 2000, rng.randint(0, 500)))
        yield Case.probe(reservoir, length, k, rng.randrange(2**32), task=3)
    yield Case.probe(reservoir, 5, -1, 0, task=3, group="reservoir_sample: negative k")
    for _ in range(20):
        attempt = gen.pick(rng, (0, 1, 2, 5, 10, 30, 59))
        base = gen.pick(rng, (0.1, 0.5, 1, 0.001, 3))
        cap = gen.pick(rng, (1.0, 30, 0.05, 3600, 1e-3))
        yield Case.probe(jitter, attempt, base, cap, rng.randrange(2**32), 5, task=4)
    group = "full_jitter: bad parameters"
    for args in ((-1, 0.1, 1.0), (0, 0, 1.0), (0, -0.1, 1.0), (0, 0.1, 0), (0, 0.1, -5)):
        yield Case.probe(jitter, *args, 0, 1, task=4, group=group)
