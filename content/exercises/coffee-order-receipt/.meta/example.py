"""A café's till: prices in whole cents, receipt lines as text."""


def line_total(unit_price_cents: int, quantity: int) -> int:
    """The price of ``quantity`` items at ``unit_price_cents`` each, in cents."""
    return unit_price_cents * quantity


def format_cents(cents: int) -> str:
    """``cents`` as receipt text: whole units, a dot, two digits of cents."""
    return f"{cents // 100}.{cents % 100:02d}"


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    """One receipt line, such as ``'2 x Latte: 7.00'``."""
    total = line_total(unit_price_cents, quantity)
    return f"{quantity} x {item}: {format_cents(total)}"


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    """Each person's share (rounded down) and the cents left over."""
    share = total_cents // people
    leftover = total_cents % people
    return share, leftover
