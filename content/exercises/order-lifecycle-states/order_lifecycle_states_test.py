from enum import Enum, Flag, IntEnum

import pytest
from order_lifecycle_states import (
    TRANSITIONS,
    Capability,
    InvalidTransitionError,
    OrderState,
    Priority,
    can,
    capabilities,
    escalated,
    parse_state,
    replay,
    transition,
)

ALL_STATES = ["PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "REFUNDED"]


@pytest.mark.task(taskno=1)
def test_enums_have_the_documented_members_and_bases() -> None:
    assert [state.name for state in OrderState] == ALL_STATES, "six states, in lifecycle order"
    assert issubclass(OrderState, Enum) and not issubclass(OrderState, int), (
        "OrderState is a plain Enum: states are not numbers"
    )
    assert issubclass(Priority, IntEnum), "Priority is an IntEnum"
    assert issubclass(Capability, Flag), "Capability is a Flag"
    assert len({state.value for state in OrderState}) == 6, "every state has its own value"


@pytest.mark.task(taskno=1)
def test_priority_values_compare_as_ints() -> None:
    got = [int(p) for p in (Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT)]
    assert got == [1, 2, 3, 4], f"priorities are 1..4, got {got}"
    assert Priority.URGENT > Priority.HIGH > 2, "IntEnum members compare with ints"


@pytest.mark.task(taskno=1)
def test_capability_none_is_the_empty_flag() -> None:
    assert Capability.NONE.value == 0, "NONE is the empty flag (value 0)"
    assert not Capability.NONE, "the empty flag is falsy"
    singles = [Capability.EDIT_ADDRESS, Capability.CANCEL, Capability.REFUND, Capability.TRACK]
    assert all(c.value & (c.value - 1) == 0 and c.value for c in singles), (
        "each capability is one distinct bit"
    )


@pytest.mark.task(taskno=2)
def test_parse_state_is_case_and_space_insensitive() -> None:
    assert parse_state("paid") is OrderState.PAID, "lower case names work"
    assert parse_state("  Shipped \n") is OrderState.SHIPPED, "surrounding spaces are ignored"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize("bad", ["", "lost", "PAY", "1"])
def test_parse_state_rejects_unknown_names(bad: str) -> None:
    with pytest.raises(ValueError, match="unknown order state"):
        parse_state(bad)


@pytest.mark.task(taskno=2)
def test_transition_table_matches_the_lifecycle() -> None:
    S = OrderState
    want = {
        S.PENDING: {S.PAID, S.CANCELLED},
        S.PAID: {S.SHIPPED, S.REFUNDED},
        S.SHIPPED: {S.DELIVERED},
        S.DELIVERED: {S.REFUNDED},
        S.CANCELLED: set(),
        S.REFUNDED: set(),
    }
    got = {state: set(targets) for state, targets in TRANSITIONS.items()}
    assert got == want, f"permitted transitions differ: {got}"


@pytest.mark.task(taskno=2)
def test_transition_returns_the_target_when_permitted() -> None:
    assert transition(OrderState.PENDING, OrderState.PAID) is OrderState.PAID
    assert transition(OrderState.DELIVERED, OrderState.REFUNDED) is OrderState.REFUNDED


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("current", "target"),
    [
        ("PENDING", "SHIPPED"),
        ("PAID", "PAID"),
        ("SHIPPED", "CANCELLED"),
        ("CANCELLED", "PAID"),
        ("REFUNDED", "DELIVERED"),
    ],
)
def test_transition_rejects_moves_that_are_not_permitted(current: str, target: str) -> None:
    with pytest.raises(InvalidTransitionError, match=f"{current} to {target}"):
        transition(OrderState[current], OrderState[target])
    assert issubclass(InvalidTransitionError, ValueError), "callers may catch ValueError"


@pytest.mark.task(taskno=2)
def test_terminal_states_are_exactly_cancelled_and_refunded() -> None:
    got = [state.name for state in OrderState if state.is_terminal]
    assert got == ["CANCELLED", "REFUNDED"], f"only states with no way out are terminal, got {got}"


@pytest.mark.task(taskno=2)
def test_replay_walks_the_happy_path_and_respects_start() -> None:
    got = replay(["paid", "shipped", "delivered", "refunded"])
    assert got is OrderState.REFUNDED, f"full lifecycle ends REFUNDED, got {got}"
    assert replay([]) is OrderState.PENDING, "no events leaves a new order PENDING"
    assert replay(["delivered"], start=OrderState.SHIPPED) is OrderState.DELIVERED


@pytest.mark.task(taskno=2)
def test_replay_stops_at_the_first_illegal_event() -> None:
    with pytest.raises(InvalidTransitionError):
        replay(["paid", "cancelled"])
    with pytest.raises(ValueError, match="unknown order state"):
        replay(["paid", "teleported"])


@pytest.mark.task(taskno=2)
def test_replay_reports_an_illegal_move_before_a_later_unknown_name() -> None:
    with pytest.raises(InvalidTransitionError, match="PENDING to SHIPPED"):
        replay(["shipped", "teleported"])


@pytest.mark.task(taskno=3)
def test_capabilities_per_state() -> None:
    C = Capability
    assert capabilities(OrderState.PENDING) == C.EDIT_ADDRESS | C.CANCEL
    assert capabilities(OrderState.PAID) == C.EDIT_ADDRESS | C.REFUND
    assert capabilities(OrderState.SHIPPED) == C.TRACK
    assert capabilities(OrderState.DELIVERED) == C.TRACK | C.REFUND
    assert capabilities(OrderState.CANCELLED) == C.NONE
    assert capabilities(OrderState.REFUNDED) == C.NONE


@pytest.mark.task(taskno=3)
def test_can_requires_every_requested_capability() -> None:
    C = Capability
    assert can(OrderState.PENDING, C.CANCEL) is True, "a pending order can be cancelled"
    assert can(OrderState.PENDING, C.CANCEL | C.EDIT_ADDRESS) is True, "both are available"
    assert can(OrderState.PENDING, C.CANCEL | C.REFUND) is False, "REFUND is missing"
    assert can(OrderState.SHIPPED, C.EDIT_ADDRESS) is False, "too late to edit the address"
    assert can(OrderState.REFUNDED, C.TRACK) is False, "a refunded order offers nothing"


@pytest.mark.task(taskno=4)
def test_escalated_keeps_high_and_above_highest_first_stable() -> None:
    orders = [
        ("o1", Priority.HIGH),
        ("o2", Priority.LOW),
        ("o3", Priority.URGENT),
        ("o4", Priority.NORMAL),
        ("o5", Priority.HIGH),
    ]
    got = escalated(orders)
    assert got == ["o3", "o1", "o5"], f"URGENT first, then HIGH in input order, got {got}"


@pytest.mark.task(taskno=4)
def test_escalated_threshold_is_inclusive() -> None:
    orders = [("a", Priority.LOW), ("b", Priority.NORMAL), ("c", Priority.LOW)]
    assert escalated(orders, threshold=Priority.NORMAL) == ["b"], "NORMAL >= NORMAL is kept"
    assert escalated(orders, threshold=Priority.LOW) == ["b", "a", "c"], "LOW keeps all"
    assert escalated([], threshold=Priority.LOW) == [], "no orders, nothing escalated"


@pytest.mark.task(taskno=4)
def test_escalated_ties_keep_input_order_not_id_order() -> None:
    orders = [("z-9", Priority.HIGH), ("a-1", Priority.HIGH), ("m-5", Priority.URGENT)]
    got = escalated(orders)
    assert got == ["m-5", "z-9", "a-1"], f"equal priorities stay as given, got {got}"
