"""Price lookup: a café menu as a dict of product names to prices."""


def price_of(prices: dict[str, float], item: str) -> float:
    """Return the price of item, which is on the menu."""
    return prices[item]


def price_or_default(prices: dict[str, float], item: str, default: float) -> float:
    """Return the price of item, or default when it is not on the menu."""
    return prices.get(item, default)


def set_price(prices: dict[str, float], item: str, price: float) -> None:
    """Add item at price, or give it the new price; change prices itself."""
    prices[item] = price


def remove_item(prices: dict[str, float], item: str) -> bool:
    """Remove item; return True if it was on the menu, False otherwise."""
    if item in prices:
        del prices[item]
        return True
    return False
