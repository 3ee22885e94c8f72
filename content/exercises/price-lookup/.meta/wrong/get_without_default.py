"""Calls ``prices.get(item)`` without passing the default on: a missing item gives
``None`` instead of the caller's default. The visible tests catch it."""


def price_of(prices: dict[str, float], item: str) -> float:
    return prices[item]


def price_or_default(prices: dict[str, float], item: str, default: float) -> float:
    return prices.get(item)  # type: ignore[return-value]


def set_price(prices: dict[str, float], item: str, price: float) -> None:
    prices[item] = price


def remove_item(prices: dict[str, float], item: str) -> bool:
    if item in prices:
        del prices[item]
        return True
    return False
