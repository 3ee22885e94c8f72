"""A café's till: prices in whole cents, receipt lines as text."""


def line_total(unit_price_cents: int, quantity: int) -> int:
    """The price of ``quantity`` items at ``unit_price_cents`` each, in cents."""
    raise NotImplementedError("line_total")


def format_cents(cents: int) -> str:
    """``cents`` as receipt text: whole units, a dot, two digits of cents."""
    raise NotImplementedError("format_cents")


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    """One receipt line, such as ``'2 x Latte: 7.00'``."""
    raise NotImplementedError("receipt_line")


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    """Each person's share (rounded down) and the cents left over."""
    raise NotImplementedError("split_bill")
