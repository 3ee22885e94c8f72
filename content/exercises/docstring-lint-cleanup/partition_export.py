from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

__all__ = ["Partition", "batch_rows", "manifest_line", "partitions_between"]

T = TypeVar("T")


@dataclass(frozen=True)
class Partition:
    table: str
    day: date

    def path(self, root: str) -> str:
        """
        Returns the folder of the partition under root
        """
        day = self.day
        return f"{root.rstrip('/')}/{self.table}/year={day:%Y}/month={day:%m}/day={day:%d}/"

    def __str__(self) -> str:
        return f"{self.table}@{self.day.isoformat()}"


def partitions_between(table: str, start: date, end: date) -> list[Partition]:
    """List the daily partitions of `table` from `start` to `end`, both included.
    Partitions are returned oldest first.

    Args:
        table: name of the exported table
        start: the first day
        end: the last day

    Raises:
        ValueError: if end is before start
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    return [Partition(table, start + timedelta(days=n)) for n in range((end - start).days + 1)]


def batch_rows(rows: Sequence[T], size: int) -> Iterator[list[T]]:
    """split rows into batches of size rows, the last one possibly shorter

    parameters
    ---------
    rows : Sequence
        The rows of one partition.
    size : int
        Rows per batch, at least 1.
    Yields
    ------
    list
        The next batch, in the order of ``rows``.
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    for first in range(0, len(rows), size):
        yield list(rows[first : first + size])


def manifest_line(partition: Partition, row_count: int, root: str) -> str:
    # One line of the JSON manifest: table, day, path and rows, keys sorted.
    record = {
        "table": partition.table,
        "day": partition.day.isoformat(),
        "path": partition.path(root),
        "rows": row_count,
    }
    return json.dumps(record, sort_keys=True) + "\n"
