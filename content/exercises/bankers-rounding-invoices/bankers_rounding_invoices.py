"""Invoice arithmetic with Decimal: exact cents and banker's rounding."""

from collections.abc import Iterable
from decimal import Decimal

CENT = Decimal("0.01")


def to_money(value: str | int | Decimal) -> Decimal:
    """Convert ``value`` to an amount in whole cents, rounding half to even."""
    raise NotImplementedError("to_money")


def line_total(unit_price: str | int | Decimal, quantity: int) -> Decimal:
    """Price of ``quantity`` units, rounded to cents."""
    raise NotImplementedError("line_total")


def invoice_total(
    lines: Iterable[tuple[str | int | Decimal, int]], tax_rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """Return ``(subtotal, tax, total)``; tax is computed once on the subtotal."""
    raise NotImplementedError("invoice_total")


def split_evenly(amount: Decimal, parts: int) -> list[Decimal]:
    """Split ``amount`` into ``parts`` cent amounts that sum exactly; larger shares first."""
    raise NotImplementedError("split_evenly")
