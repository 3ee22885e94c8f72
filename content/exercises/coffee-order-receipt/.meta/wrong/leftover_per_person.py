"""``split_bill`` reports the leftover as ``total - share``, what one person does not pay.

It mixes up "what is left after everyone paid" with "what is left after one person paid".
The visible tests catch it (1000 for 4 people leaves 0, not 750).
"""


def line_total(unit_price_cents: int, quantity: int) -> int:
    return unit_price_cents * quantity


def format_cents(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    return f"{quantity} x {item}: {format_cents(line_total(unit_price_cents, quantity))}"


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    share = total_cents // people
    return share, total_cents - share
