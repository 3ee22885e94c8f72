"""Sealed cases for category-breadcrumbs-recursion: the first attempts and long runs of
retries with several bases; random category forests with deep chains (a few hundred
levels), several roots, names with spaces and unicode, queries at every level."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "category_breadcrumbs_recursion"


def _forest(rng: random.Random) -> dict[str, str | None]:
    """Categories in a forest; each new one hangs under an earlier one or is a root."""
    count = gen.pick(rng, (1, 2, 5, 12, 40, 300))
    parents: dict[str, str | None] = {}
    names: list[str] = []
    deep = gen.chance(rng, 0.3)
    for index in range(count):
        name = f"{gen.word(rng, max_length=5)} {index}"
        if not names or gen.chance(rng, 0.15):
            parents[name] = None
        elif deep:
            parents[name] = names[-1]
        else:
            parents[name] = gen.pick(rng, names)
        names.append(name)
    order = gen.shuffled(rng, names)
    return {name: parents[name] for name in order}


def cases(rng: random.Random) -> Iterator[Case]:
    for attempt in (1, 2, 3, 10):
        yield Case.call("backoff_delay", attempt, task=1)
    for _ in range(20):
        base = gen.pick(rng, (1.0, 0.5, 0.1, 2.0, 0.25, 3.0, 1e-3))
        yield Case.call("backoff_delay", rng.randint(1, 40), base, task=1)
    for function, task in (("depth", 2), ("breadcrumb", 3)):
        for _ in range(12):
            parents = _forest(rng)
            for name in gen.some(rng, list(parents), min(4, len(parents))):
                yield Case.call(function, name, parents, task=task)
