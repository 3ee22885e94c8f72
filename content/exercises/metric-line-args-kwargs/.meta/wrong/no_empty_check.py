"""``mean`` divides by ``len(values)`` without checking for no values.

``mean()`` raises ``ZeroDivisionError`` instead of returning ``None``: the empty case was
forgotten. The visible tests catch it.
"""

from typing import Any


def mean(*values: float) -> float | None:
    return sum(values) / len(values)


def tag_text(**tags: object) -> str:
    return ",".join(f"{key}={value}" for key, value in tags.items())


def metric_line(name: str, *values: float, **tags: object) -> str:
    line = name
    if tags:
        line += "," + tag_text(**tags)
    for value in values:
        line += " " + str(value)
    return line


def metric_lines(readings: list[tuple[Any, ...]], **tags: Any) -> list[str]:
    return [metric_line(*reading, **tags) for reading in readings]
