# WRONG: doctests in the module docstring and in _cents expect the wrong repr
"""Compute the fees, reserves and net payouts of marketplace sellers.

Examples
--------
>>> net_payout(Decimal("100"), Decimal("0.029"), days_since_first_sale=400)
Decimal('97.1')
"""

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["net_payout", "platform_fee", "reserve_hold"]

CENT = Decimal("0.01")
NEW_SELLER_DAYS = 90


def _cents(amount: Decimal) -> Decimal:
    """Round to the cent.

    >>> _cents(Decimal("2.345"))
    Decimal('2.34')
    """
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def platform_fee(gross: Decimal, rate: Decimal, minimum: Decimal = Decimal("0.30")) -> Decimal:
    """Compute the platform's fee on a seller's gross sales.

    Parameters
    ----------
    gross : Decimal
        Sales of the period before any deduction.
    rate : Decimal
        Fee rate, at least 0 and below 1.
    minimum : Decimal, default Decimal("0.30")
        Smallest fee charged on a payout with sales.

    Returns
    -------
    Decimal
        The fee, rounded to the cent with halves rounded up.

    Raises
    ------
    ValueError
        If ``gross`` is negative or ``rate`` is outside [0, 1).

    See Also
    --------
    net_payout : The payout after fee, hold and refunds.

    Examples
    --------
    >>> platform_fee(Decimal("120.00"), Decimal("0.029"))
    Decimal('3.48')
    >>> platform_fee(Decimal("5.00"), Decimal("0.029"))
    Decimal('0.30')
    >>> platform_fee(Decimal("1"), Decimal("1"))
    Traceback (most recent call last):
        ...
    ValueError: rate must be at least 0 and below 1
    """
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
    """Compute the reserve held back from a new seller's payout.

    Parameters
    ----------
    gross : Decimal
        Sales of the period before any deduction.
    days_since_first_sale : int
        Age of the seller's account in days.
    hold_rate : Decimal, default Decimal("0.10")
        Share of the gross held for accounts under 90 days old.

    Returns
    -------
    Decimal
        The amount held, rounded to the cent.

    Raises
    ------
    ValueError
        If ``days_since_first_sale`` is negative.

    Examples
    --------
    >>> reserve_hold(Decimal("250"), days_since_first_sale=89)
    Decimal('25.00')
    >>> reserve_hold(Decimal("250"), days_since_first_sale=90)
    Decimal('0.00')
    """
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
    """Compute what the marketplace transfers to a seller.

    Parameters
    ----------
    gross : Decimal
        Sales of the period before any deduction.
    rate : Decimal
        Platform fee rate, at least 0 and below 1.
    days_since_first_sale : int
        Age of the seller's account in days.
    refunds : Decimal, default Decimal("0.00")
        Refunds paid back to buyers in the period.

    Returns
    -------
    Decimal
        The payout, never below zero.

    Raises
    ------
    ValueError
        If ``refunds`` is negative, or as raised by the fee and hold computations.

    Examples
    --------
    >>> net_payout(Decimal("120.00"), Decimal("0.029"), days_since_first_sale=30,
    ...            refunds=Decimal("20"))
    Decimal('84.52')
    """
    if refunds < 0:
        raise ValueError("refunds must not be negative")
    fee = platform_fee(gross, rate)
    hold = reserve_hold(gross, days_since_first_sale=days_since_first_sale)
    return max(_cents(gross - refunds - fee - hold), Decimal("0.00"))
