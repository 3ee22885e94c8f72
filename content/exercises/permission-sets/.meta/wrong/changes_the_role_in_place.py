"""Combines with ``|=`` and ``-=`` on the role it was given: the result is right, but the
caller's role set now holds the extra grants (and lost the revocations) for every user
sharing that role. The visible tests catch it."""


def effective_permissions(role: set[str], granted: set[str], revoked: set[str]) -> set[str]:
    role |= granted
    role -= revoked
    return role


def missing_permissions(required: set[str], held: set[str]) -> set[str]:
    return required - held


def can_perform(required: set[str], held: set[str]) -> bool:
    return required <= held


def permission_changes(before: set[str], after: set[str]) -> tuple[set[str], set[str]]:
    return after - before, before - after


def first_seen(events: list[str]) -> list[str]:
    seen: set[str] = set()
    ordered: list[str] = []
    for name in events:
        if name not in seen:
            seen.add(name)
            ordered.append(name)
    return ordered
