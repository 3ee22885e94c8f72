"""Treats the tax percentage as a fraction: adds ``amount * tax_percent`` instead of
``amount * tax_percent / 100``, so 20 % tax multiplies the price by 21. The visible tests
catch it."""


def line_total(unit_price: float, quantity: int) -> float:
    return round(unit_price * quantity, 2)


def with_tax(amount: float, tax_percent: float) -> float:
    return round(amount + amount * tax_percent, 2)


def average_price(total: float, item_count: int) -> float:
    return round(total / item_count, 2)


def price_per_kilo(pack_price: float, grams: int) -> float:
    return round(pack_price / grams * 1000, 2)
