import json
import unittest
from typing import Any

from inventory_unittest_suite import Inventory, InventoryTestCase, OutOfStockError


class FixtureTest(InventoryTestCase):
    """Task 1: the base class gives each test a fresh world."""

    def test_setup_builds_the_standard_inventory(self) -> None:
        self.assertEqual(self.inventory.available("apple"), 5)
        self.assertEqual(self.inventory.available("pear"), 0)

    def test_each_test_gets_a_new_inventory_part_one(self) -> None:
        self.inventory.reserve("apple", 5)
        self.assertInStock("apple", 0)

    def test_each_test_gets_a_new_inventory_part_two(self) -> None:
        self.assertInStock("apple", 5)  # not affected by the other test

    def test_scratch_directory_exists_and_is_removed_afterwards(self) -> None:
        self.assertTrue(self.tmp.is_dir())
        inner = InventoryTestCase("setUp")
        inner.setUp()
        scratch = inner.tmp
        self.assertTrue(scratch.is_dir())
        inner.doCleanups()
        self.assertFalse(scratch.exists(), "setUp must register the cleanup with addCleanup")

    def test_assert_in_stock_passes_on_the_right_count(self) -> None:
        self.assertInStock("apple", 5)
        self.assertInStock("pear", 0)

    def test_assert_in_stock_fails_with_a_helpful_message(self) -> None:
        with self.assertRaises(self.failureException) as caught:
            self.assertInStock("apple", 4)
        self.assertEqual(str(caught.exception), "apple: expected 4 in stock, found 5")

    def test_assert_in_stock_fails_for_unknown_skus(self) -> None:
        with self.assertRaises(self.failureException) as caught:
            self.assertInStock("kiwi", 0)
        self.assertEqual(str(caught.exception), "kiwi: not in the inventory")


class OwnFailureClassTest(InventoryTestCase):
    """Task 1: assertInStock fails through self.fail, so it honours failureException."""

    class SuiteFailure(AssertionError):
        pass

    failureException = SuiteFailure

    def test_assert_in_stock_raises_the_failure_exception_of_the_class(self) -> None:
        with self.assertRaises(self.SuiteFailure):
            self.assertInStock("apple", 4)
        with self.assertRaises(self.SuiteFailure):
            self.assertInStock("kiwi", 0)


class ReserveTest(InventoryTestCase):
    """Task 2: reserving and restocking."""

    def test_reserve_takes_units_and_returns_what_is_left(self) -> None:
        self.assertEqual(self.inventory.reserve("apple", 2), 3)
        self.assertInStock("apple", 3)

    def test_reserving_everything_is_allowed(self) -> None:
        self.assertEqual(self.inventory.reserve("apple", 5), 0)

    def test_reserving_too_much_raises_and_changes_nothing(self) -> None:
        with self.assertRaises(OutOfStockError) as caught:
            self.inventory.reserve("apple", 6)
        error = caught.exception
        self.assertEqual((error.sku, error.requested, error.available), ("apple", 6, 5))
        self.assertEqual(str(error), "apple: requested 6, only 5 available")
        self.assertInStock("apple", 5)

    def test_unknown_sku_raises_key_error(self) -> None:
        with self.assertRaises(KeyError):
            self.inventory.reserve("kiwi", 1)
        with self.assertRaises(KeyError):
            self.inventory.available("kiwi")

    def test_restock_adds_units_and_creates_new_skus(self) -> None:
        self.assertEqual(self.inventory.restock("pear", 4), 4)
        self.assertEqual(self.inventory.restock("kiwi-gold", 1), 1)
        self.assertInStock("kiwi-gold", 1)

    def test_bad_quantities_are_rejected(self) -> None:
        bad: list[Any] = [0, -1, 1.5, "2", True, None]
        for quantity in bad:
            with self.subTest(quantity=quantity):
                with self.assertRaises(ValueError):
                    self.inventory.reserve("apple", quantity)
                with self.assertRaises(ValueError):
                    self.inventory.restock("apple", quantity)
        self.assertInStock("apple", 5)

    def test_bad_skus_are_rejected(self) -> None:
        bad = ["", "Apple", "red apple", "-apple", "apple-", "a--b", "äpfel", "a\u0661", "apple\n"]
        for sku in bad:
            with self.subTest(sku=sku):
                with self.assertRaisesRegex(ValueError, "invalid sku"):
                    self.inventory.restock(sku, 1)
                with self.assertRaisesRegex(ValueError, "invalid sku"):
                    Inventory({sku: 1})


class ConstructionTest(unittest.TestCase):
    """Task 2: building inventories directly."""

    def test_empty_inventory(self) -> None:
        self.assertEqual(Inventory().restock("a1", 2), 2)

    def test_initial_quantities_may_be_zero_but_not_negative(self) -> None:
        self.assertEqual(Inventory({"a": 0}).available("a"), 0)
        for quantity in (-1, 2.0, True):
            with self.subTest(quantity=quantity), self.assertRaises(ValueError):
                Inventory({"a": quantity})  # type: ignore[dict-item]


class PersistenceTest(InventoryTestCase):
    """Task 3: saving and loading."""

    def test_save_writes_sorted_json(self) -> None:
        path = self.tmp / "stock.json"
        self.inventory.restock("banana", 3)
        self.inventory.save(path)
        self.assertEqual(json.loads(path.read_text()), {"apple": 5, "banana": 3, "pear": 0})
        self.assertEqual(path.read_text(), '{"apple": 5, "banana": 3, "pear": 0}')

    def test_load_round_trips(self) -> None:
        path = self.tmp / "stock.json"
        self.inventory.reserve("apple", 1)
        self.inventory.save(path)
        loaded = Inventory.load(path)
        self.assertEqual(loaded.available("apple"), 4)
        self.assertEqual(loaded.available("pear"), 0)

    def test_load_validates_the_file(self) -> None:
        cases = {
            "list.json": "[1, 2]",
            "negative.json": '{"apple": -2}',
            "badsku.json": '{"Apple": 2}',
        }
        for name, text in cases.items():
            with self.subTest(file=name):
                path = self.tmp / name
                path.write_text(text)
                with self.assertRaises(ValueError):
                    Inventory.load(path)

    def test_missing_file_raises_file_not_found(self) -> None:
        with self.assertRaises(FileNotFoundError):
            Inventory.load(self.tmp / "nope.json")


if __name__ == "__main__":
    unittest.main()
