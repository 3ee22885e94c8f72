"""``share`` writes ``str(round(part / whole * 100, 1)) + "%"``: the same text for everyday
shares, but ``str`` switches to an exponent for large numbers (``'1e+17%'``), where the
``.1%`` specification writes every digit.

The visible tests have small shares and pass; the sealed set's very large shares catch it."""


def money(amount: float) -> str:
    """Return amount with exactly two decimals."""
    return f"{amount:.2f}"


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
    return f"{round(part / whole * 100, 1)}%"
