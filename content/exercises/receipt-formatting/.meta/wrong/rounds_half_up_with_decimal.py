"""``money`` rounds "half up" with ``decimal`` (``Decimal(str(amount)).quantize(...,
ROUND_HALF_UP)``), so ``2.675`` gives ``'2.68'`` and ``0.125`` gives ``'0.13'``, where the
``.2f`` specification the instructions ask for gives ``'2.67'`` and ``'0.12'``.

The visible test of halves catches it, and so do the sealed set's halves."""

from decimal import ROUND_HALF_UP, Decimal


def money(amount: float) -> str:
    """Return amount with exactly two decimals."""
    return str(Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def receipt_line(name: str, quantity: int, unit_price: float) -> str:
    """Return the 38-character receipt line for one product."""
    line_total = quantity * unit_price
    return f"{name[:16]:<16}{quantity:>3} x {unit_price:>7.2f}{line_total:>9.2f}"


def total_line(total: float) -> str:
    """Return 'TOTAL' and the total, aligned under the line totals."""
    return f"{'TOTAL':<29}{total:>9.2f}"


def share(part: float, whole: float) -> str:
    """Return part / whole as a percentage with one decimal, or 'n/a' when whole is 0."""
    if whole == 0:
        return "n/a"
    return f"{part / whole:.1%}"
