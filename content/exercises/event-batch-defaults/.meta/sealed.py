"""Sealed cases for event-batch-defaults: each helper called several times in a row
without its optional argument (a shared default shows up on the second call), given empty
and non-empty lists and dicts (identity observed), and every input checked afterwards for
changes it should not have seen."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "event_batch_defaults"

NAMES = ("signup", "login", "view", "click", "buy", "logout", "café", "页面", "👍", "", " ")


def _events(rng: random.Random) -> list[str]:
    return [gen.pick(rng, NAMES) for _ in range(gen.size(rng, large=40))]


def batches_in_a_row(solution, events):  # type: ignore[no-untyped-def]
    """``add_event`` without a batch, once per event: a copy of each returned batch."""
    return [list(solution.add_event(event)) for event in events]


def into_given_batch(solution, batch, events):  # type: ignore[no-untyped-def]
    """``add_event`` into the caller's batch, once per event."""
    returned_same = [solution.add_event(event, batch) is batch for event in events]
    return {"returned the given batch": returned_same, "batch": batch}


def merges_in_a_row(solution, calls):  # type: ignore[no-untyped-def]
    """Several ``with_defaults`` calls; afterwards every input and DEFAULT_OPTIONS as they are
    now, and whether changing a result changes anything else."""
    results, inputs = [], []
    for options, defaults in calls:
        result = solution.with_defaults(options, defaults)
        results.append(dict(result))
        result["__probe__"] = 1
        inputs.append((options, defaults))
    return {
        "results": results,
        "inputs afterwards": inputs,
        "DEFAULT_OPTIONS afterwards": solution.DEFAULT_OPTIONS,
    }


def tallies_in_a_row(solution, event_lists):  # type: ignore[no-untyped-def]
    """``tally`` without counts, once per list: a copy of each result."""
    return [dict(solution.tally(events)) for events in event_lists]


def into_given_counts(solution, counts, events):  # type: ignore[no-untyped-def]
    result = solution.tally(events, counts)
    return {"returned the given dict": result is counts, "counts": counts}


def _options(rng: random.Random) -> dict[str, object]:
    keys = ("retries", "timeout", "endpoint", "debug", "gzip", "région")
    values = (0, 1, 5, 30, None, True, False, "", "/v2/collect")
    return {key: gen.pick(rng, values) for key in gen.some(rng, keys)}


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(10):
        yield Case.probe(
            batches_in_a_row, [gen.pick(rng, NAMES) for _ in range(rng.randint(2, 5))], task=1
        )
    for _ in range(12):
        batch = [] if gen.chance(rng, 0.5) else _events(rng)
        yield Case.probe(into_given_batch, batch, _events(rng) or ["view"], task=1)
    for _ in range(20):
        calls = []
        for _ in range(rng.randint(2, 4)):
            defaults = None if gen.chance(rng, 0.6) else _options(rng)
            calls.append((_options(rng), defaults))
        yield Case.probe(merges_in_a_row, calls, task=2)
    for _ in range(10):
        lists = [_events(rng) for _ in range(rng.randint(2, 4))]
        yield Case.probe(tallies_in_a_row, lists, task=3)
    for _ in range(12):
        counts = {} if gen.chance(rng, 0.5) else {gen.pick(rng, NAMES): rng.randint(0, 50)}
        yield Case.probe(into_given_counts, counts, _events(rng), task=3)
