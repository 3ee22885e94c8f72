"""``any_above`` and ``all_within`` put a list comprehension inside the call.

``any([...])`` gets the right answer, but only after computing a value for every
reading: it reads the whole stream even when the first reading already answers, and never
answers on an endless one. The visible tests count the readings, so they catch it.
"""

from collections.abc import Iterable

Reading = tuple[str, float]


def total_for(readings: Iterable[Reading], sensor: str) -> float:
    return sum(value for name, value in readings if name == sensor)


def any_above(readings: Iterable[Reading], limit: float) -> bool:
    return any([value > limit for _, value in readings])  # noqa: C419


def all_within(readings: Iterable[Reading], low: float, high: float) -> bool:
    return all([low <= value <= high for _, value in readings])  # noqa: C419


def first_above(readings: Iterable[Reading], limit: float) -> Reading | None:
    return next((reading for reading in readings if reading[1] > limit), None)


def peak(readings: Iterable[Reading], sensor: str) -> float | None:
    return max((value for name, value in readings if name == sensor), default=None)
