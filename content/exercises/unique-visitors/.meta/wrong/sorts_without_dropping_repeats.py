"""Sorts the visits as they are, ``sorted(visits)``, and forgets to drop the repeats: an id
seen three times is listed three times. The visible tests catch it."""


def unique_count(visits: list[str]) -> int:
    return len(set(visits))


def has_visited(visitors: set[str], user: str) -> bool:
    return user in visitors


def add_visitor(visitors: set[str], user: str) -> bool:
    is_new = user not in visitors
    visitors.add(user)
    return is_new


def distinct_sorted(visits: list[str]) -> list[str]:
    return sorted(visits)
