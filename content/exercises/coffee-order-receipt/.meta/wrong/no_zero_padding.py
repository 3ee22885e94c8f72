"""``format_cents`` writes the leftover cents without padding them to two digits.

705 cents becomes ``'7.5'`` (read as seven fifty) and 5 cents ``'0.5'``. The visible tests
catch it with 705 and 5 cents.
"""


def line_total(unit_price_cents: int, quantity: int) -> int:
    return unit_price_cents * quantity


def format_cents(cents: int) -> str:
    return f"{cents // 100}.{cents % 100}"


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    return f"{quantity} x {item}: {format_cents(line_total(unit_price_cents, quantity))}"


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    return total_cents // people, total_cents % people
