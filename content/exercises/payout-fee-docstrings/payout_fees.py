# TODO: the module docstring, then the functions' docstrings in NumPy style.

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["net_payout", "platform_fee", "reserve_hold"]

CENT = Decimal("0.01")
NEW_SELLER_DAYS = 90


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def platform_fee(gross: Decimal, rate: Decimal, minimum: Decimal = Decimal("0.30")) -> Decimal:
    """Fee. TODO: a numpydoc docstring."""
    if gross < 0:
        raise ValueError("gross must not be negative")
    if not 0 <= rate < 1:
        raise ValueError("rate must be at least 0 and below 1")
    if gross == 0:
        return Decimal("0.00")
    return max(_cents(gross * rate), _cents(minimum))


def reserve_hold(
    gross: Decimal, *, days_since_first_sale: int, hold_rate: Decimal = Decimal("0.10")
) -> Decimal:
    """TODO: a numpydoc docstring."""
    if days_since_first_sale < 0:
        raise ValueError("days_since_first_sale must not be negative")
    if days_since_first_sale >= NEW_SELLER_DAYS:
        return Decimal("0.00")
    return _cents(gross * hold_rate)


def net_payout(
    gross: Decimal,
    rate: Decimal,
    *,
    days_since_first_sale: int,
    refunds: Decimal = Decimal("0.00"),
) -> Decimal:
    """Returns the payout.

    Args:
        gross: sales
        rate: fee rate
    """
    if refunds < 0:
        raise ValueError("refunds must not be negative")
    fee = platform_fee(gross, rate)
    hold = reserve_hold(gross, days_since_first_sale=days_since_first_sale)
    return max(_cents(gross - refunds - fee - hold), Decimal("0.00"))
