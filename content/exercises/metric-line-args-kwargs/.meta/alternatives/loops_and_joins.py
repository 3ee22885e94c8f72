"""Explicit loops: a running total for the mean, a list of pairs for the tags, and the
reading split into its name and the rest with star-unpacking in an assignment."""

from typing import Any


def mean(*values: float) -> float | None:
    total = 0.0
    count = 0
    for value in values:
        total += value
        count += 1
    if count == 0:
        return None
    return total / count


def tag_text(**tags: object) -> str:
    pairs = []
    for key in tags:
        pairs.append(key + "=" + str(tags[key]))
    return ",".join(pairs)


def metric_line(name: str, *values: float, **tags: object) -> str:
    head = f"{name},{tag_text(**tags)}" if tags else name
    return " ".join([head, *map(str, values)])


def metric_lines(readings: list[tuple[Any, ...]], **tags: Any) -> list[str]:
    lines = []
    for reading in readings:
        name, *values = reading
        lines.append(metric_line(name, *values, **tags))
    return lines
