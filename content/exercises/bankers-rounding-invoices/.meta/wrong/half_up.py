"""Rounds halves up (``ROUND_HALF_UP``), the rounding taught at school, everywhere.

It over-charges on every exact half cent: 0.125 becomes 0.13 instead of 0.12. The visible
tests check banker's rounding directly, so they catch it too.
"""

from collections.abc import Iterable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def to_money(value: str | int | Decimal) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(type(value).__name__)
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError(repr(value)) from None
    if not amount.is_finite():
        raise ValueError(repr(value))
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(unit_price: str | int | Decimal, quantity: int) -> Decimal:
    if quantity < 0:
        raise ValueError("negative quantity")
    return (to_money(unit_price) * quantity).quantize(CENT, rounding=ROUND_HALF_UP)


def invoice_total(
    lines: Iterable[tuple[str | int | Decimal, int]], tax_rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    if not 0 <= tax_rate < 1:
        raise ValueError("rate")
    subtotal = sum((line_total(p, q) for p, q in lines), Decimal("0.00"))
    tax = (subtotal * tax_rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return subtotal, tax, subtotal + tax


def split_evenly(amount: Decimal, parts: int) -> list[Decimal]:
    if parts < 1:
        raise ValueError("parts")
    total = to_money(amount)
    if total < 0:
        raise ValueError("amount")
    base = (total / parts).quantize(CENT, rounding=ROUND_DOWN)
    extra = int((total - base * parts) / CENT)
    return [base + CENT if i < extra else base for i in range(parts)]
