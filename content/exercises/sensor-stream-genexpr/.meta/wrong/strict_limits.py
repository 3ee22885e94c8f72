"""``all_within`` uses ``low < value < high``, leaving the limits themselves out, and
``any_above`` uses ``>=``.

A reading exactly at a limit is then wrongly out of range, or wrongly above it. The
visible tests check values at the limits.
"""

from collections.abc import Iterable

Reading = tuple[str, float]


def total_for(readings: Iterable[Reading], sensor: str) -> float:
    return sum(value for name, value in readings if name == sensor)


def any_above(readings: Iterable[Reading], limit: float) -> bool:
    return any(value >= limit for _, value in readings)


def all_within(readings: Iterable[Reading], low: float, high: float) -> bool:
    return all(low < value < high for _, value in readings)


def first_above(readings: Iterable[Reading], limit: float) -> Reading | None:
    return next((reading for reading in readings if reading[1] > limit), None)


def peak(readings: Iterable[Reading], sensor: str) -> float | None:
    return max((value for name, value in readings if name == sensor), default=None)
