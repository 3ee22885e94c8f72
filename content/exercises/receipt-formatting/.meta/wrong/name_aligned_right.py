"""Aligns the name to the right (``:>16``) like the numbers, so short names start in the
middle of the line. The visible tests catch it."""


def money(amount: float) -> str:
    return f"{amount:.2f}"


def receipt_line(name: str, quantity: int, unit_price: float) -> str:
    line_total = quantity * unit_price
    return f"{name[:16]:>16}{quantity:>3} x {unit_price:>7.2f}{line_total:>9.2f}"


def total_line(total: float) -> str:
    return f"{'TOTAL':<29}{total:>9.2f}"


def share(part: float, whole: float) -> str:
    if whole == 0:
        return "n/a"
    return f"{part / whole:.1%}"
