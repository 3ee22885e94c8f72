"""Adds the user first and asks whether they are new afterwards: by then they are always
in the set, so every visitor is reported as returning (``False``). The visible tests catch
it."""


def unique_count(visits: list[str]) -> int:
    return len(set(visits))


def has_visited(visitors: set[str], user: str) -> bool:
    return user in visitors


def add_visitor(visitors: set[str], user: str) -> bool:
    visitors.add(user)
    return user not in visitors


def distinct_sorted(visits: list[str]) -> list[str]:
    return sorted(set(visits))
