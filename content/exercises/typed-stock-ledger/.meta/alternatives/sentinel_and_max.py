"""Another way: a sentinel default in ``get``, ``max`` over indexed items in ``latest``,
``collections.Counter`` for the plan, and ``typing.cast``-free narrowing with match."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Generic, NotRequired, Protocol, TypedDict, TypeVar, overload

KeyT = TypeVar("KeyT")
ValueT = TypeVar("ValueT")
ItemT = TypeVar("ItemT")
RecordT_co = TypeVar("RecordT_co", covariant=True)


class StockRow(TypedDict):
    sku: str
    quantity: int
    location: NotRequired[str]


class Source(Protocol[RecordT_co]):
    def read(self) -> Iterator[RecordT_co]: ...


class _Missing:
    pass


_MISSING = _Missing()


class Registry(Generic[KeyT, ValueT]):
    def __init__(self) -> None:
        self._items: dict[KeyT, ValueT] = {}

    def add(self, key: KeyT, value: ValueT) -> None:
        self._items[key] = value

    @overload
    def get(self, key: KeyT) -> ValueT | None: ...

    @overload
    def get(self, key: KeyT, default: ValueT) -> ValueT: ...

    def get(self, key: KeyT, default: ValueT | _Missing = _MISSING) -> ValueT | None:
        if key in self._items:
            return self._items[key]
        return None if isinstance(default, _Missing) else default

    def keys(self) -> list[KeyT]:
        return [*self._items]


def parse_row(raw: Mapping[str, object]) -> StockRow:
    match raw.get("sku"):
        case str(sku) if sku.strip():
            pass
        case _:
            raise ValueError("sku must be a non-empty string")
    match raw.get("quantity"):
        case bool():
            raise ValueError("quantity must be a non-negative integer")
        case int(quantity) if quantity >= 0:
            pass
        case _:
            raise ValueError("quantity must be a non-negative integer")
    row = StockRow(sku=sku.strip(), quantity=quantity)
    match raw.get("location"):
        case None:
            pass
        case str(location):
            row["location"] = location
        case _:
            raise ValueError("location must be a string")
    return row


def total_quantity(rows: Iterable[StockRow]) -> int:
    total = 0
    for row in rows:
        total += row["quantity"]
    return total


def latest(items: Sequence[ItemT], stamp: Callable[[ItemT], float]) -> ItemT | None:
    if not items:
        return None
    best = max(range(len(items)), key=lambda index: (stamp(items[index]), -index))
    return items[best]


def restock_plan(source: Source[StockRow], threshold: int) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for row in source.read():
        totals[row["sku"]] += row["quantity"]
    return {sku: threshold - count for sku, count in totals.items() if count < threshold}
