"""Sealed cases for scoreboard-sorting: scores with ties, negatives and zero, n of 0, 1 and
beyond the length; names that differ only in case (the stable order shows), accented and
non-Latin names whose lower case is unambiguous, names of equal length."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "scoreboard_sorting"

# lower() and casefold() agree on every one of these (no ß, no final sigma).
NAMES = ("alice", "Alice", "ALICE", "bob", "Bob", "Zoe", "zoé", "Émile", "émile", "adam",
         "Chloé", "chloe", "Ødegaard", "Ωmega", "Дарья", "李", "O'Neil", "ann-marie", "Ann",
         "ann", "Di", "DJ", "")  # fmt: skip


def keeps_input(solution, function, values, *options):  # type: ignore[no-untyped-def]
    """The result, and whether the caller's list is unchanged afterwards."""
    given = list(values)
    result = getattr(solution, function)(given, *options)
    return {"result": result, "input unchanged": given == values}


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        scores = [gen.integer(rng, -50, 100) for _ in range(gen.size(rng, large=60))]
        if len(scores) >= 2 and gen.chance(rng, 0.5):
            scores = gen.with_ties(rng, scores, len(scores))
        if gen.chance(rng, 0.3):
            yield Case.probe(keeps_input, "top_scores", scores, task=1, group="top_scores")
        else:
            n = gen.pick(rng, (0, 1, 2, 3, 5, len(scores), len(scores) + 1))
            yield Case.probe(keeps_input, "top_scores", scores, n, task=1, group="top_scores")
    for _ in range(30):
        names = [gen.pick(rng, NAMES) for _ in range(gen.size(rng, large=40))]
        yield Case.probe(keeps_input, "sort_players", names, task=2, group="sort_players")
    for _ in range(30):
        names = [gen.pick(rng, NAMES) for _ in range(gen.size(rng, large=40))]
        yield Case.probe(keeps_input, "longest_name", names, task=3, group="longest_name")
