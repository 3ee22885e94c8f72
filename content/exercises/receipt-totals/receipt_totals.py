"""Receipt totals: the arithmetic behind a shop's receipt."""


def line_total(unit_price: float, quantity: int) -> float:
    """Return unit_price times quantity, rounded to 2 decimal places."""
    raise NotImplementedError("line_total")


def with_tax(amount: float, tax_percent: float) -> float:
    """Return amount plus tax_percent percent of it, rounded to 2 decimal places."""
    raise NotImplementedError("with_tax")


def average_price(total: float, item_count: int) -> float:
    """Return total divided by item_count, rounded to 2 decimal places."""
    raise NotImplementedError("average_price")


def price_per_kilo(pack_price: float, grams: int) -> float:
    """Return the price of 1000 grams of a pack of `grams` grams, rounded to 2 places."""
    raise NotImplementedError("price_per_kilo")
