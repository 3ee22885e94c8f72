"""Lets naive moments through to time-machine.

time-machine takes a naive datetime as UTC, so nothing fails, but the instructions refuse
them: a naive moment in a test usually means the author forgot the zone, and reading it as
UTC hides that. The visible tests catch it (a naive moment in readings_at and readings_along).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import time_machine

__all__ = ["first_expiry", "readings_along", "readings_at"]

T = TypeVar("T")


def _aware(moment: datetime) -> datetime:
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
    results = []
    for moment in moments:
        with time_machine.travel(moment, tick=False):
            results.append(read())
    return results


def readings_along(
    start: datetime, steps: Sequence[timedelta | float], read: Callable[[], T]
) -> list[T]:
    """``read()`` at ``start``, then after each step forward from the previous time."""
    deltas = [_delta(step) for step in steps]
    with time_machine.travel(_aware(start), tick=False) as traveller:
        results = [read()]
        for delta in deltas:
            traveller.shift(delta)
            results.append(read())
    return results


def first_expiry(
    is_valid: Callable[[], bool], start: datetime, step: timedelta, limit: int
) -> datetime | None:
    """The clock's UTC time at the first check where ``is_valid()`` is false."""
    _aware(start)
    if not isinstance(step, timedelta) or step <= timedelta(0):
        raise ValueError(f"step must be a positive timedelta, not {step!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be a non-negative int, not {limit!r}")
    with time_machine.travel(start, tick=False) as traveller:
        for moves in range(limit + 1):
            if moves:
                traveller.shift(step)
            if not is_valid():
                return datetime.now(UTC)
    return None
