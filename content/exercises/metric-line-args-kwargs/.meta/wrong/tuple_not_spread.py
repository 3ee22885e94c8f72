"""``metric_lines`` passes each reading tuple as one argument: ``metric_line(reading, **tags)``.

Without the ``*`` the whole tuple becomes the name, and ``name + ","`` fails with a
``TypeError`` (or the line starts with ``('cpu', 0.5)``). The visible tests catch it.
"""

from typing import Any


def mean(*values: float) -> float | None:
    if not values:
        return None
    return sum(values) / len(values)


def tag_text(**tags: object) -> str:
    return ",".join(f"{key}={value}" for key, value in tags.items())


def metric_line(name: str, *values: float, **tags: object) -> str:
    line = str(name)
    if tags:
        line += "," + tag_text(**tags)
    for value in values:
        line += " " + str(value)
    return line


def metric_lines(readings: list[tuple[Any, ...]], **tags: Any) -> list[str]:
    return [metric_line(reading, **tags) for reading in readings]  # type: ignore[arg-type]
