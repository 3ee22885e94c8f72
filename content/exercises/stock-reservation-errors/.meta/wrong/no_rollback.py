"""``reserve_order`` re-raises the error but never gives back the units of the lines before
it.

The order fails, yet the first lines' units stay reserved for an order that does not
exist: the shop shows them as sold out. The visible tests catch it.
"""


class StockError(Exception):
    """The base class of the inventory's errors."""


class UnknownProductError(StockError):
    """No product has this SKU."""

    def __init__(self, sku: str) -> None:
        super().__init__(f"unknown product {sku!r}")
        self.sku = sku


class OutOfStockError(StockError):
    """Fewer units are left than requested."""

    def __init__(self, sku: str, requested: int, available: int) -> None:
        super().__init__(f"only {available} of {sku} left, {requested} requested")
        self.sku = sku
        self.requested = requested
        self.available = available


def reserve(stock: dict[str, int], sku: str, quantity: int) -> int:
    """Take ``quantity`` units of ``sku`` out of ``stock``; the units left."""
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    if sku not in stock:
        raise UnknownProductError(sku)
    if quantity > stock[sku]:
        raise OutOfStockError(sku, quantity, stock[sku])
    stock[sku] -= quantity
    return stock[sku]


def reserve_order(stock: dict[str, int], lines: list[tuple[str, int]]) -> int:
    """Reserve every line or none; the total number of units reserved."""
    done: list[tuple[str, int]] = []
    try:
        for sku, quantity in lines:
            reserve(stock, sku, quantity)
            done.append((sku, quantity))
    except (StockError, ValueError):
        raise
    return sum(quantity for _, quantity in done)


def try_reserve(stock: dict[str, int], sku: str, quantity: int) -> str:
    """``'reserved'``, ``'backorder <missing> x <sku>'`` or ``'unknown product'``."""
    try:
        reserve(stock, sku, quantity)
    except OutOfStockError as err:
        return f"backorder {err.requested - err.available} x {err.sku}"
    except UnknownProductError:
        return "unknown product"
    return "reserved"
