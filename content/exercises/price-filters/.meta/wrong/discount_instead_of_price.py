"""Computes the discount itself (``price * percent / 100``) instead of the price that is
left to pay. The visible tests catch it."""


def product_codes(names: list[str]) -> list[str]:
    return [name.strip().upper() for name in names]


def affordable(prices: list[float], budget: float) -> list[float]:
    return [price for price in prices if price <= budget]


def discounted(prices: list[float], percent: int) -> list[float]:
    return [round(price * percent / 100, 2) for price in prices]


def price_tags(items: list[tuple[str, float]]) -> list[str]:
    return [f"{name}: {price:.2f}" for name, price in items if price > 0]
