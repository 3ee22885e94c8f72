"""Price filters: catalogue lists built with list comprehensions."""


def product_codes(names: list[str]) -> list[str]:
    """Return every name stripped and in upper case."""
    raise NotImplementedError("product_codes")


def affordable(prices: list[float], budget: float) -> list[float]:
    """Return the prices that are at most budget, in order."""
    raise NotImplementedError("affordable")


def discounted(prices: list[float], percent: int) -> list[float]:
    """Return every price reduced by percent percent, rounded to 2 places."""
    raise NotImplementedError("discounted")


def price_tags(items: list[tuple[str, float]]) -> list[str]:
    """Return '<name>: <price>' tags for the items that cost more than 0."""
    raise NotImplementedError("price_tags")
