"""Checks ``item in prices.values()`` before removing: that searches the prices, not the
product names, so a real product is reported as missing (and a price that happens to match
would reach ``del`` with a key that does not exist). The visible tests catch it."""


def price_of(prices: dict[str, float], item: str) -> float:
    return prices[item]


def price_or_default(prices: dict[str, float], item: str, default: float) -> float:
    return prices.get(item, default)


def set_price(prices: dict[str, float], item: str, price: float) -> None:
    prices[item] = price


def remove_item(prices: dict[str, float], item: str) -> bool:
    if item in prices.values():
        del prices[item]
        return True
    return False
