"""Indexes without checking the length first: ``latest([])`` raises ``IndexError``, and so
does ``previous`` of a single reading (index -2 of a one-item list does not exist). The
visible tests catch it."""


def latest(readings: list[float]) -> float | None:
    return readings[-1]


def previous(readings: list[float]) -> float | None:
    return readings[-2]


def change(readings: list[float]) -> float | None:
    if len(readings) < 2:
        return None
    return round(readings[-1] - readings[-2], 1)


def record(readings: list[float], value: float) -> None:
    readings.append(value)
