"""Gets the unit conversion backwards: divides the price by the grams *and* by 1000
(``pack_price / grams / 1000``), which is the price of a milligram, not of a kilogram.
The visible tests catch it."""


def line_total(unit_price: float, quantity: int) -> float:
    return round(unit_price * quantity, 2)


def with_tax(amount: float, tax_percent: float) -> float:
    return round(amount + amount * tax_percent / 100, 2)


def average_price(total: float, item_count: int) -> float:
    return round(total / item_count, 2)


def price_per_kilo(pack_price: float, grams: int) -> float:
    return round(pack_price / grams / 1000, 2)
