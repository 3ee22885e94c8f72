"""Cuts the extra decimals off with ``int(value * 100) / 100`` instead of rounding:
21.3893 becomes 21.38 and 5.397 becomes 5.39. The visible tests catch it."""


def _cents(value: float) -> float:
    return int(value * 100) / 100


def line_total(unit_price: float, quantity: int) -> float:
    return _cents(unit_price * quantity)


def with_tax(amount: float, tax_percent: float) -> float:
    return _cents(amount + amount * tax_percent / 100)


def average_price(total: float, item_count: int) -> float:
    return _cents(total / item_count)


def price_per_kilo(pack_price: float, grams: int) -> float:
    return _cents(pack_price / grams * 1000)
