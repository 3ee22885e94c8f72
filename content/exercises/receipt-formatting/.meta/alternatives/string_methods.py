"""Pads with the string methods ``ljust`` and ``rjust`` and formats numbers with
``format()``; the percentage is computed by hand and followed by a literal ``%``."""


def money(amount: float) -> str:
    return format(amount, ".2f")


def receipt_line(name: str, quantity: int, unit_price: float) -> str:
    columns = [
        name[:16].ljust(16),
        str(quantity).rjust(3),
        " x ",
        money(unit_price).rjust(7),
        money(quantity * unit_price).rjust(9),
    ]
    return "".join(columns)


def total_line(total: float) -> str:
    return "TOTAL".ljust(29) + money(total).rjust(9)


def share(part: float, whole: float) -> str:
    if not whole:
        return "n/a"
    return format(part * 100 / whole, ".1f") + "%"
