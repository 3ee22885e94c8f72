"""Receipt totals: the arithmetic behind a shop's receipt."""


def line_total(unit_price: float, quantity: int) -> float:
    """Return unit_price times quantity, rounded to 2 decimal places."""
    return round(unit_price * quantity, 2)


def with_tax(amount: float, tax_percent: float) -> float:
    """Return amount plus tax_percent percent of it, rounded to 2 decimal places."""
    tax = amount * tax_percent / 100
    return round(amount + tax, 2)


def average_price(total: float, item_count: int) -> float:
    """Return total divided by item_count, rounded to 2 decimal places."""
    return round(total / item_count, 2)


def price_per_kilo(pack_price: float, grams: int) -> float:
    """Return the price of 1000 grams of a pack of `grams` grams, rounded to 2 places."""
    return round(pack_price / grams * 1000, 2)
