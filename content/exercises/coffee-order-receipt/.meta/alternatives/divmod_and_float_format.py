"""``divmod`` for the bill and ``:.2f`` formatting for the cents (exact for amounts of this
size: the float nearest to ``cents / 100`` still rounds to the right two decimals)."""


def line_total(unit_price_cents: int, quantity: int) -> int:
    total = 0
    for _ in range(quantity):
        total += unit_price_cents
    return total


def format_cents(cents: int) -> str:
    return f"{cents / 100:.2f}"


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    return (
        str(quantity) + " x " + item + ": " + format_cents(line_total(unit_price_cents, quantity))
    )


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    return divmod(total_cents, people)
