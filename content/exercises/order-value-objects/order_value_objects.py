"""Order value objects: complete the dataclasses and functions below."""

from dataclasses import dataclass
from typing import Any

REDACTED = "***"


# Add the dataclass options the instructions ask for, then the validation.
@dataclass
class Money:
    """An amount in minor units (cents); sorts by currency, then amount."""

    currency: str
    amount_cents: int

    def __post_init__(self) -> None:
        raise NotImplementedError

    def __add__(self, other: "Money") -> "Money":
        raise NotImplementedError


@dataclass
class LineItem:
    """One product line of an order."""

    sku: str
    quantity: int
    unit_price: Money
    tags: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        raise NotImplementedError

    @property
    def total(self) -> Money:
        raise NotImplementedError


@dataclass
class Order:
    """An order; labels and the customer's e-mail do not take part in equality."""

    order_id: str
    currency: str
    items: tuple[LineItem, ...] = ()
    customer_email: str = ""
    labels: dict[str, str] | None = None

    def __post_init__(self) -> None:
        raise NotImplementedError


def with_quantity(item: LineItem, quantity: int) -> LineItem:
    """A copy of the item with a new quantity (validated again)."""
    raise NotImplementedError


def order_total(order: Order) -> Money:
    """Sum of all line totals; zero in the order's currency when empty."""
    raise NotImplementedError


def to_dict(order: Order) -> dict[str, Any]:
    """`asdict(order)` with every field marked `redact` replaced by '***'."""
    raise NotImplementedError
