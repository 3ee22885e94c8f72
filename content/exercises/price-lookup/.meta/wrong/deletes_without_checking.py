"""Deletes straight away with ``del prices[item]``: removing an item that is not on the
menu raises ``KeyError`` instead of returning ``False``. The visible tests catch it."""


def price_of(prices: dict[str, float], item: str) -> float:
    return prices[item]


def price_or_default(prices: dict[str, float], item: str, default: float) -> float:
    return prices.get(item, default)


def set_price(prices: dict[str, float], item: str, price: float) -> None:
    prices[item] = price


def remove_item(prices: dict[str, float], item: str) -> bool:
    del prices[item]
    return True
