"""Export partitions of a warehouse table, one folder per day, and their manifest lines.

Written another way: the dataclass documents its fields under Attributes, summaries are
phrased differently, batch_rows slices with itertools.islice over an iterator, and the
manifest is built with a dict literal in key order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from typing import TypeVar

__all__ = ["Partition", "batch_rows", "manifest_line", "partitions_between"]

T = TypeVar("T")


@dataclass(frozen=True)
class Partition:
    """A single day of a single table.

    Attributes
    ----------
    table : str
        The table's name.
    day : date
        Its day.
    """

    table: str
    day: date

    def path(self, root: str) -> str:
        """Return where the partition lives below ``root`` (Hive layout).

        Parameters
        ----------
        root : str
            Root folder or bucket URL.

        Returns
        -------
        str
            The folder, ending with ``/``.

        Examples
        --------
        >>> Partition("orders", date(2026, 3, 7)).path("/x/")
        '/x/orders/year=2026/month=03/day=07/'
        """
        return "/".join(
            [
                root.rstrip("/"),
                self.table,
                f"year={self.day.year:04d}",
                f"month={self.day.month:02d}",
                f"day={self.day.day:02d}",
                "",
            ]
        )

    def __str__(self) -> str:
        """Name the partition for log lines."""
        return f"{self.table}@{self.day:%Y-%m-%d}"


def partitions_between(table: str, start: date, end: date) -> list[Partition]:
    """Enumerate a table's partitions over an inclusive range of days.

    Parameters
    ----------
    table : str
        The table's name.
    start : date
        First day.
    end : date
        Last day, included.

    Returns
    -------
    list[Partition]
        Oldest first.

    Raises
    ------
    ValueError
        When the range is reversed.
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    found = []
    day = start
    while day <= end:
        found.append(Partition(table, day))
        day += timedelta(days=1)
    return found


def batch_rows(rows: Sequence[T], size: int) -> Iterator[list[T]]:
    """Yield consecutive batches of at most ``size`` rows.

    Parameters
    ----------
    rows : Sequence
        Rows to split.
    size : int
        Largest batch.

    Yields
    ------
    list
        A batch.

    Raises
    ------
    ValueError
        For a size under 1.
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    remaining = iter(rows)
    while batch := list(islice(remaining, size)):
        yield batch


def manifest_line(partition: Partition, row_count: int, root: str) -> str:
    """Render the manifest entry of a partition.

    Parameters
    ----------
    partition : Partition
        What was written.
    row_count : int
        Its number of rows.
    root : str
        The export root.

    Returns
    -------
    str
        One JSON line.
    """
    return (
        json.dumps(
            {
                "day": partition.day.isoformat(),
                "path": partition.path(root),
                "rows": row_count,
                "table": partition.table,
            }
        )
        + "\n"
    )
