"""Subtracts the wrong way round (``held - required``, ``before - after`` for the
additions): the result lists what the user has in excess, not what is missing. The visible
tests catch it."""


def effective_permissions(role: set[str], granted: set[str], revoked: set[str]) -> set[str]:
    return (role | granted) - revoked


def missing_permissions(required: set[str], held: set[str]) -> set[str]:
    return held - required


def can_perform(required: set[str], held: set[str]) -> bool:
    return not missing_permissions(required, held)


def permission_changes(before: set[str], after: set[str]) -> tuple[set[str], set[str]]:
    return before - after, after - before


def first_seen(events: list[str]) -> list[str]:
    seen: set[str] = set()
    ordered: list[str] = []
    for name in events:
        if name not in seen:
            seen.add(name)
            ordered.append(name)
    return ordered
