"""Catalog indexes: lookup tables over a product catalogue, built with comprehensions."""

Product = tuple[str, str, str, float]  # (sku, name, category, price)


def name_by_sku(products: list[Product]) -> dict[str, str]:
    """Return {sku: name} for every product."""
    raise NotImplementedError("name_by_sku")


def categories_with(products: list[Product], min_price: float) -> set[str]:
    """Return the categories with at least one product priced min_price or more."""
    raise NotImplementedError("categories_with")


def prices_under(products: list[Product], limit: float) -> dict[str, float]:
    """Return {sku: price} for the products that cost less than limit."""
    raise NotImplementedError("prices_under")


def sku_by_name(names: dict[str, str]) -> dict[str, str]:
    """Return {name: sku} from {sku: name}; a later SKU wins a repeated name."""
    raise NotImplementedError("sku_by_name")


def skus_by_category(products: list[Product]) -> dict[str, list[str]]:
    """Return {category: sorted SKUs of that category}."""
    raise NotImplementedError("skus_by_category")
