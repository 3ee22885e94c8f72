"""One-pass questions about a stream of ``(sensor, value)`` readings."""

from collections.abc import Iterable

Reading = tuple[str, float]


def total_for(readings: Iterable[Reading], sensor: str) -> float:
    """The sum of ``sensor``'s values (0 when it has none)."""
    return sum(value for name, value in readings if name == sensor)


def any_above(readings: Iterable[Reading], limit: float) -> bool:
    """Whether some value is greater than ``limit``."""
    return any(value > limit for _, value in readings)


def all_within(readings: Iterable[Reading], low: float, high: float) -> bool:
    """Whether every value is between ``low`` and ``high`` (both included)."""
    return all(low <= value <= high for _, value in readings)


def first_above(readings: Iterable[Reading], limit: float) -> Reading | None:
    """The first reading whose value is greater than ``limit``, or None."""
    return next((reading for reading in readings if reading[1] > limit), None)


def peak(readings: Iterable[Reading], sensor: str) -> float | None:
    """The highest value of ``sensor``, or None."""
    return max((value for name, value in readings if name == sensor), default=None)
