"""One-pass questions about a stream of ``(sensor, value)`` readings."""

from collections.abc import Iterable

Reading = tuple[str, float]


def total_for(readings: Iterable[Reading], sensor: str) -> float:
    """The sum of ``sensor``'s values (0 when it has none)."""
    raise NotImplementedError("total_for")


def any_above(readings: Iterable[Reading], limit: float) -> bool:
    """Whether some value is greater than ``limit``."""
    raise NotImplementedError("any_above")


def all_within(readings: Iterable[Reading], low: float, high: float) -> bool:
    """Whether every value is between ``low`` and ``high`` (both included)."""
    raise NotImplementedError("all_within")


def first_above(readings: Iterable[Reading], limit: float) -> Reading | None:
    """The first reading whose value is greater than ``limit``, or None."""
    raise NotImplementedError("first_above")


def peak(readings: Iterable[Reading], sensor: str) -> float | None:
    """The highest value of ``sensor``, or None."""
    raise NotImplementedError("peak")
