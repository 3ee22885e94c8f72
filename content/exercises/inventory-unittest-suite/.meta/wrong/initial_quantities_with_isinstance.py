"""Checks initial quantities with ``isinstance(quantity, int)``.

``True`` is an ``int`` to ``isinstance``, so ``Inventory({"apple": True})`` (or a JSON file
with ``true``) stores a boolean as a stock level. The visible tests refused -1 and 2.0
only; the visible test with ``True`` catches it.
"""

import json
import re
import tempfile
import unittest
from collections.abc import Mapping
from pathlib import Path

_SKU = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class OutOfStockError(Exception):
    """A reservation asked for more than is available."""

    def __init__(self, sku: str, requested: int, available: int) -> None:
        super().__init__(f"{sku}: requested {requested}, only {available} available")
        self.sku = sku
        self.requested = requested
        self.available = available


def _check_sku(sku: str) -> str:
    if not _SKU.fullmatch(sku):
        raise ValueError(f"invalid sku {sku!r}")
    return sku


def _check_quantity(quantity: int, *, allow_zero: bool = False) -> int:
    if type(quantity) is not int or quantity < 0 or (quantity == 0 and not allow_zero):
        raise ValueError(f"invalid quantity {quantity!r}")
    return quantity


class Inventory:
    """Units on hand per SKU."""

    def __init__(self, stock: Mapping[str, int] | None = None) -> None:
        self._stock = {}
        for sku, qty in (stock or {}).items():
            if not isinstance(qty, int) or qty < 0:
                raise ValueError(f"invalid quantity {qty!r}")
            self._stock[_check_sku(sku)] = qty

    def available(self, sku: str) -> int:
        return self._stock[sku]

    def restock(self, sku: str, quantity: int) -> int:
        _check_quantity(quantity)
        self._stock[_check_sku(sku)] = self._stock.get(sku, 0) + quantity
        return self._stock[sku]

    def reserve(self, sku: str, quantity: int) -> int:
        _check_quantity(quantity)
        on_hand = self._stock[sku]
        if quantity > on_hand:
            raise OutOfStockError(sku, quantity, on_hand)
        self._stock[sku] = on_hand - quantity
        return self._stock[sku]

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self._stock, sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Inventory":
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a JSON object")
        return cls(data)


class InventoryTestCase(unittest.TestCase):
    """Base class: a fresh inventory and scratch directory per test, plus an assertion."""

    inventory: Inventory
    tmp: Path

    def setUp(self) -> None:
        self.inventory = Inventory({"apple": 5, "pear": 0})
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        self.tmp = Path(scratch.name)

    def assertInStock(self, sku: str, expected: int) -> None:
        try:
            found = self.inventory.available(sku)
        except KeyError:
            self.fail(f"{sku}: not in the inventory")
        if found != expected:
            self.fail(f"{sku}: expected {expected} in stock, found {found}")
