"""``reserve_order`` reserves on a copy of the stock and writes the copy back only when every
line succeeded, so there is nothing to undo; the errors build their messages from their
own attributes."""


class StockError(Exception):
    pass


class UnknownProductError(StockError):
    def __init__(self, sku: str) -> None:
        self.sku = sku
        super().__init__("unknown product " + repr(sku))


class OutOfStockError(StockError):
    def __init__(self, sku: str, requested: int, available: int) -> None:
        self.sku, self.requested, self.available = sku, requested, available
        super().__init__(f"only {self.available} of {self.sku} left, {self.requested} requested")


def reserve(stock: dict[str, int], sku: str, quantity: int) -> int:
    if quantity <= 0:
        raise ValueError("quantity must be at least 1")
    left = stock.get(sku)
    if left is None:
        raise UnknownProductError(sku)
    if left < quantity:
        raise OutOfStockError(sku, quantity, left)
    stock[sku] = left - quantity
    return stock[sku]


def reserve_order(stock: dict[str, int], lines: list[tuple[str, int]]) -> int:
    draft = dict(stock)
    total = 0
    for sku, quantity in lines:
        reserve(draft, sku, quantity)
        total += quantity
    stock.update(draft)
    return total


def try_reserve(stock: dict[str, int], sku: str, quantity: int) -> str:
    try:
        reserve(stock, sku, quantity)
        return "reserved"
    except OutOfStockError as err:
        missing = err.requested - err.available
        return f"backorder {missing} x {err.sku}"
    except UnknownProductError:
        return "unknown product"
