"""A different route: SKUs checked character by character (no regular expression), the
stock in a ``collections.Counter``, the scratch directory made with ``mkdtemp`` and removed
by ``shutil.rmtree`` through ``addCleanup``, and persistence through ``json.dump`` and
``json.load`` on open files."""

from __future__ import annotations

import json
import shutil
import string
import tempfile
import unittest
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_ALLOWED = frozenset(string.ascii_lowercase + string.digits)


class OutOfStockError(Exception):
    def __init__(self, sku: str, requested: int, available: int) -> None:
        self.sku, self.requested, self.available = sku, requested, available
        super().__init__(f"{sku}: requested {requested}, only {available} available")


def _valid_sku(sku: Any) -> bool:
    if not isinstance(sku, str) or not sku:
        return False
    groups = sku.split("-")
    return all(group and set(group) <= _ALLOWED for group in groups)


def _whole(value: Any, minimum: int) -> int:
    if type(value) is not int or value < minimum:
        raise ValueError(f"quantity must be a whole number >= {minimum}, got {value!r}")
    return value


class Inventory:
    def __init__(self, stock: Mapping[str, int] | None = None) -> None:
        self._stock: Counter[str] = Counter()
        for sku, quantity in dict(stock or {}).items():
            if not _valid_sku(sku):
                raise ValueError(f"invalid sku: {sku!r}")
            self._stock[sku] = _whole(quantity, 0)

    def available(self, sku: str) -> int:
        if sku not in self._stock:
            raise KeyError(sku)
        return self._stock[sku]

    def restock(self, sku: str, quantity: int) -> int:
        _whole(quantity, 1)
        if not _valid_sku(sku):
            raise ValueError(f"invalid sku: {sku!r}")
        self._stock[sku] += quantity
        return self._stock[sku]

    def reserve(self, sku: str, quantity: int) -> int:
        _whole(quantity, 1)
        have = self.available(sku)
        if have < quantity:
            raise OutOfStockError(sku, quantity, have)
        self._stock[sku] = have - quantity
        return self._stock[sku]

    def save(self, path: Path) -> None:
        with path.open("w", encoding="utf-8") as file:
            json.dump(dict(self._stock), file, sort_keys=True)

    @classmethod
    def load(cls, path: Path) -> Inventory:
        with path.open(encoding="utf-8") as file:
            data = json.load(file)
        if type(data) is not dict:
            raise ValueError("the stock file must hold a JSON object")
        return cls(data)


class InventoryTestCase(unittest.TestCase):
    inventory: Inventory
    tmp: Path

    def setUp(self) -> None:
        super().setUp()
        self.inventory = Inventory({"apple": 5, "pear": 0})
        self.tmp = Path(tempfile.mkdtemp(prefix="inventory-"))
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)

    def assertInStock(self, sku: str, expected: int) -> None:
        if sku not in self.inventory._stock:
            raise self.failureException(f"{sku}: not in the inventory")
        found = self.inventory.available(sku)
        if found != expected:
            raise self.failureException(f"{sku}: expected {expected} in stock, found {found}")
