"""Monitoring lines from any number of values and tags."""

from typing import Any


def mean(*values: float) -> float | None:
    """The average of ``values``; ``None`` when there are none."""
    if not values:
        return None
    return sum(values) / len(values)


def tag_text(**tags: object) -> str:
    """``key=value`` pairs joined by commas, in the order given."""
    return ",".join(f"{key}={value}" for key, value in tags.items())


def metric_line(name: str, *values: float, **tags: object) -> str:
    """``name[,tags] value value ...``"""
    line = name
    if tags:
        line += "," + tag_text(**tags)
    for value in values:
        line += " " + str(value)
    return line


def metric_lines(readings: list[tuple[Any, ...]], **tags: Any) -> list[str]:
    """One line per ``(name, value, ...)`` reading, all with the same tags."""
    return [metric_line(*reading, **tags) for reading in readings]
