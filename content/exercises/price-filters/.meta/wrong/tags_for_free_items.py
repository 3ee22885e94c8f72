"""Forgets the condition in the tag comprehension, so free items get a ``"0.00"`` tag too.
The visible tests catch it."""


def product_codes(names: list[str]) -> list[str]:
    return [name.strip().upper() for name in names]


def affordable(prices: list[float], budget: float) -> list[float]:
    return [price for price in prices if price <= budget]


def discounted(prices: list[float], percent: int) -> list[float]:
    return [round(price * (100 - percent) / 100, 2) for price in prices]


def price_tags(items: list[tuple[str, float]]) -> list[str]:
    return [f"{name}: {price:.2f}" for name, price in items]
