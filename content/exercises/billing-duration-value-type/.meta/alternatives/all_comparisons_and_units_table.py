"""No ``total_ordering``: all four comparisons written out through one ``_key`` helper;
``str`` built from a table of units instead of an ``if`` per layout; ``__radd__`` and
``__rmul__`` written as their own methods."""

from __future__ import annotations

from typing import Any

_UNITS = ((3_600_000, "h"), (60_000, "m"))


class Duration:
    """A non-negative span of time, stored as an ``int`` number of milliseconds."""

    __slots__ = ("_millis",)

    def __init__(self, ms: int) -> None:
        if type(ms) is bool or not isinstance(ms, int):
            raise TypeError(f"milliseconds must be an int, got {type(ms).__name__}")
        if ms < 0:
            raise ValueError("milliseconds cannot be negative")
        self._millis = ms

    @property
    def ms(self) -> int:
        return self._millis

    def __repr__(self) -> str:
        return "Duration(ms=" + str(self._millis) + ")"

    def __str__(self) -> str:
        rest = self._millis
        parts: list[str] = []
        for size, unit in _UNITS:
            amount, rest = divmod(rest, size)
            if parts:
                parts.append(f"{amount:02d}{unit}")
            elif amount:
                parts.append(f"{amount}{unit}")
        seconds, millis = divmod(rest, 1000)
        parts.append(f"{seconds:02d}" if parts else str(seconds))
        return "".join(parts) + f".{millis:03d}s"

    def __format__(self, spec: str) -> str:
        seconds, millis = divmod(self._millis, 1000)
        layouts = {"": str(self), "ms": f"{self._millis}ms", "s": f"{seconds}.{millis:03d}s"}
        if spec not in layouts:
            raise ValueError(f"unknown format spec '{spec}' for Duration")
        return layouts[spec]

    def _key(self, other: object) -> int | None:
        return other._millis if isinstance(other, Duration) else None

    def __eq__(self, other: object) -> Any:
        key = self._key(other)
        return NotImplemented if key is None else self._millis == key

    def __hash__(self) -> int:
        return hash(("Duration", self._millis))

    def __lt__(self, other: object) -> Any:
        key = self._key(other)
        return NotImplemented if key is None else self._millis < key

    def __le__(self, other: object) -> Any:
        key = self._key(other)
        return NotImplemented if key is None else self._millis <= key

    def __gt__(self, other: object) -> Any:
        key = self._key(other)
        return NotImplemented if key is None else self._millis > key

    def __ge__(self, other: object) -> Any:
        key = self._key(other)
        return NotImplemented if key is None else self._millis >= key

    def __bool__(self) -> bool:
        return self._millis != 0

    def __add__(self, other: object) -> Any:
        key = self._key(other)
        return NotImplemented if key is None else Duration(self._millis + key)

    def __radd__(self, other: object) -> Any:
        return self if type(other) is int and other == 0 else NotImplemented

    def __sub__(self, other: object) -> Any:
        key = self._key(other)
        if key is None:
            return NotImplemented
        if key > self._millis:
            raise ValueError("cannot subtract a longer duration")
        return Duration(self._millis - key)

    def __mul__(self, factor: object) -> Any:
        if type(factor) is bool or not isinstance(factor, int):
            return NotImplemented
        return Duration(self._millis * factor)

    def __rmul__(self, factor: object) -> Any:
        return self.__mul__(factor)

    def __truediv__(self, other: object) -> Any:
        key = self._key(other)
        if key is None:
            return NotImplemented
        if key == 0:
            raise ZeroDivisionError("division by a zero duration")
        return self._millis / key
