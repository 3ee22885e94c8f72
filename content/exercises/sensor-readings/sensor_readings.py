"""Sensor readings: helpers over a list of readings, oldest first."""


def latest(readings: list[float]) -> float | None:
    """Return the last reading, or None when there is none."""
    raise NotImplementedError("latest")


def previous(readings: list[float]) -> float | None:
    """Return the reading before the last one, or None when there are fewer than two."""
    raise NotImplementedError("previous")


def change(readings: list[float]) -> float | None:
    """Return latest minus previous rounded to 1 place, or None with fewer than two."""
    raise NotImplementedError("change")


def record(readings: list[float], value: float) -> None:
    """Append value to readings itself; return nothing."""
    raise NotImplementedError("record")
