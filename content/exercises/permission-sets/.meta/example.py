"""Permission sets: effective, missing and changed permissions with set operations."""


def effective_permissions(role: set[str], granted: set[str], revoked: set[str]) -> set[str]:
    """Return role plus granted, minus revoked (without changing the arguments)."""
    return (role | granted) - revoked


def missing_permissions(required: set[str], held: set[str]) -> set[str]:
    """Return the required permissions that are not held."""
    return required - held


def can_perform(required: set[str], held: set[str]) -> bool:
    """Return whether every required permission is held."""
    return required <= held


def permission_changes(before: set[str], after: set[str]) -> tuple[set[str], set[str]]:
    """Return (added, removed) between before and after."""
    return after - before, before - after


def first_seen(events: list[str]) -> list[str]:
    """Return each name once, in the order of its first appearance."""
    seen: set[str] = set()
    ordered: list[str] = []
    for name in events:
        if name not in seen:
            seen.add(name)
            ordered.append(name)
    return ordered
