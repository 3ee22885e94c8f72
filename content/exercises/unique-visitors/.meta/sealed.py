"""Sealed cases for unique-visitors: empty logs, a single visitor seen many times, logs
where every id is different, ids whose text order differs from their numeric order
("u10" before "u9"), ids differing only by case, and large logs."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "unique_visitors"


def _id(rng: random.Random) -> str:
    prefix = gen.pick(rng, ("u", "u", "U", "user-", ""))
    return prefix + str(gen.pick(rng, (1, 2, 9, 10, 11, 99, 100, rng.randint(0, 500))))


def _visits(rng: random.Random) -> list[str]:
    pool = [_id(rng) for _ in range(gen.pick(rng, (1, 2, 5, 20, 200)))]
    return [gen.pick(rng, pool) for _ in range(gen.size(rng, large=500))]


def add_then_read(solution: Any, visitors: set[str], users: list[str]) -> Any:
    """Add each user in turn; what came back each time and the set afterwards."""
    returned = [solution.add_visitor(visitors, user) for user in users]
    return {"returned": returned, "visitors": visitors}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 170 cases per seed."""
    for _ in range(40):
        yield Case.call("unique_count", _visits(rng), task=1)
    for _ in range(40):
        visitors = set(_visits(rng))
        user = gen.pick(rng, sorted(visitors)) if visitors and gen.chance(rng, 0.5) else _id(rng)
        yield Case.call("has_visited", visitors, user, task=2)
    for _ in range(40):
        visitors = set(_visits(rng))
        users = [_id(rng) for _ in range(rng.randint(1, 4))]
        if visitors and gen.chance(rng, 0.5):
            users.append(gen.pick(rng, sorted(visitors)))
        users.append(users[0])  # the same user twice in a row
        yield Case.probe(add_then_read, visitors, users, task=3)
    for _ in range(40):
        yield Case.call("distinct_sorted", _visits(rng), task=4)
