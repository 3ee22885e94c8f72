"""Formatting a bill (top layer of the library: knows only amounts)."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def _money(amount):
    return Decimal(str(amount)).quantize(CENT, rounding=ROUND_HALF_UP)


def format_bill(totals, currency="EUR"):
    """One ``customer: amount CUR`` line per customer (by name), then the ``TOTAL`` line."""
    lines = []
    total = Decimal(0)
    for customer in sorted(totals):
        amount = _money(totals[customer])
        total += amount
        lines.append(f"{customer}: {amount} {currency}")
    lines.append(f"TOTAL: {_money(total)} {currency}")
    return "\n".join(lines)
