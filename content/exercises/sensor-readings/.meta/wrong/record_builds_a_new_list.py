"""Records with ``readings = readings + [value]``: that builds a new list and rebinds the
local name only, so the caller's list never grows. The visible tests catch it."""


def latest(readings: list[float]) -> float | None:
    if not readings:
        return None
    return readings[-1]


def previous(readings: list[float]) -> float | None:
    if len(readings) < 2:
        return None
    return readings[-2]


def change(readings: list[float]) -> float | None:
    if len(readings) < 2:
        return None
    return round(readings[-1] - readings[-2], 1)


def record(readings: list[float], value: float) -> None:
    readings = readings + [value]  # noqa: RUF005 (the mistake itself)
