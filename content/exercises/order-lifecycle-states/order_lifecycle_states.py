"""Order lifecycle: states, permitted transitions, capabilities and priorities."""

from collections.abc import Iterable
from enum import Enum, Flag, IntEnum


class OrderState(Enum):
    """Where an order is in its lifecycle.

    Members: PENDING, PAID, SHIPPED, DELIVERED, CANCELLED, REFUNDED (use auto()).
    """

    @property
    def is_terminal(self) -> bool:
        """True when no further transition is permitted."""
        raise NotImplementedError("OrderState.is_terminal")


class Priority(IntEnum):
    """Support priority: LOW=1, NORMAL=2, HIGH=3, URGENT=4."""


class Capability(Flag):
    """Actions a customer may take: NONE=0, EDIT_ADDRESS, CANCEL, REFUND, TRACK."""


class InvalidTransitionError(ValueError):
    """Raised when a state change is not permitted."""


TRANSITIONS: dict[OrderState, frozenset[OrderState]] = {}


def parse_state(name: str) -> OrderState:
    """Look a state up by name, ignoring case and surrounding spaces."""
    raise NotImplementedError("parse_state")


def transition(current: OrderState, target: OrderState) -> OrderState:
    """Return ``target`` if moving there from ``current`` is permitted."""
    raise NotImplementedError("transition")


def replay(events: Iterable[str], start: OrderState | None = None) -> OrderState:
    """Apply named state changes in order (from PENDING by default); return the final state."""
    raise NotImplementedError("replay")


def capabilities(state: OrderState) -> Capability:
    """The combined capabilities available in ``state``."""
    raise NotImplementedError("capabilities")


def can(state: OrderState, wanted: Capability) -> bool:
    """True when every capability in ``wanted`` is available in ``state``."""
    raise NotImplementedError("can")


def escalated(
    orders: Iterable[tuple[str, Priority]], threshold: Priority | None = None
) -> list[str]:
    """Ids of orders at or above ``threshold`` (HIGH by default), highest first, stable."""
    raise NotImplementedError("escalated")
