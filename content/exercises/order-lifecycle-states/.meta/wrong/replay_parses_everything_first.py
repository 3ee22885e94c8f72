"""Parses every event name first, then applies the moves.

When an illegal move comes before an unknown name, the unknown name is reported
(``ValueError``) instead of the illegal move (``InvalidTransitionError``), and a one-pass
event stream is read to its end before anything happens. A visible test replays an
illegal move followed by an unknown name.
"""

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
        return not TRANSITIONS[self]


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


TRANSITIONS: dict[OrderState, frozenset[OrderState]] = {
    OrderState.PENDING: frozenset({OrderState.PAID, OrderState.CANCELLED}),
    OrderState.PAID: frozenset({OrderState.SHIPPED, OrderState.REFUNDED}),
    OrderState.SHIPPED: frozenset({OrderState.DELIVERED}),
    OrderState.DELIVERED: frozenset({OrderState.REFUNDED}),
    OrderState.CANCELLED: frozenset(),
    OrderState.REFUNDED: frozenset(),
}

_CAPABILITIES: dict[OrderState, Capability] = {
    OrderState.PENDING: Capability.EDIT_ADDRESS | Capability.CANCEL,
    OrderState.PAID: Capability.EDIT_ADDRESS | Capability.REFUND,
    OrderState.SHIPPED: Capability.TRACK,
    OrderState.DELIVERED: Capability.TRACK | Capability.REFUND,
    OrderState.CANCELLED: Capability.NONE,
    OrderState.REFUNDED: Capability.NONE,
}


def parse_state(name: str) -> OrderState:
    """Look a state up by name, ignoring case and surrounding spaces."""
    try:
        return OrderState[name.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown order state {name!r}") from None


def transition(current: OrderState, target: OrderState) -> OrderState:
    """Return ``target`` if moving there from ``current`` is permitted."""
    if target not in TRANSITIONS[current]:
        raise InvalidTransitionError(f"cannot move from {current.name} to {target.name}")
    return target


def replay(events: Iterable[str], start: OrderState | None = None) -> OrderState:
    """Apply named state changes in order (from PENDING by default); return the final state."""
    state = OrderState.PENDING if start is None else start
    targets = [parse_state(event) for event in events]
    for target in targets:
        state = transition(state, target)
    return state


def capabilities(state: OrderState) -> Capability:
    """The combined capabilities available in ``state``."""
    return _CAPABILITIES[state]


def can(state: OrderState, wanted: Capability) -> bool:
    """True when every capability in ``wanted`` is available in ``state``."""
    return wanted in capabilities(state)


def escalated(
    orders: Iterable[tuple[str, Priority]], threshold: Priority | None = None
) -> list[str]:
    """Ids of orders at or above ``threshold`` (HIGH by default), highest first, stable."""
    floor = Priority.HIGH if threshold is None else threshold
    kept = [(order_id, priority) for order_id, priority in orders if priority >= floor]
    kept.sort(key=lambda item: item[1], reverse=True)
    return [order_id for order_id, _ in kept]
