"""Sensor readings: helpers over a list of readings, oldest first."""


def latest(readings: list[float]) -> float | None:
    """Return the last reading, or None when there is none."""
    if not readings:
        return None
    return readings[-1]


def previous(readings: list[float]) -> float | None:
    """Return the reading before the last one, or None when there are fewer than two."""
    if len(readings) < 2:
        return None
    return readings[-2]


def change(readings: list[float]) -> float | None:
    """Return latest minus previous rounded to 1 place, or None with fewer than two."""
    if len(readings) < 2:
        return None
    return round(readings[-1] - readings[-2], 1)


def record(readings: list[float], value: float) -> None:
    """Append value to readings itself; return nothing."""
    readings.append(value)
