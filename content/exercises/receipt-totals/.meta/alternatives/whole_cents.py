"""Works in tenths of a cent: turns each price into an int with ``round``, computes with
ints as far as it can, and rounds to cents only at the end. The tax multiplies by a factor
instead of adding a separate tax amount."""


def _to_cents(euros: float) -> int:
    return round(euros * 100)


def line_total(unit_price: float, quantity: int) -> float:
    tenths_of_cents = round(unit_price * 1000) * quantity
    return round(tenths_of_cents / 10) / 100


def with_tax(amount: float, tax_percent: float) -> float:
    return round(_to_cents(amount) * (1 + tax_percent / 100)) / 100


def average_price(total: float, item_count: int) -> float:
    return round(_to_cents(total) / item_count) / 100


def price_per_kilo(pack_price: float, grams: int) -> float:
    kilograms = grams / 1000
    return round(_to_cents(pack_price) / kilograms) / 100
