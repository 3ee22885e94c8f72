"""Catalog indexes: lookup tables over a product catalogue, built with comprehensions."""

Product = tuple[str, str, str, float]  # (sku, name, category, price)


def name_by_sku(products: list[Product]) -> dict[str, str]:
    """Return {sku: name} for every product."""
    return {sku: name for sku, name, _, _ in products}


def categories_with(products: list[Product], min_price: float) -> set[str]:
    """Return the categories with at least one product priced min_price or more."""
    return {category for _, _, category, price in products if price >= min_price}


def prices_under(products: list[Product], limit: float) -> dict[str, float]:
    """Return {sku: price} for the products that cost less than limit."""
    return {sku: price for sku, _, _, price in products if price < limit}


def sku_by_name(names: dict[str, str]) -> dict[str, str]:
    """Return {name: sku} from {sku: name}; a later SKU wins a repeated name."""
    return {name: sku for sku, name in names.items()}


def skus_by_category(products: list[Product]) -> dict[str, list[str]]:
    """Return {category: sorted SKUs of that category}."""
    categories = {category for _, _, category, _ in products}
    return {
        category: sorted([sku for sku, _, other, _ in products if other == category])
        for category in categories
    }
