"""Plain ``for`` loops that return as soon as the answer is known, instead of generator
expressions."""

from collections.abc import Iterable

Reading = tuple[str, float]


def total_for(readings: Iterable[Reading], sensor: str) -> float:
    total = 0.0
    for name, value in readings:
        if name == sensor:
            total += value
    return total


def any_above(readings: Iterable[Reading], limit: float) -> bool:
    for _, value in readings:  # noqa: SIM110 (the loop is the point of this alternative)
        if value > limit:
            return True
    return False


def all_within(readings: Iterable[Reading], low: float, high: float) -> bool:
    for _, value in readings:  # noqa: SIM110
        if value < low or value > high:
            return False
    return True


def first_above(readings: Iterable[Reading], limit: float) -> Reading | None:
    for name, value in readings:
        if value > limit:
            return (name, value)
    return None


def peak(readings: Iterable[Reading], sensor: str) -> float | None:
    best: float | None = None
    for name, value in readings:
        if name == sensor and (best is None or value > best):
            best = value
    return best
