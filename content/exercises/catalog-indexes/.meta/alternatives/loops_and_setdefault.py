"""Builds every index with plain loops: ``setdefault`` groups the SKUs by category in one
pass (sorted afterwards), and ``set.add`` collects the categories."""

Product = tuple[str, str, str, float]


def name_by_sku(products: list[Product]) -> dict[str, str]:
    index = {}
    for product in products:
        index[product[0]] = product[1]
    return index


def categories_with(products: list[Product], min_price: float) -> set[str]:
    found = set()
    for _, _, category, price in products:
        if not price < min_price:
            found.add(category)
    return found


def prices_under(products: list[Product], limit: float) -> dict[str, float]:
    cheap = {}
    for sku, _, _, price in products:
        if price < limit:
            cheap[sku] = price
    return cheap


def sku_by_name(names: dict[str, str]) -> dict[str, str]:
    return dict(zip(names.values(), names.keys(), strict=True))


def skus_by_category(products: list[Product]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for sku, _, category, _ in products:
        groups.setdefault(category, []).append(sku)
    for skus in groups.values():
        skus.sort()
    return groups
