"""Sealed cases for request-counter-scope: request sequences shorter and longer than three
(paths with unicode and repeats), resets in the middle, several counters and rate limiters
used in an interleaved order, limits of 0 and 1, negative starts."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "request_counter_scope"

PATHS = ("/", "/login", "/cart", "/pay", "/api/v1/users", "/café", "/search?q=ü", "/", "")


def requests(solution, script):  # type: ignore[no-untyped-def]
    """From a fresh module state, run ``script`` (paths, and ``None`` for a reset); after each
    step, what it returned and what the module's variables hold."""
    solution.request_count = 0
    solution.recent_paths = []
    seen = []
    for path in script:
        returned = solution.reset() if path is None else solution.record_request(path)
        seen.append((returned, solution.request_count, list(solution.recent_paths)))
    return seen


def counters(solution, starts, order):  # type: ignore[no-untyped-def]
    """Counters from ``starts`` (``None``: the default), called in ``order``."""
    made = [solution.make_counter() if start is None else solution.make_counter(start)
            for start in starts]  # fmt: skip
    before = solution.request_count
    calls = [made[index]() for index in order]
    return {"calls": calls, "request_count unchanged": solution.request_count == before}


def limiters(solution, limits, order):  # type: ignore[no-untyped-def]
    """Rate limiters with ``limits``, called in ``order``."""
    made = [solution.make_rate_limiter(limit) for limit in limits]
    return [made[index]() for index in order]


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        script = [gen.pick(rng, PATHS) for _ in range(gen.size(rng, large=30))]
        yield Case.probe(requests, script, task=1)
    for _ in range(15):
        script = [gen.pick(rng, PATHS) for _ in range(rng.randint(0, 8))]
        for _ in range(rng.randint(1, 3)):
            script.insert(rng.randint(0, len(script)), None)
        script.append(gen.pick(rng, PATHS))
        yield Case.probe(requests, script, task=2)
    for _ in range(20):
        starts = [gen.pick(rng, (None, 0, 1, -5, 100, 10**12)) for _ in range(rng.randint(1, 3))]
        order = [rng.randrange(len(starts)) for _ in range(rng.randint(1, 15))]
        yield Case.probe(counters, starts, order, task=3)
    for _ in range(20):
        limits = [gen.pick(rng, (0, 1, 2, 3, 5)) for _ in range(rng.randint(1, 3))]
        order = [rng.randrange(len(limits)) for _ in range(rng.randint(1, 15))]
        yield Case.probe(limiters, limits, order, task=4)
