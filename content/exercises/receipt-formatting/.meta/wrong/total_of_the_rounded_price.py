"""The line total multiplies the unit price already rounded to cents (``round(unit_price,
2)``), so 10 at ``1.299`` cost ``13.00`` instead of ``12.99``.

The visible test with a three-decimal price catches it, and so do the sealed set's."""


def money(amount: float) -> str:
    """Return amount with exactly two decimals."""
    return f"{amount:.2f}"


def receipt_line(name: str, quantity: int, unit_price: float) -> str:
    """Return the 38-character receipt line for one product."""
    unit_price = round(unit_price, 2)
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
