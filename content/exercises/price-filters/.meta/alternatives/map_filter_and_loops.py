"""Uses ``map`` and ``filter`` with small functions where a comprehension would go, and a
plain loop for the tags; the discount multiplies by a factor computed once."""


def _code(name: str) -> str:
    return name.strip().upper()


def product_codes(names: list[str]) -> list[str]:
    return list(map(_code, names))


def affordable(prices: list[float], budget: float) -> list[float]:
    return list(filter(lambda price: price <= budget, prices))


def discounted(prices: list[float], percent: int) -> list[float]:
    factor = (100 - percent) / 100
    return [round(price * factor, 2) for price in prices]


def price_tags(items: list[tuple[str, float]]) -> list[str]:
    tags = []
    for item in items:
        if item[1] > 0:
            tags.append(item[0] + ": " + format(item[1], ".2f"))
    return tags
