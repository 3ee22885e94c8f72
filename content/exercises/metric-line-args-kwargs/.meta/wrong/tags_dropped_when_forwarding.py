"""``metric_lines`` spreads each reading but forgets to forward the tags.

``metric_line(*reading)`` produces lines without the host and region, so the database files
every measurement under no host at all. The visible tests catch it.
"""

from typing import Any


def mean(*values: float) -> float | None:
    if not values:
        return None
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
    return [metric_line(*reading) for reading in readings]
