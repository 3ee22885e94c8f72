"""``location`` declared as an ordinary (required) key of the TypedDict.

The most common TypedDict mistake: every key of a total TypedDict must be present, so
``parse_row`` builds a row mypy rejects and the test file's rows without a location no
longer type-check. The behaviour is unchanged; only mypy catches it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Generic, Protocol, TypedDict, TypeVar, overload

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class StockRow(TypedDict):
    """One line of a stock export."""

    sku: str
    quantity: int
    location: str


class Source(Protocol[T_co]):
    """Anything that yields records, such as an export file reader."""

    def read(self) -> Iterator[T_co]: ...


class Registry(Generic[K, V]):
    """Values by key, in the order they were first added."""

    def __init__(self) -> None:
        self._items: dict[K, V] = {}

    def add(self, key: K, value: V) -> None:
        self._items[key] = value

    @overload
    def get(self, key: K) -> V | None: ...

    @overload
    def get(self, key: K, default: V) -> V: ...

    def get(self, key: K, default: V | None = None) -> V | None:
        return self._items.get(key, default)

    def keys(self) -> list[K]:
        return list(self._items)


def parse_row(raw: Mapping[str, object]) -> StockRow:
    """A validated row; ``ValueError`` names the first field that is missing or wrong."""
    sku = raw.get("sku")
    if not isinstance(sku, str) or not sku.strip():
        raise ValueError("sku must be a non-empty string")
    quantity = raw.get("quantity")
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 0:
        raise ValueError("quantity must be a non-negative integer")
    row: StockRow = {"sku": sku.strip(), "quantity": quantity}
    location = raw.get("location")
    if location is not None:
        if not isinstance(location, str):
            raise ValueError("location must be a string")
        row["location"] = location
    return row


def total_quantity(rows: Iterable[StockRow]) -> int:
    return sum(row["quantity"] for row in rows)


def latest(items: Sequence[T], stamp: Callable[[T], float]) -> T | None:
    """The item with the highest stamp (the first of equals); ``None`` when empty."""
    if not items:
        return None
    best, best_stamp = items[0], stamp(items[0])
    for item in items[1:]:
        value = stamp(item)
        if value > best_stamp:
            best, best_stamp = item, value
    return best


def restock_plan(source: Source[StockRow], threshold: int) -> dict[str, int]:
    """Units to order per SKU so that each reaches ``threshold`` (SKUs summed over
    locations; only those below it, in order of first appearance)."""
    totals: dict[str, int] = {}
    for row in source.read():
        totals[row["sku"]] = totals.get(row["sku"], 0) + row["quantity"]
    return {sku: threshold - count for sku, count in totals.items() if count < threshold}
