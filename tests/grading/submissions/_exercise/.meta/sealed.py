"""Sealed cases for the hostile suite's adder: integers of every size, floats, negatives."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        yield Case.call("add", rng.randint(-(10**30), 10**30), rng.randint(-1000, 1000))
    for _ in range(10):
        yield Case.call("add", rng.uniform(-1e6, 1e6), rng.uniform(-1, 1))
