"""Computes positions from the length (``len(readings) - 1``) instead of negative indices,
reuses ``latest`` and ``previous`` in ``change``, and extends the list in place with
``+=``."""


def latest(readings: list[float]) -> float | None:
    count = len(readings)
    if count == 0:
        return None
    return readings[count - 1]


def previous(readings: list[float]) -> float | None:
    count = len(readings)
    if count < 2:
        return None
    return readings[count - 2]


def change(readings: list[float]) -> float | None:
    newest = latest(readings)
    before = previous(readings)
    if newest is None or before is None:
        return None
    return round(newest - before, 1)


def record(readings: list[float], value: float) -> None:
    readings += [value]
