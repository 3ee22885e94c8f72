"""``__add__`` mirrors ``__radd__`` and returns the duration itself for the int ``0``, so
``duration + 0`` gives the duration where the instructions want a ``TypeError`` (only
``sum()``'s start, on the left, is the exception).

The visible tests never add a number on the right and pass; the sealed set catches it."""

from __future__ import annotations

import functools


@functools.total_ordering
class Duration:
    """A non-negative span of time, stored as an ``int`` number of milliseconds."""

    __slots__ = ("_ms",)

    def __init__(self, ms: int) -> None:
        if isinstance(ms, bool) or not isinstance(ms, int):
            raise TypeError(f"milliseconds must be an int, got {type(ms).__name__}")
        if ms < 0:
            raise ValueError(f"a duration cannot be negative, got {ms} ms")
        self._ms = ms

    @property
    def ms(self) -> int:
        return self._ms

    def __repr__(self) -> str:
        return f"Duration(ms={self._ms})"

    def __str__(self) -> str:
        seconds, millis = divmod(self._ms, 1000)
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return f"{hours}h{minutes:02d}m{seconds:02d}.{millis:03d}s"
        if minutes:
            return f"{minutes}m{seconds:02d}.{millis:03d}s"
        return f"{seconds}.{millis:03d}s"

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        if spec == "ms":
            return f"{self._ms}ms"
        if spec == "s":
            seconds, millis = divmod(self._ms, 1000)
            return f"{seconds}.{millis:03d}s"
        raise ValueError(f"unknown format spec {spec!r} for Duration")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Duration):
            return NotImplemented
        return self._ms == other._ms

    def __hash__(self) -> int:
        return hash(self._ms)

    def __lt__(self, other: Duration) -> bool:
        if not isinstance(other, Duration):
            return NotImplemented
        return self._ms < other._ms

    def __bool__(self) -> bool:
        return self._ms > 0

    def __add__(self, other: Duration) -> Duration:
        if type(other) is int and other == 0:  # symmetric with __radd__
            return self
        if not isinstance(other, Duration):
            return NotImplemented
        return Duration(self._ms + other._ms)

    def __radd__(self, other: int) -> Duration:
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Duration) -> Duration:
        if not isinstance(other, Duration):
            return NotImplemented
        if other._ms > self._ms:
            raise ValueError(f"cannot subtract {other!r} from the shorter {self!r}")
        return Duration(self._ms - other._ms)

    def __mul__(self, factor: int) -> Duration:
        if isinstance(factor, bool) or not isinstance(factor, int):
            return NotImplemented
        return Duration(self._ms * factor)

    __rmul__ = __mul__

    def __truediv__(self, other: Duration) -> float:
        if not isinstance(other, Duration):
            return NotImplemented
        return self._ms / other._ms
