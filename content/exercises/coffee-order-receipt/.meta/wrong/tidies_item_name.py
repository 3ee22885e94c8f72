"""``receipt_line`` tidies the item name with ``strip()`` instead of keeping it exactly as
given, so ``" Espresso"`` or ``"Mocha "`` lose their spaces.

The visible tests use names without surrounding spaces and pass; the sealed set's item
names with leading and trailing whitespace catch it."""


def line_total(unit_price_cents: int, quantity: int) -> int:
    return unit_price_cents * quantity


def format_cents(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    total = format_cents(line_total(unit_price_cents, quantity))
    return f"{quantity} x {item.strip()}: {total}"


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    return total_cents // people, total_cents % people
