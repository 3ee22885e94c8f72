"""Uses the named set methods instead of operators, checks the subset with ``all`` over the
required permissions, and keeps first appearances with ``dict.fromkeys`` (a dict keeps its
keys in insertion order)."""


def effective_permissions(role: set[str], granted: set[str], revoked: set[str]) -> set[str]:
    return role.union(granted).difference(revoked)


def missing_permissions(required: set[str], held: set[str]) -> set[str]:
    return {name for name in required if name not in held}


def can_perform(required: set[str], held: set[str]) -> bool:
    return all(name in held for name in required)


def permission_changes(before: set[str], after: set[str]) -> tuple[set[str], set[str]]:
    added = after.difference(before)
    removed = before.difference(after)
    return added, removed


def first_seen(events: list[str]) -> list[str]:
    return list(dict.fromkeys(events))
