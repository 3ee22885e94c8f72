"""Confuses "the second to last" with "the second": ``readings[1]``. With two readings it
is the same value, so only longer lists show it. The visible tests catch it (and the change
is computed from it, so it is wrong too)."""


def latest(readings: list[float]) -> float | None:
    if not readings:
        return None
    return readings[-1]


def previous(readings: list[float]) -> float | None:
    if len(readings) < 2:
        return None
    return readings[1]


def change(readings: list[float]) -> float | None:
    if len(readings) < 2:
        return None
    return round(readings[-1] - readings[1], 1)


def record(readings: list[float], value: float) -> None:
    readings.append(value)
