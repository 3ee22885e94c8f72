"""A stock ledger for a warehouse service.

It works, and the service's tests pass, but it was written before the team turned on
``mypy --strict``. Type it so that mypy has nothing to say, without changing what it does.
"""

from typing import Any, Protocol

StockRow = dict
"""One line of a stock export: ``sku`` (str), ``quantity`` (int) and, on some lines,
``location`` (str)."""


class Source(Protocol):
    """Anything that yields records, such as an export file reader."""

    def read(self): ...


class Registry:
    """Values by key, in the order they were first added."""

    def __init__(self):
        self._items = {}

    def add(self, key, value):
        self._items[key] = value

    def get(self, key, default=None):
        return self._items.get(key, default)

    def keys(self):
        return list(self._items)


def parse_row(raw):
    """A validated row; ``ValueError`` names the first field that is missing or wrong."""
    sku = raw.get("sku")
    if not isinstance(sku, str) or not sku.strip():
        raise ValueError("sku must be a non-empty string")
    quantity = raw.get("quantity")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 0:
        raise ValueError("quantity must be a non-negative integer")
    row = {"sku": sku.strip(), "quantity": quantity}
    location = raw.get("location")
    if location is not None:
        if not isinstance(location, str):
            raise ValueError("location must be a string")
        row["location"] = location
    return row


def total_quantity(rows: Any) -> int:
    return sum(row["quantity"] for row in rows)


def latest(items, stamp):
    """The item with the highest stamp (the first of equals); ``None`` when empty."""
    best = None
    best_stamp = 0.0
    for item in items:
        value = stamp(item)
        if best is None or value > best_stamp:
            best, best_stamp = item, value
    return best


def restock_plan(source, threshold):
    """Units to order per SKU so that each reaches ``threshold``."""
    totals = Registry()
    for row in source.read():
        totals.add(row["sku"], totals.get(row["sku"], 0) + row["quantity"])
    return {
        sku: threshold - totals.get(sku, 0)
        for sku in totals.keys()
        if totals.get(sku, 0) < threshold
    }
