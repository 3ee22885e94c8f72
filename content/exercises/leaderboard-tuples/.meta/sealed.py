"""Sealed cases for leaderboard-tuples: empty rounds, single players, ties for the top
(at the start, the end and in the middle), all-negative and all-positive scores, zero,
repeated names, long rounds, a score of 0 as the best or the lowest so far (a truthiness
test ``not lowest`` takes it for "nothing found yet"); promotions at every index, observed on
the caller's list."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "leaderboard_tuples"

NAMES = ("ana", "ben", "cleo", "dev", "eve", "finn", "Ana", "zoë", "li")


def _records(rng: random.Random) -> list[tuple[str, int]]:
    size = gen.pick(rng, (0, 1, 2, 3, 5, 8, 30))
    sign = gen.pick(rng, (1, 1, -1))
    if size >= 2 and gen.chance(rng, 0.4):
        scores = gen.with_ties(rng, [sign * rng.randint(1, 100) for _ in range(3)], size)
    else:
        scores = [sign * rng.randint(0, 100) for _ in range(size)]
    if scores and gen.chance(rng, 0.2):
        scores[-1] = max(scores)  # a tie with the last player
    return [(gen.pick(rng, NAMES), score) for score in scores]


# Under every seed: a 0 that is the lowest (or highest) so far and must stay so.
ZERO_SO_FAR = (
    [("ana", 0), ("ben", 5), ("cleo", 3)],
    [("ana", -4), ("ben", 0), ("cleo", -9)],
    [("ana", 0), ("ben", -3), ("cleo", 0)],
    [("ana", 0), ("ben", 0)],
)


def promote_then_read(solution: Any, ranking: list[str], position: int) -> Any:
    """What promote returned and the ranking afterwards."""
    returned = solution.promote(ranking, position)
    return {"returned": returned, "ranking": ranking}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 180 cases per seed."""
    for _ in range(50):
        yield Case.call("top_player", _records(rng), task=1)
    for records in ZERO_SO_FAR:
        yield Case.call("top_player", records, task=1)
    for _ in range(45):
        yield Case.call("score_range", _records(rng), task=2)
    for records in ZERO_SO_FAR:
        yield Case.call("score_range", records, task=2)
    for _ in range(45):
        ranking = gen.shuffled(rng, NAMES)[: rng.randint(1, len(NAMES))]
        position = gen.pick(rng, (0, 1, len(ranking) - 1, rng.randrange(len(ranking))))
        yield Case.probe(promote_then_read, ranking, position, task=3)
    for _ in range(40):
        yield Case.call("split_columns", _records(rng), task=4)
