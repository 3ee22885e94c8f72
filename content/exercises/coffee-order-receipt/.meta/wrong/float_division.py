"""Uses true division ``/`` for money: ``format_cents`` shows ``cents / 100`` and
``split_bill`` gives a float share.

``str(7.0)`` is ``'7.0'``, not ``'7.00'``, and ``1000 / 3`` is ``333.33…``, not whole
cents. The visible tests catch both.
"""


def line_total(unit_price_cents: int, quantity: int) -> int:
    return unit_price_cents * quantity


def format_cents(cents: int) -> str:
    return str(cents / 100)


def receipt_line(item: str, unit_price_cents: int, quantity: int) -> str:
    return f"{quantity} x {item}: {format_cents(line_total(unit_price_cents, quantity))}"


def split_bill(total_cents: int, people: int) -> tuple[int, int]:
    share = total_cents / people
    return share, total_cents - int(share) * people  # type: ignore[return-value]
