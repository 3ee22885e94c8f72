"""Looks up with brackets in ``price_or_default`` too: ``prices[item]`` raises
``KeyError`` for an item that is not on the menu instead of returning the default. The
visible tests catch it."""


def price_of(prices: dict[str, float], item: str) -> float:
    return prices[item]


def price_or_default(prices: dict[str, float], item: str, default: float) -> float:
    price = prices[item]
    if price is None:
        return default
    return price


def set_price(prices: dict[str, float], item: str, price: float) -> None:
    prices[item] = price


def remove_item(prices: dict[str, float], item: str) -> bool:
    if item in prices:
        del prices[item]
        return True
    return False
