"""One travel per call, moved with ``move_to`` to positions computed up front in UTC
(elapsed time, whatever daylight-saving changes the start's zone has)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import time_machine

__all__ = ["first_expiry", "readings_along", "readings_at"]

T = TypeVar("T")


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment!r} is naive: give it a time zone")
    return moment


def _delta(step: timedelta | float) -> timedelta:
    if isinstance(step, timedelta):
        return step
    if isinstance(step, bool) or not isinstance(step, int | float):
        raise TypeError(f"a step is a timedelta or seconds, not {step!r}")
    return timedelta(seconds=step)


def readings_at(moments: Sequence[datetime], read: Callable[[], T]) -> list[T]:
    """``read()`` with the clock stopped at each moment, in order."""
    for moment in moments:
        _aware(moment)
    if not moments:
        return []
    results = []
    with time_machine.travel(moments[0], tick=False) as traveller:
        for moment in moments:
            traveller.move_to(moment)
            results.append(read())
    return results


def readings_along(
    start: datetime, steps: Sequence[timedelta | float], read: Callable[[], T]
) -> list[T]:
    """``read()`` at ``start``, then after each step forward from the previous time."""
    deltas = [_delta(step) for step in steps]
    zone = _aware(start).tzinfo
    positions = [start.astimezone(UTC)]
    for delta in deltas:
        positions.append(positions[-1] + delta)  # elapsed time: UTC arithmetic
    return readings_at([position.astimezone(zone) for position in positions], read)


def first_expiry(
    is_valid: Callable[[], bool], start: datetime, step: timedelta, limit: int
) -> datetime | None:
    """The clock's UTC time at the first check where ``is_valid()`` is false."""
    _aware(start)
    if not isinstance(step, timedelta) or step <= timedelta(0):
        raise ValueError(f"step must be a positive timedelta, not {step!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be a non-negative int, not {limit!r}")
    checked = 0
    with time_machine.travel(start, tick=False) as traveller:
        while is_valid():
            if checked == limit:
                return None
            checked += 1
            traveller.move_to((start.astimezone(UTC) + step * checked).astimezone(start.tzinfo))
        return datetime.now(UTC).astimezone(UTC)
