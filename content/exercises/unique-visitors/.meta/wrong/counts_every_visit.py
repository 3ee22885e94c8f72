"""Counts the page views, ``len(visits)``, instead of the different visitors. The visible
tests catch it."""


def unique_count(visits: list[str]) -> int:
    return len(visits)


def has_visited(visitors: set[str], user: str) -> bool:
    return user in visitors


def add_visitor(visitors: set[str], user: str) -> bool:
    is_new = user not in visitors
    visitors.add(user)
    return is_new


def distinct_sorted(visits: list[str]) -> list[str]:
    return sorted(set(visits))
