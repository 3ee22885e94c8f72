"""Permission sets: effective, missing and changed permissions with set operations."""


def effective_permissions(role: set[str], granted: set[str], revoked: set[str]) -> set[str]:
    """Return role plus granted, minus revoked (without changing the arguments)."""
    raise NotImplementedError("effective_permissions")


def missing_permissions(required: set[str], held: set[str]) -> set[str]:
    """Return the required permissions that are not held."""
    raise NotImplementedError("missing_permissions")


def can_perform(required: set[str], held: set[str]) -> bool:
    """Return whether every required permission is held."""
    raise NotImplementedError("can_perform")


def permission_changes(before: set[str], after: set[str]) -> tuple[set[str], set[str]]:
    """Return (added, removed) between before and after."""
    raise NotImplementedError("permission_changes")


def first_seen(events: list[str]) -> list[str]:
    """Return each name once, in the order of its first appearance."""
    raise NotImplementedError("first_seen")
