"""Multiplies the subtotal by the tax rate in floating point, then rounds the float.

``Decimal(float(subtotal) * float(tax_rate))`` looks exact once it is a Decimal again, but
10.70 * 0.25 is 2.67499999… as a float, so banker's rounding gives 2.67 instead of 2.68.
The visible tests only use products that floats hold exactly (3.00 * 0.125).
"""

from collections.abc import Iterable
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal, InvalidOperation

CENT = Decimal("0.01")


def to_money(value: str | int | Decimal) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(f"money must be str, int or Decimal, got {type(value).__name__}")
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    if not amount.is_finite():
        raise ValueError(f"money must be finite, got {value!r}")
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


def line_total(unit_price: str | int | Decimal, quantity: int) -> Decimal:
    if quantity < 0:
        raise ValueError(f"quantity must not be negative, got {quantity}")
    return (to_money(unit_price) * quantity).quantize(CENT, rounding=ROUND_HALF_EVEN)


def invoice_total(
    lines: Iterable[tuple[str | int | Decimal, int]], tax_rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    if not 0 <= tax_rate < 1:
        raise ValueError(f"tax rate must be in [0, 1), got {tax_rate}")
    subtotal = sum((line_total(price, qty) for price, qty in lines), Decimal("0.00"))
    tax = Decimal(float(subtotal) * float(tax_rate)).quantize(CENT, rounding=ROUND_HALF_EVEN)
    return subtotal, tax, subtotal + tax


def split_evenly(amount: Decimal, parts: int) -> list[Decimal]:
    if parts < 1:
        raise ValueError(f"parts must be at least 1, got {parts}")
    total = to_money(amount)
    if total < 0:
        raise ValueError(f"amount must not be negative, got {amount}")
    base = (total / parts).quantize(CENT, rounding=ROUND_DOWN)
    leftover = int((total - base * parts) / CENT)
    return [base + CENT if index < leftover else base for index in range(parts)]
