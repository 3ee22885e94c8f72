"""Sessionising events with groupby; test matrices with product and friends."""

from collections.abc import Collection, Iterable, Sequence

Event = tuple[str, int]
Session = tuple[str, int, int, int]


def sessions(events: Iterable[Event], gap: int) -> list[Session]:
    """``(user, start, end, count)`` per session; a pause longer than ``gap`` starts a new one."""
    raise NotImplementedError("sessions")


def events_per_user(events: Iterable[Event]) -> dict[str, int]:
    """Number of events of each user (events may come in any order)."""
    raise NotImplementedError("events_per_user")


def ci_matrix(
    pythons: Sequence[str], databases: Sequence[str], exclude: Collection[tuple[str, str]] = ()
) -> list[tuple[str, str]]:
    """Every (python, database) pair in order, minus the excluded ones."""
    raise NotImplementedError("test_matrix")


def instance_mixes(sizes: Sequence[int], count: int, capacity: int) -> list[tuple[int, ...]]:
    """All ways to pick ``count`` instances (sizes may repeat) adding up to ``capacity``."""
    raise NotImplementedError("instance_mixes")
