"""A different route: exact arithmetic in ``fractions.Fraction`` with a hand-written
half-to-even rounding to whole cents, and integer cents for the split."""

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from fractions import Fraction

CENT = Decimal("0.01")


def _cents_half_even(value: Fraction) -> int:
    """``value`` (in currency units) rounded half to even to a whole number of cents."""
    scaled = value * 100
    floor = scaled.numerator // scaled.denominator
    rest = scaled - floor
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and floor % 2 == 1):
        return floor + 1
    return floor


def _decimal(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _exact(value: str | int | Decimal) -> Fraction:
    if type(value) is bool or not isinstance(value, str | int | Decimal):
        raise TypeError(f"money must be str, int or Decimal, not {type(value).__name__}")
    if isinstance(value, str):
        try:
            value = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"{value} is not a finite amount")
    return Fraction(value)


def to_money(value: str | int | Decimal) -> Decimal:
    return _decimal(_cents_half_even(_exact(value)))


def line_total(unit_price: str | int | Decimal, quantity: int) -> Decimal:
    if quantity < 0:
        raise ValueError(f"quantity {quantity} is negative")
    return _decimal(_cents_half_even(_exact(unit_price)) * quantity)


def invoice_total(
    lines: Iterable[tuple[str | int | Decimal, int]], tax_rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    rate = Fraction(tax_rate)
    if rate < 0 or rate >= 1:
        raise ValueError(f"tax rate {tax_rate} is outside [0, 1)")
    subtotal_cents = 0
    for price, quantity in lines:
        if quantity < 0:
            raise ValueError(f"quantity {quantity} is negative")
        subtotal_cents += _cents_half_even(_exact(price)) * quantity
    tax_cents = _cents_half_even(Fraction(subtotal_cents, 100) * rate)
    return _decimal(subtotal_cents), _decimal(tax_cents), _decimal(subtotal_cents + tax_cents)


def split_evenly(amount: Decimal, parts: int) -> list[Decimal]:
    if parts < 1:
        raise ValueError(f"cannot split into {parts} parts")
    cents = _cents_half_even(_exact(amount))
    if cents < 0:
        raise ValueError(f"cannot split a negative amount {amount}")
    share, leftover = divmod(cents, parts)
    return [_decimal(share + 1) if index < leftover else _decimal(share) for index in range(parts)]
