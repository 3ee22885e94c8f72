"""Monitoring lines from any number of values and tags."""

from typing import Any


def mean(*values: float) -> float | None:
    """The average of ``values``; ``None`` when there are none."""
    raise NotImplementedError("mean")


def tag_text(**tags: object) -> str:
    """``key=value`` pairs joined by commas, in the order given."""
    raise NotImplementedError("tag_text")


def metric_line(name: str, *values: float, **tags: object) -> str:
    """``name[,tags] value value ...``"""
    raise NotImplementedError("metric_line")


def metric_lines(readings: list[tuple[Any, ...]], **tags: Any) -> list[str]:
    """One line per ``(name, value, ...)`` reading, all with the same tags."""
    raise NotImplementedError("metric_lines")
