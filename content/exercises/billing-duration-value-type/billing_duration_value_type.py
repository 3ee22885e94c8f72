"""Billing durations: give Duration the special methods described in the instructions."""

from __future__ import annotations


class Duration:
    """A non-negative span of time, stored as an ``int`` number of milliseconds."""

    __slots__ = ("_ms",)

    def __init__(self, ms: int) -> None:
        """Validate and store the milliseconds."""
        raise NotImplementedError

    @property
    def ms(self) -> int:
        """The length in milliseconds (read-only)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        """``Duration(ms=1500)``."""
        raise NotImplementedError

    def __str__(self) -> str:
        """``1h02m03.004s``, ``2m05.000s`` or ``1.500s``."""
        raise NotImplementedError

    def __format__(self, spec: str) -> str:
        """``""`` as str, ``"ms"`` as milliseconds, ``"s"`` as seconds."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        """Equal to another Duration of the same length; NotImplemented for others."""
        raise NotImplementedError

    def __hash__(self) -> int:
        """Consistent with ``__eq__``."""
        raise NotImplementedError

    def __lt__(self, other: Duration) -> bool:
        """Order by length; NotImplemented for non-durations."""
        raise NotImplementedError

    def __bool__(self) -> bool:
        """False only for the zero duration."""
        raise NotImplementedError

    def __add__(self, other: Duration) -> Duration:
        """The sum of two durations."""
        raise NotImplementedError

    def __radd__(self, other: int) -> Duration:
        """Support ``sum()``: ``0 + duration``."""
        raise NotImplementedError

    def __sub__(self, other: Duration) -> Duration:
        """The difference; ValueError when it would be negative."""
        raise NotImplementedError

    def __mul__(self, factor: int) -> Duration:
        """Scale by a whole number."""
        raise NotImplementedError

    def __rmul__(self, factor: int) -> Duration:
        """``factor * duration``."""
        raise NotImplementedError

    def __truediv__(self, other: Duration) -> float:
        """The ratio of two durations."""
        raise NotImplementedError
