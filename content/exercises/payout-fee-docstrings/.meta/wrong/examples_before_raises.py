"""Puts reserve_hold's Examples before its Raises section.

numpydoc's order is Parameters, Returns, Yields, Raises, See Also, Notes, Examples:
GL07. Caught by the visible tests.

Every amount is a :class:`~decimal.Decimal` in the payout currency, rounded to the cent
with halves rounded up, as the payment provider does.
"""

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["net_payout", "platform_fee", "reserve_hold"]

CENT = Decimal("0.01")
NEW_SELLER_DAYS = 90


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def platform_fee(gross: Decimal, rate: Decimal, minimum: Decimal = Decimal("0.30")) -> Decimal:
    """Compute the platform's fee on one payout.

    The fee is ``rate`` of the gross sales, rounded to the cent, and never less than
    ``minimum``, except that a payout without sales has no fee.

    Parameters
    ----------
    gross : Decimal
        Sales of the period before any deduction.
    rate : Decimal
        Share of ``gross`` the platform keeps, from 0 (inclusive) to 1 (exclusive).
    minimum : Decimal, default Decimal("0.30")
        Smallest fee charged on a payout with sales.

    Returns
    -------
    Decimal
        The fee, rounded to the cent.

    Raises
    ------
    ValueError
        If ``gross`` is negative or ``rate`` is outside [0, 1).

    Examples
    --------
    >>> from decimal import Decimal
    >>> platform_fee(Decimal("120.00"), Decimal("0.029"))
    Decimal('3.48')
    >>> platform_fee(Decimal("5.00"), Decimal("0.029"))
    Decimal('0.30')
    >>> platform_fee(Decimal("10"), Decimal("1.5"))
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

    Sellers whose first sale is less than 90 days old have ``hold_rate`` of their gross
    sales held back against refunds; older sellers have nothing held.

    Parameters
    ----------
    gross : Decimal
        Sales of the period before any deduction.
    days_since_first_sale : int
        Age of the seller's account, in days since its first sale.
    hold_rate : Decimal, default Decimal("0.10")
        Share of ``gross`` held back from a new seller.

    Returns
    -------
    Decimal
        The amount held back, rounded to the cent.

    Examples
    --------
    >>> from decimal import Decimal
    >>> reserve_hold(Decimal("250.00"), days_since_first_sale=12)
    Decimal('25.00')
    >>> reserve_hold(Decimal("250.00"), days_since_first_sale=400)
    Decimal('0.00')

    Raises
    ------
    ValueError
        If ``days_since_first_sale`` is negative.
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
    """Compute the amount transferred to the seller.

    Gross sales minus refunds, the platform's fee and the reserve hold; a payout never
    goes below zero (what is left over is carried to the next period by the ledger).

    Parameters
    ----------
    gross : Decimal
        Sales of the period before any deduction.
    rate : Decimal
        The platform's fee rate, as for `platform_fee`.
    days_since_first_sale : int
        Age of the seller's account, in days since its first sale.
    refunds : Decimal, default Decimal("0.00")
        Money returned to buyers during the period.

    Returns
    -------
    Decimal
        The amount paid out, rounded to the cent, at least zero.

    Raises
    ------
    ValueError
        If ``refunds`` is negative, or for the reasons `platform_fee` and
        `reserve_hold` give.

    Examples
    --------
    >>> from decimal import Decimal
    >>> net_payout(Decimal("120.00"), Decimal("0.029"), days_since_first_sale=200)
    Decimal('116.52')
    >>> net_payout(
    ...     Decimal("120.00"), Decimal("0.029"), days_since_first_sale=30, refunds=Decimal("20")
    ... )
    Decimal('84.52')
    """
    if refunds < 0:
        raise ValueError("refunds must not be negative")
    fee = platform_fee(gross, rate)
    hold = reserve_hold(gross, days_since_first_sale=days_since_first_sale)
    return max(_cents(gross - refunds - fee - hold), Decimal("0.00"))
