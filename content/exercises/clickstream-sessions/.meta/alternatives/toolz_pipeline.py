"""The same with toolz: ``groupby``, ``frequencies``, ``sliding_window``, and a hand-written
split and reload filter."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import toolz

Event = tuple[str, int, str]


class Session(NamedTuple):
    user: str
    start: int
    end: int
    pages: tuple[str, ...]


def _runs(events: list[Event], gap: int) -> Iterator[list[Event]]:
    run: list[Event] = []
    for event in events:
        if run and event[1] - run[-1][1] > gap:
            yield run
            run = []
        run.append(event)
    if run:
        yield run


def _without_reloads(paths: Iterable[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for path in paths:
        if not kept or kept[-1] != path:
            kept.append(path)
    return tuple(kept)


def sessionize(events: Iterable[Event], gap: int = 1800) -> list[Session]:
    if gap < 0:
        raise ValueError(f"the gap must not be negative, got {gap}")
    sessions = [
        Session(user, run[0][1], run[-1][1], _without_reloads(p for _, _, p in run))
        for user, visits in toolz.groupby(toolz.first, events).items()
        for run in _runs(sorted(visits, key=toolz.second), gap)
    ]
    return sorted(sessions, key=lambda s: (s.start, s.user))


def landing_pages(sessions: Iterable[Session], n: int) -> list[tuple[str, int]]:
    counts = toolz.frequencies(session.pages[0] for session in sessions)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def transitions(sessions: Iterable[Session]) -> dict[tuple[str, str], int]:
    return toolz.frequencies(
        pair for session in sessions for pair in toolz.sliding_window(2, session.pages)
    )
