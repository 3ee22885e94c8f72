"""Starts and stops the traveller by hand in first_expiry without try/finally: an exception
from is_valid leaves the clock frozen at the destination for the rest of the process. The
visible tests only make read raise in readings_at; the sealed set makes is_valid (and
readings_along's read) raise and checks that the real clock is back.

Drive code that reads the clock through chosen instants with time-machine."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import time_machine

T = TypeVar("T")


def _require_aware(moment: datetime) -> None:
    if not isinstance(moment, datetime) or moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"an aware datetime is required, got {moment!r}")


def _check_step(step: object) -> None:
    if isinstance(step, bool) or not isinstance(step, (timedelta, int, float)):
        raise TypeError(f"a step must be a timedelta or a number of seconds, got {step!r}")


def readings_at(moments: Sequence[datetime], read: Callable[[], T]) -> list[T]:
    moments = list(moments)
    for moment in moments:
        _require_aware(moment)
    results: list[T] = []
    for moment in moments:
        with time_machine.travel(moment, tick=False):
            results.append(read())
    return results


def readings_along(
    start: datetime, steps: Sequence[timedelta | float], read: Callable[[], T]
) -> list[T]:
    _require_aware(start)
    steps = list(steps)
    for step in steps:
        _check_step(step)
    with time_machine.travel(start, tick=False) as traveller:
        results = [read()]
        for step in steps:
            traveller.shift(step)
            results.append(read())
    return results


def first_expiry(
    is_valid: Callable[[], bool], start: datetime, step: timedelta, limit: int
) -> datetime | None:
    _require_aware(start)
    if not isinstance(step, timedelta) or step <= timedelta(0):
        raise ValueError(f"step must be a positive timedelta, got {step!r}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be a non-negative int, got {limit!r}")
    trip = time_machine.travel(start, tick=False)
    traveller = trip.start()
    moves = 0
    while True:
        if not is_valid():
            result = datetime.now(UTC)
            trip.stop()
            return result
        if moves == limit:
            trip.stop()
            return None
        traveller.shift(step)
        moves += 1
