"""Behaviour tests, which mypy also reads: the ``assert_type`` calls pin the typed API."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import assert_type

import pytest
from typed_stock_ledger import (
    Registry,
    Source,
    StockRow,
    latest,
    parse_row,
    restock_plan,
    total_quantity,
)


class ListSource:
    """A source over rows already in memory."""

    def __init__(self, rows: list[StockRow]) -> None:
        self.rows = rows

    def read(self) -> Iterator[StockRow]:
        yield from self.rows


def count_records(source: Source[Mapping[str, object]]) -> int:
    """Written for any source of mappings: a source of rows must be accepted."""
    return sum(1 for _ in source.read())


@pytest.mark.task(taskno=1)
def test_registry_get_without_default_may_be_none() -> None:
    prices: Registry[str, int] = Registry()
    prices.add("apple", 3)
    assert assert_type(prices.get("apple"), int | None) == 3
    assert prices.get("pear") is None, "a missing key without default gives None"


@pytest.mark.task(taskno=1)
def test_registry_get_with_default_is_never_none() -> None:
    prices: Registry[str, int] = Registry()
    prices.add("apple", 3)
    assert assert_type(prices.get("pear", 0), int) == 0
    assert prices.get("apple", 0) == 3


@pytest.mark.task(taskno=1)
def test_registry_keys_keep_insertion_order() -> None:
    names: Registry[int, str] = Registry()
    for key in (3, 1, 2, 1):
        names.add(key, f"n{key}")
    assert assert_type(names.keys(), list[int]) == [3, 1, 2]
    assert names.get(1) == "n1"


@pytest.mark.task(taskno=2)
def test_parse_row_validates_and_strips() -> None:
    row = assert_type(parse_row({"sku": " A-1 ", "quantity": 4}), StockRow)
    assert row == {"sku": "A-1", "quantity": 4}
    assert assert_type(row["quantity"], int) + 1 == 5
    assert parse_row({"sku": "B", "quantity": 0, "location": "dock"}) == {
        "sku": "B",
        "quantity": 0,
        "location": "dock",
    }


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    "raw",
    [
        {"quantity": 1},
        {"sku": "  ", "quantity": 1},
        {"sku": 7, "quantity": 1},
        {"sku": "A"},
        {"sku": "A", "quantity": -1},
        {"sku": "A", "quantity": True},
        {"sku": "A", "quantity": 1.0},
        {"sku": "A", "quantity": 1, "location": 5},
    ],
)
def test_parse_row_rejects_bad_fields(raw: Mapping[str, object]) -> None:
    with pytest.raises(ValueError, match=r"sku|quantity|location"):
        parse_row(raw)


@pytest.mark.task(taskno=3)
def test_total_and_latest() -> None:
    rows: list[StockRow] = [{"sku": "A", "quantity": 2}, {"sku": "B", "quantity": 5}]
    assert assert_type(total_quantity(rows), int) == 7
    stamps = {"a": 1.0, "b": 3.0, "c": 3.0}
    assert assert_type(latest(["a", "b", "c"], stamps.__getitem__), str | None) == "b"
    assert latest([], stamps.__getitem__) is None


@pytest.mark.task(taskno=4)
def test_restock_plan_sums_locations_and_orders_what_is_missing() -> None:
    source = ListSource(
        [
            {"sku": "A", "quantity": 2, "location": "north"},
            {"sku": "B", "quantity": 9},
            {"sku": "A", "quantity": 3, "location": "south"},
            {"sku": "C", "quantity": 0},
        ]
    )
    assert assert_type(restock_plan(source, 6), dict[str, int]) == {"A": 1, "C": 6}
    assert count_records(source) == 4
