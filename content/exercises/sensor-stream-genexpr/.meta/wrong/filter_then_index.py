"""``first_above`` builds the list of every matching reading and returns its first item.

It reads the whole stream to answer a question the first match settles, and raises
``IndexError`` when nothing matches. The visible tests catch it.
"""

from collections.abc import Iterable

Reading = tuple[str, float]


def total_for(readings: Iterable[Reading], sensor: str) -> float:
    return sum(value for name, value in readings if name == sensor)


def any_above(readings: Iterable[Reading], limit: float) -> bool:
    return any(value > limit for _, value in readings)


def all_within(readings: Iterable[Reading], low: float, high: float) -> bool:
    return all(low <= value <= high for _, value in readings)


def first_above(readings: Iterable[Reading], limit: float) -> Reading | None:
    return [reading for reading in readings if reading[1] > limit][0]  # noqa: RUF015


def peak(readings: Iterable[Reading], sensor: str) -> float | None:
    return max((value for name, value in readings if name == sensor), default=None)
