"""``tag_text`` sorts the tags by key "to make the output stable".

``**tags`` already keeps the order of the call, and the instructions ask for that order.
The visible tests pass tags out of alphabetical order, so they catch it.
"""

from typing import Any


def mean(*values: float) -> float | None:
    if len(values) == 0:
        return None
    return sum(values) / len(values)


def tag_text(**tags: object) -> str:
    return ",".join(f"{key}={tags[key]}" for key in sorted(tags))


def metric_line(name: str, *values: float, **tags: object) -> str:
    parts = [name + ("," + tag_text(**tags) if tags else "")]
    parts.extend(str(value) for value in values)
    return " ".join(parts)


def metric_lines(readings: list[tuple[Any, ...]], **tags: Any) -> list[str]:
    return [metric_line(*reading, **tags) for reading in readings]
