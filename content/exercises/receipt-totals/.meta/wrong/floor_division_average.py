"""Divides with ``//`` for the average: floor division drops the decimals, so 10.0 over 4
items gives 2.0 instead of 2.5. The visible tests catch it."""


def line_total(unit_price: float, quantity: int) -> float:
    return round(unit_price * quantity, 2)


def with_tax(amount: float, tax_percent: float) -> float:
    return round(amount + amount * tax_percent / 100, 2)


def average_price(total: float, item_count: int) -> float:
    return round(total // item_count, 2)


def price_per_kilo(pack_price: float, grams: int) -> float:
    return round(pack_price / grams * 1000, 2)
