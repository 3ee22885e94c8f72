"""Price filters: catalogue lists built with list comprehensions."""


def product_codes(names: list[str]) -> list[str]:
    """Return every name stripped and in upper case."""
    return [name.strip().upper() for name in names]


def affordable(prices: list[float], budget: float) -> list[float]:
    """Return the prices that are at most budget, in order."""
    return [price for price in prices if price <= budget]


def discounted(prices: list[float], percent: int) -> list[float]:
    """Return every price reduced by percent percent, rounded to 2 places."""
    return [round(price * (100 - percent) / 100, 2) for price in prices]


def price_tags(items: list[tuple[str, float]]) -> list[str]:
    """Return '<name>: <price>' tags for the items that cost more than 0."""
    return [f"{name}: {price:.2f}" for name, price in items if price > 0]
