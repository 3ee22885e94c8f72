"""Returns the set itself from ``distinct_sorted``: the ids are distinct, but a set has no
order and is never equal to a list. The visible tests catch it."""


def unique_count(visits: list[str]) -> int:
    return len(set(visits))


def has_visited(visitors: set[str], user: str) -> bool:
    return user in visitors


def add_visitor(visitors: set[str], user: str) -> bool:
    is_new = user not in visitors
    visitors.add(user)
    return is_new


def distinct_sorted(visits: list[str]) -> list[str]:
    return set(visits)  # type: ignore[return-value]
