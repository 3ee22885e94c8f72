"""``peak`` first checks ``any(...)`` for a reading of the sensor and then takes ``max(...)``
over the readings again.

On a list that is fine. On a one-pass stream the first pass has already used up (part
of) the readings, so ``max`` sees only what is left and may answer wrongly or fail. In
the visible stream the oven's first reading is not its peak, so the visible tests miss
it; the sealed set catches it.
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
    return next((reading for reading in readings if reading[1] > limit), None)


def peak(readings: Iterable[Reading], sensor: str) -> float | None:
    if not any(name == sensor for name, _ in readings):
        return None
    return max(value for name, value in readings if name == sensor)
