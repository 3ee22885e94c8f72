"""A different route: transitions and capabilities written as ``match`` statements and
derived tables, names matched by comparing lower-cased member names, ``can`` through the
flag's members, and escalation by grouping orders per priority."""

from collections.abc import Iterable
from enum import Enum, Flag, IntEnum, auto


class OrderState(Enum):
    """Where an order is in its lifecycle."""

    PENDING = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    @property
    def is_terminal(self) -> bool:
        """True when no further transition is permitted."""
        return len(TRANSITIONS[self]) == 0


class Priority(IntEnum):
    """Support priority; compares like the int it wraps."""

    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 4


class Capability(Flag):
    """Actions a customer may take on an order."""

    NONE = 0
    EDIT_ADDRESS = auto()
    CANCEL = auto()
    REFUND = auto()
    TRACK = auto()


class InvalidTransitionError(ValueError):
    """Raised when a state change is not permitted."""


def _next_states(state: OrderState) -> frozenset[OrderState]:
    match state:
        case OrderState.PENDING:
            return frozenset({OrderState.PAID, OrderState.CANCELLED})
        case OrderState.PAID:
            return frozenset({OrderState.SHIPPED, OrderState.REFUNDED})
        case OrderState.SHIPPED:
            return frozenset({OrderState.DELIVERED})
        case OrderState.DELIVERED:
            return frozenset({OrderState.REFUNDED})
        case _:
            return frozenset()


TRANSITIONS: dict[OrderState, frozenset[OrderState]] = {s: _next_states(s) for s in OrderState}


def parse_state(name: str) -> OrderState:
    """Look a state up by name, ignoring case and surrounding spaces."""
    wanted = name.strip().lower()
    for state in OrderState:
        if state.name.lower() == wanted:
            return state
    raise ValueError("unknown order state: " + repr(name))


def transition(current: OrderState, target: OrderState) -> OrderState:
    """Return ``target`` if moving there from ``current`` is permitted."""
    if target in TRANSITIONS[current]:
        return target
    raise InvalidTransitionError("%s to %s is not permitted" % (current.name, target.name))  # noqa: UP031


def replay(events: Iterable[str], start: OrderState | None = None) -> OrderState:
    """Apply named state changes in order (from PENDING by default); return the final state."""
    state = start or OrderState.PENDING
    for event in events:
        target = parse_state(event)
        state = transition(state, target)
    return state


def capabilities(state: OrderState) -> Capability:
    """The combined capabilities available in ``state``."""
    match state:
        case OrderState.PENDING:
            return Capability.EDIT_ADDRESS | Capability.CANCEL
        case OrderState.PAID:
            return Capability.EDIT_ADDRESS | Capability.REFUND
        case OrderState.SHIPPED:
            return Capability.TRACK
        case OrderState.DELIVERED:
            return Capability.REFUND | Capability.TRACK
        case _:
            return Capability.NONE


def can(state: OrderState, wanted: Capability) -> bool:
    """True when every capability in ``wanted`` is available in ``state``."""
    available = capabilities(state)
    return all(flag in available for flag in Capability if flag and flag in wanted)


def escalated(
    orders: Iterable[tuple[str, Priority]], threshold: Priority | None = None
) -> list[str]:
    """Ids of orders at or above ``threshold`` (HIGH by default), highest first, stable."""
    floor = threshold if threshold is not None else Priority.HIGH
    groups: dict[Priority, list[str]] = {priority: [] for priority in Priority}
    for order_id, priority in orders:
        groups[Priority(priority)].append(order_id)
    result: list[str] = []
    for priority in sorted(groups, reverse=True):
        if priority >= floor:
            result.extend(groups[priority])
    return result
