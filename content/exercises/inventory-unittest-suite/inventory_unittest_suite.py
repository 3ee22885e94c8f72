"""Inventory service plus a unittest base class: implement both."""

import unittest
from collections.abc import Mapping
from pathlib import Path


class OutOfStockError(Exception):
    """A reservation asked for more than is available."""

    def __init__(self, sku: str, requested: int, available: int) -> None:
        raise NotImplementedError


class Inventory:
    """Units on hand per SKU."""

    def __init__(self, stock: Mapping[str, int] | None = None) -> None:
        raise NotImplementedError

    def available(self, sku: str) -> int:
        raise NotImplementedError

    def restock(self, sku: str, quantity: int) -> int:
        raise NotImplementedError

    def reserve(self, sku: str, quantity: int) -> int:
        raise NotImplementedError

    def save(self, path: Path) -> None:
        raise NotImplementedError

    @classmethod
    def load(cls, path: Path) -> "Inventory":
        raise NotImplementedError


class InventoryTestCase(unittest.TestCase):
    """Base class: a fresh inventory and scratch directory per test, plus an assertion."""

    inventory: Inventory
    tmp: Path

    def setUp(self) -> None:
        raise NotImplementedError

    def assertInStock(self, sku: str, expected: int) -> None:
        raise NotImplementedError
