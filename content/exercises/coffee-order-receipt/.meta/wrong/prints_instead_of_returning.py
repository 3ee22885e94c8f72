"""``receipt_line`` prints the line and returns nothing.

A beginner who sees the right text on the screen believes the function works, but its
caller receives ``None``. The visible tests catch it.
"""


def line_total(unit_price_cents: int, quantity: int) -> int:
    return unit_price_cents * quantity


def format_cents(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    total = line_total(unit_price_cents, quantity)
    print(f"{quantity} x {item}: {format_cents(total)}")
    return None  # type: ignore[return-value]


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    return total_cents // people, total_cents % people
