"""Writes ``role | granted - revoked`` without brackets: ``-`` binds more tightly than
``|``, so the revocations are only taken out of the extra grants and a permission the role
grants can never be revoked. The visible tests catch it."""


def effective_permissions(role: set[str], granted: set[str], revoked: set[str]) -> set[str]:
    return role | granted - revoked


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
