"""Warehouse reservations that fail with errors of their own."""


class StockError(Exception):
    """The base class of the inventory's errors."""


class UnknownProductError(StockError):
    """No product has this SKU."""

    def __init__(self, sku: str) -> None:
        raise NotImplementedError("UnknownProductError.__init__")


class OutOfStockError(StockError):
    """Fewer units are left than requested."""

    def __init__(self, sku: str, requested: int, available: int) -> None:
        raise NotImplementedError("OutOfStockError.__init__")


def reserve(stock: dict[str, int], sku: str, quantity: int) -> int:
    """Take ``quantity`` units of ``sku`` out of ``stock``; the units left."""
    raise NotImplementedError("reserve")


def reserve_order(stock: dict[str, int], lines: list[tuple[str, int]]) -> int:
    """Reserve every line or none; the total number of units reserved."""
    raise NotImplementedError("reserve_order")


def try_reserve(stock: dict[str, int], sku: str, quantity: int) -> str:
    """``'reserved'``, ``'backorder <missing> x <sku>'`` or ``'unknown product'``."""
    raise NotImplementedError("try_reserve")
