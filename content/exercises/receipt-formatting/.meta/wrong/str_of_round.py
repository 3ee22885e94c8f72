"""Writes the money with ``str(round(amount, 2))``: rounding keeps the number but not the
zeros, so 3.5 prints as ``'3.5'`` and 12 as ``'12'``. The visible tests catch it."""


def money(amount: float) -> str:
    return str(round(amount, 2))


def receipt_line(name: str, quantity: int, unit_price: float) -> str:
    line_total = quantity * unit_price
    return f"{name[:16]:<16}{quantity:>3} x {unit_price:>7.2f}{line_total:>9.2f}"


def total_line(total: float) -> str:
    return f"{'TOTAL':<29}{total:>9.2f}"


def share(part: float, whole: float) -> str:
    if whole == 0:
        return "n/a"
    return f"{part / whole:.1%}"
