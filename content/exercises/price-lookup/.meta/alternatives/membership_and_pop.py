"""Checks membership with ``in`` before indexing instead of using ``get``, and removes with
``pop`` and a default, telling the two outcomes apart by the key's presence beforehand."""


def price_of(prices: dict[str, float], item: str) -> float:
    price = prices[item]
    return price


def price_or_default(prices: dict[str, float], item: str, default: float) -> float:
    if item not in prices:
        return default
    return prices[item]


def set_price(prices: dict[str, float], item: str, price: float) -> None:
    prices.update({item: price})


def remove_item(prices: dict[str, float], item: str) -> bool:
    was_there = item in prices
    prices.pop(item, None)
    return was_there
