"""Drops the repeats with ``sorted(set(events))``: every name is there once, but in
alphabetical order instead of the order the log first mentions them. The visible tests
catch it."""


def effective_permissions(role: set[str], granted: set[str], revoked: set[str]) -> set[str]:
    return (role | granted) - revoked


def missing_permissions(required: set[str], held: set[str]) -> set[str]:
    return required - held


def can_perform(required: set[str], held: set[str]) -> bool:
    return required <= held


def permission_changes(before: set[str], after: set[str]) -> tuple[set[str], set[str]]:
    return after - before, before - after


def first_seen(events: list[str]) -> list[str]:
    return sorted(set(events))
