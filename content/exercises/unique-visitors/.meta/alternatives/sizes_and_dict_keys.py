"""Tells a new visitor by the size of the set before and after adding, and drops repeats
with ``dict.fromkeys`` (a dict keeps each key once) before sorting in place."""


def unique_count(visits: list[str]) -> int:
    distinct = set()
    distinct.update(visits)
    return len(distinct)


def has_visited(visitors: set[str], user: str) -> bool:
    return user in visitors


def add_visitor(visitors: set[str], user: str) -> bool:
    size_before = len(visitors)
    visitors.add(user)
    return len(visitors) > size_before


def distinct_sorted(visits: list[str]) -> list[str]:
    ids = list(dict.fromkeys(visits))
    ids.sort()
    return ids
