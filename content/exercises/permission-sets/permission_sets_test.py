import pytest
from permission_sets import (
    can_perform,
    effective_permissions,
    first_seen,
    missing_permissions,
    permission_changes,
)

SUPPORT = {"orders:read", "orders:write", "users:read"}


@pytest.mark.task(taskno=1)
def test_effective_permissions_add_grants_and_drop_revocations() -> None:
    got = effective_permissions(SUPPORT, {"refunds:create"}, {"orders:write"})
    want = {"orders:read", "users:read", "refunds:create"}
    assert got == want, f"the role's orders:write is revoked too, got {sorted(got)}"


@pytest.mark.task(taskno=1)
def test_effective_permissions_leave_the_arguments_alone() -> None:
    role, granted, revoked = set(SUPPORT), {"refunds:create"}, {"users:read"}
    effective_permissions(role, granted, revoked)
    assert role == SUPPORT, f"the role's set must not change (it is shared), it is {role}"
    assert granted == {"refunds:create"} and revoked == {"users:read"}, "nor the others"


@pytest.mark.task(taskno=2)
def test_missing_permissions_are_required_but_not_held() -> None:
    got = missing_permissions({"orders:read", "refunds:create"}, SUPPORT)
    assert got == {"refunds:create"}, f"only refunds:create is missing, got {got}"
    assert missing_permissions({"orders:read"}, SUPPORT) == set(), "nothing is missing"


@pytest.mark.task(taskno=3)
def test_can_perform_needs_every_required_permission() -> None:
    assert can_perform({"orders:read", "users:read"}, SUPPORT) is True, "both are held"
    assert can_perform({"orders:read", "admin"}, SUPPORT) is False, "admin is not held"
    assert can_perform(set(), set()) is True, "an action that requires nothing is allowed"


@pytest.mark.task(taskno=4)
def test_permission_changes_lists_added_then_removed() -> None:
    got = permission_changes({"a", "b"}, {"b", "c"})
    assert got == ({"c"}, {"a"}), f"c was added and a removed: ({{'c'}}, {{'a'}}), got {got}"
    assert permission_changes(SUPPORT, SUPPORT) == (set(), set()), "no change at all"


@pytest.mark.task(taskno=5)
def test_first_seen_keeps_the_first_occurrence_in_order() -> None:
    events = ["users:read", "orders:read", "users:read", "audit:read", "orders:read"]
    got = first_seen(events)
    assert got == ["users:read", "orders:read", "audit:read"], f"got {got}"


@pytest.mark.task(taskno=5)
def test_first_seen_is_not_sorted() -> None:
    got = first_seen(["z", "a", "z", "m"])
    assert got == ["z", "a", "m"], f"the order of first appearance, not sorted order, got {got}"
    assert first_seen([]) == [], "no events: an empty list"
