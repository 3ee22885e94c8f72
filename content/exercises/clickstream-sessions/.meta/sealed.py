"""Sealed cases for clickstream-sessions: shuffled page views of a few users with pauses
near the gap (equal to it, one second over), many views in the same second, reloads and
returns to a page, unicode paths whose string order differs from their look, gaps of 0 and
negative; landing pages and transitions over generated sessions with ties in the counts."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "clickstream_sessions"

USERS = ("ann", "bo", "Ann", "zoë", "u-10", "u-9")
PATHS = ("/", "/cart", "/shoes", "/Shoes", "/sale", "/é", "/z", "/a b", "/10", "/9")


def _events(rng: random.Random, gap: int) -> list[tuple[str, int, str]]:
    events = []
    for user in gen.some(rng, USERS, rng.randint(1, 4)):
        moment = rng.randrange(0, 5000)
        for _ in range(rng.randint(1, 12)):
            events.append((user, moment, gen.pick(rng, PATHS)))
            step = gen.pick(rng, (0, 0, 1, gap, gap, gap + 1, gap // 2, 3 * gap + 7))
            moment += step
    return gen.shuffled(rng, events)


def as_pages(solution, events, gap):  # type: ignore[no-untyped-def]
    """The sessions as plain lists (user, start, end, pages); ``gap=None``: the default."""
    found = solution.sessionize(events) if gap is None else solution.sessionize(events, gap)
    return [list(session) for session in found]


def _session(rng: random.Random) -> Any:
    pages = [gen.pick(rng, PATHS[:6]) for _ in range(rng.randint(1, 5))]
    collapsed = [page for i, page in enumerate(pages) if i == 0 or pages[i - 1] != page]
    return (gen.pick(rng, USERS), 0, 0, tuple(collapsed))


def landing(solution, sessions, n):  # type: ignore[no-untyped-def]
    """``landing_pages`` over sessions built from plain tuples."""
    return solution.landing_pages([solution.Session(*s) for s in sessions], n)


def pairs(solution, sessions):  # type: ignore[no-untyped-def]
    """``transitions`` over sessions built from plain tuples, as sorted pairs and counts."""
    counts = solution.transitions([solution.Session(*s) for s in sessions])
    return sorted((list(pair), count) for pair, count in counts.items())


def cases(rng: random.Random) -> Iterator[Case]:
    """About 60 cases over the three tasks."""
    for _ in range(25):
        gap = gen.pick(rng, (None, 1800, 60, 1, 0))
        yield Case.probe(as_pages, _events(rng, 1800 if gap is None else max(gap, 1)), gap, task=1)
    yield Case.probe(as_pages, [], 1800, task=1)
    yield Case.probe(as_pages, [("ann", 0, "/")], -1, task=1)
    for _ in range(15):
        sessions = [_session(rng) for _ in range(rng.randint(0, 14))]
        yield Case.probe(landing, sessions, gen.pick(rng, (0, 1, 2, 3, 10)), task=2)
    for _ in range(15):
        sessions = [_session(rng) for _ in range(rng.randint(0, 8))]
        yield Case.probe(pairs, sessions, task=3)
