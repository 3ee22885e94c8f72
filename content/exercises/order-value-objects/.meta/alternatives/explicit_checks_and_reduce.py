"""The same value objects with hand-written checks: the currency tested character by
character against ``string.ascii_uppercase``, ``dataclasses.replace`` avoided in favour
of calling the constructors, the order total folded with ``functools.reduce``, and the
export built with a comprehension over ``fields``."""

import string
from dataclasses import asdict, dataclass, field, fields
from functools import reduce
from typing import Any

_LETTERS = frozenset(string.ascii_uppercase)


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (cents); sorts by currency, then amount."""

    currency: str
    amount_cents: int

    def __post_init__(self) -> None:
        if self.amount_cents.__class__ is not int:
            raise TypeError("amount_cents must be an int")
        if len(self.currency) != 3 or not set(self.currency) <= _LETTERS:
            raise ValueError("currency must be three letters A-Z")

    def __add__(self, other: "Money") -> "Money":
        if self.currency != other.currency:
            raise ValueError(f"{other.currency} cannot be added to {self.currency}")
        return Money(self.currency, self.amount_cents + other.amount_cents)


@dataclass(frozen=True)
class LineItem:
    """One product line of an order."""

    sku: str
    quantity: int
    unit_price: Money
    tags: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.sku.isspace() or self.sku == "":
            raise ValueError("a blank sku")
        if self.quantity <= 0:
            raise ValueError("quantity must be positive")

    @property
    def total(self) -> Money:
        price = self.unit_price
        return Money(price.currency, price.amount_cents * self.quantity)


@dataclass(frozen=True)
class Order:
    """An order; labels and the customer's e-mail do not take part in equality."""

    order_id: str
    currency: str
    items: tuple[LineItem, ...] = ()
    customer_email: str = field(default="", repr=False, compare=False, metadata={"redact": True})
    labels: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        items = tuple(self.items)
        foreign = [i.unit_price.currency for i in items if i.unit_price.currency != self.currency]
        if foreign:
            raise ValueError(f"an item is priced in {foreign[0]}, not {self.currency}")
        object.__setattr__(self, "items", items)


def with_quantity(item: LineItem, quantity: int) -> LineItem:
    """A copy of the item with a new quantity (validated again)."""
    return LineItem(item.sku, quantity, item.unit_price, item.tags)


def order_total(order: Order) -> Money:
    """Sum of all line totals; zero in the order's currency when empty."""
    return reduce(lambda total, item: total + item.total, order.items, Money(order.currency, 0))


def to_dict(order: Order) -> dict[str, Any]:
    """`asdict(order)` with every field marked `redact` replaced by '***'."""
    exported = asdict(order)
    return {f.name: "***" if f.metadata.get("redact") else exported[f.name] for f in fields(order)}
