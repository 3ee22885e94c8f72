"""Cents as a digit string cut before its last two digits (``zfill(3)`` gives the leading
``0`` of ``0.05``), a repeated addition for the line total and ``divmod`` for the bill."""


def line_total(unit_price_cents: int, quantity: int) -> int:
    total = 0
    for _ in range(quantity):
        total += unit_price_cents
    return total


def format_cents(cents: int) -> str:
    digits = str(cents).zfill(3)
    return digits[:-2] + "." + digits[-2:]


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    return (
        str(quantity) + " x " + item + ": " + format_cents(line_total(unit_price_cents, quantity))
    )


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    return divmod(total_cents, people)
