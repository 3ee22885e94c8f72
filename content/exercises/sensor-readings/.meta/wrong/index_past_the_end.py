"""Takes the last reading with ``readings[len(readings)]``, one position past the end
(the last index is ``len(readings) - 1``), which raises ``IndexError``. The visible tests
catch it."""


def latest(readings: list[float]) -> float | None:
    if not readings:
        return None
    return readings[len(readings)]


def previous(readings: list[float]) -> float | None:
    if len(readings) < 2:
        return None
    return readings[len(readings) - 1]


def change(readings: list[float]) -> float | None:
    if len(readings) < 2:
        return None
    return round(readings[-1] - readings[-2], 1)


def record(readings: list[float], value: float) -> None:
    readings.append(value)
