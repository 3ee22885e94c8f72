"""Unique visitors: count and record distinct user ids with sets."""


def unique_count(visits: list[str]) -> int:
    """Return how many different ids visits holds."""
    return len(set(visits))


def has_visited(visitors: set[str], user: str) -> bool:
    """Return whether user is in visitors."""
    return user in visitors


def add_visitor(visitors: set[str], user: str) -> bool:
    """Add user to visitors; return True when the user is new."""
    is_new = user not in visitors
    visitors.add(user)
    return is_new


def distinct_sorted(visits: list[str]) -> list[str]:
    """Return each id of visits once, in a list sorted in text order."""
    return sorted(set(visits))
