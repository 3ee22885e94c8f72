"""Import of the order rows a shop exports as CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["ImportReport", "Order", "RowError", "import_orders", "parse_order"]

CENT = Decimal("0.01")


class RowError(ValueError):
    """A row that cannot be imported; ``line`` is its line number in the file."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class Order:
    """One imported order."""

    order_id: str
    customer: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        """Quantity times unit price, rounded to the cent."""
        return (self.unit_price * self.quantity).quantize(CENT)


@dataclass
class ImportReport:
    """What an import produced: the orders in file order, and the rejected rows."""

    orders: list[Order]
    errors: list[RowError]

    @property
    def revenue(self) -> Decimal:
        """The sum of the imported orders' totals."""
        return sum((order.total for order in self.orders), Decimal("0.00"))


def parse_order(row: dict[str, str], line: int) -> Order:
    """Build an order from one CSV row; raise :class:`RowError` naming ``line``."""
    order_id = (row.get("order_id") or "").strip()
    if not order_id:
        raise RowError(line, "order_id is empty")
    customer = (row.get("customer") or "").strip().lower()
    if "@" not in customer:
        raise RowError(line, "customer must be an e-mail address")
    try:
        quantity = int(row.get("quantity") or "")
    except ValueError:
        raise RowError(line, "quantity is not a whole number") from None
    if quantity < 1:
        raise RowError(line, "quantity must be at least 1")
    try:
        unit_price = Decimal((row.get("unit_price") or "").strip())
    except InvalidOperation:
        raise RowError(line, "unit_price is not a number") from None
    if not unit_price.is_finite() or unit_price < 0:
        raise RowError(line, "unit_price must be a non-negative amount")
    return Order(order_id, customer, quantity, unit_price)


def import_orders(lines: Iterable[str]) -> ImportReport:
    """Import CSV text lines, header first: good rows become orders, bad ones errors."""
    report = ImportReport(orders=[], errors=[])
    seen: set[str] = set()
    reader = csv.DictReader(lines)
    for row in reader:
        line = reader.line_num - 1
        try:
            order = parse_order(row, line)
        except RowError as error:
            report.errors.append(error)
            continue
        if order.order_id in seen:
            report.errors.append(RowError(line, f"duplicate order_id {order.order_id}"))
            continue
        seen.add(order.order_id)
        report.orders.append(order)
    return report
