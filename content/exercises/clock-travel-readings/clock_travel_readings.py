"""Drive code that reads the clock through chosen instants with time-machine."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

T = TypeVar("T")


def readings_at(moments: Sequence[datetime], read: Callable[[], T]) -> list[T]:
    raise NotImplementedError("implement readings_at")


def readings_along(
    start: datetime, steps: Sequence[timedelta | float], read: Callable[[], T]
) -> list[T]:
    raise NotImplementedError("implement readings_along")


def first_expiry(
    is_valid: Callable[[], bool], start: datetime, step: timedelta, limit: int
) -> datetime | None:
    raise NotImplementedError("implement first_expiry")
