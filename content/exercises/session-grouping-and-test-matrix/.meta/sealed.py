"""Sealed cases for session-grouping-and-test-matrix.

Users whose code-point order is not their case-insensitive or alphabetical order
(``"Zoe"`` < ``"ana"`` < ``"Émile"``), timestamps at 0 and before 1970, pauses of exactly
``gap`` and one second more, simultaneous events, events out of order in every way (time
back, user back, a user coming back later), negative gaps with and without events,
version labels whose text order is not their release order, sizes given unsorted with
duplicates. Dicts are observed as lists of items, so their order counts.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "session_grouping_and_test_matrix"

USERS = ("ana", "Zoe", "bo", "Émile", "zoë", "O'Brien", "user 7", "user10", "user9", "李")
PYTHONS = ("3.9", "3.10", "3.11", "3.12", "3.13", "pypy3.10", "3.14t")
DATABASES = ("sqlite", "postgres", "MySQL", "mariadb", "duckdb", "Oracle")


def _timestamps(rng: random.Random, gap: int) -> list[int]:
    """Sorted timestamps whose pauses are often exactly ``gap``, ``gap + 1`` or 0."""
    now = gen.pick(rng, (0, -86_400, 1_700_000_000, -5, 3))
    times = [now]
    for _ in range(gen.pick(rng, (0, 0, 1, 2, 3, 5, 9))):
        pause = gen.pick(rng, (0, gap, gap, gap + 1, max(gap - 1, 0), 1, 3 * gap + 7, 86_400))
        now += pause
        times.append(now)
    return times


def _events(rng: random.Random, gap: int) -> list[tuple[str, int]]:
    users = sorted(gen.some(rng, USERS, gen.pick(rng, (0, 1, 2, 3, 5))))
    return [(user, time) for user in users for time in _timestamps(rng, gap)]


def _unsorted(rng: random.Random, gap: int) -> list[tuple[str, int]]:
    """Sorted events with one fault: time going back, a user going back, or a user that
    comes back after another one."""
    while True:
        events = _events(rng, gap)
        if len(events) >= 2 and len(set(events)) >= 2:
            break
    fault = gen.pick(rng, ("swap", "time back", "user again"))
    if fault == "swap":
        index = rng.randrange(len(events) - 1)
        while events[index] == events[index + 1]:
            index = rng.randrange(len(events) - 1)
        events[index], events[index + 1] = events[index + 1], events[index]
    elif fault == "time back":
        index = rng.randrange(1, len(events))
        user, time = events[index]
        events.insert(index + 1, (user, time - gen.pick(rng, (1, gap + 1, 10_000))))
    else:
        user, time = events[0]
        events.append((user, time))
    return events


def sessions(solution, events, gap, as_iterator):  # type: ignore[no-untyped-def]
    return solution.sessions(iter(events) if as_iterator else events, gap)


def events_per_user(solution, events):  # type: ignore[no-untyped-def]
    """The counts as ``(user, count)`` pairs, in the dict's order."""
    counts = solution.events_per_user(events)
    return list(counts.items()) if isinstance(counts, dict) else counts


def ci_matrix(solution, pythons, databases, exclude, kind):  # type: ignore[no-untyped-def]
    """``exclude`` given as a set, list or tuple of pairs (``None``: left out)."""
    if kind is None:
        return solution.ci_matrix(pythons, databases)
    pairs = [tuple(pair) for pair in exclude]
    container = {"set": set, "list": list, "tuple": tuple}[kind]
    return solution.ci_matrix(pythons, databases, container(pairs))


def _session_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(45):
        gap = gen.pick(rng, (0, 1, 30, 300, 1800))
        yield Case.probe(sessions, _events(rng, gap), gap, gen.chance(rng, 0.3), task=1)
    group = "sessions: unsorted events"
    for _ in range(15):
        gap = gen.pick(rng, (0, 30, 300))
        events = _unsorted(rng, gap)
        yield Case.probe(sessions, events, gap, gen.chance(rng, 0.3), task=1, group=group,
                         message="sorted")  # fmt: skip
    group = "sessions: negative gap"
    singles = [("Zoe", -3), ("ana", 0), ("bo", 5), ("李", 9)]
    for events in ([], [("ana", 5)], [("ana", 5), ("bo", 6)], singles, _events(rng, 10)):
        gap = gen.pick(rng, (-1, -300))
        yield Case.probe(sessions, events, gap, False, task=1, group=group, message="negative")


def _count_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        events = gen.shuffled(rng, _events(rng, 60))
        yield Case.probe(events_per_user, events, task=2)


def _matrix_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        pythons = gen.some(rng, gen.shuffled(rng, PYTHONS), gen.pick(rng, (0, 1, 2, 3, 5)))
        databases = gen.some(rng, gen.shuffled(rng, DATABASES), gen.pick(rng, (0, 1, 2, 4)))
        pairs = [(p, d) for p in pythons for d in databases]
        exclude = gen.some(rng, pairs, min(len(pairs), rng.randint(0, 3)))
        if gen.chance(rng, 0.3):
            exclude.append((gen.pick(rng, PYTHONS), "db2"))
        kind = gen.pick(rng, (None, "set", "list", "tuple"))
        yield Case.probe(ci_matrix, pythons, databases, exclude, kind, task=3)


def _mix_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        options = gen.some(rng, (1, 2, 3, 4, 6, 8, 10, 16, 32, 64, 128), rng.randint(1, 5))
        sizes = gen.shuffled(rng, options + gen.some(rng, options))
        count = gen.pick(rng, (1, 2, 3, 4, 5))
        chosen = [gen.pick(rng, options) for _ in range(count)]
        capacity = sum(chosen) if gen.chance(rng, 0.85) else sum(chosen) + 1
        yield Case.call("instance_mixes", sizes, count, capacity, task=4)
    yield Case.call("instance_mixes", [], 2, 4, task=4)
    group = "instance_mixes: count below one"
    for count in (0, -1):
        yield Case.call("instance_mixes", [2, 4], count, 4, task=4, group=group)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed."""
    yield from _session_cases(rng)
    yield from _count_cases(rng)
    yield from _matrix_cases(rng)
    yield from _mix_cases(rng)
