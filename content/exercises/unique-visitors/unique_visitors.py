"""Unique visitors: count and record distinct user ids with sets."""


def unique_count(visits: list[str]) -> int:
    """Return how many different ids visits holds."""
    raise NotImplementedError("unique_count")


def has_visited(visitors: set[str], user: str) -> bool:
    """Return whether user is in visitors."""
    raise NotImplementedError("has_visited")


def add_visitor(visitors: set[str], user: str) -> bool:
    """Add user to visitors; return True when the user is new."""
    raise NotImplementedError("add_visitor")


def distinct_sorted(visits: list[str]) -> list[str]:
    """Return each id of visits once, in a list sorted in text order."""
    raise NotImplementedError("distinct_sorted")
