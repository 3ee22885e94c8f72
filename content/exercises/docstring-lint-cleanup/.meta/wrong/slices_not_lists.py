# WRONG: batch_rows yields raw slices (tuple/str for tuple/str input), not lists
"""Lay out, batch and describe the partitions of the nightly warehouse export."""

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
    """One day of one table in the Hive-style export layout.

    Parameters
    ----------
    table : str
        Name of the exported table.
    day : date
        The day the partition holds.
    """

    table: str
    day: date

    def path(self, root: str) -> str:
        """Return the folder of the partition under ``root``.

        Parameters
        ----------
        root : str
            Where the export is written; trailing slashes are ignored.

        Returns
        -------
        str
            ``<root>/<table>/year=YYYY/month=MM/day=DD/``.
        """
        day = self.day
        return f"{root.rstrip('/')}/{self.table}/year={day:%Y}/month={day:%m}/day={day:%d}/"

    def __str__(self) -> str:
        """Return the partition as ``table@YYYY-MM-DD``."""
        return f"{self.table}@{self.day.isoformat()}"


def partitions_between(table: str, start: date, end: date) -> list[Partition]:
    """List the daily partitions of ``table`` from ``start`` to ``end``, both included.

    Partitions are returned oldest first.

    Parameters
    ----------
    table : str
        Name of the exported table.
    start : date
        The first day.
    end : date
        The last day.

    Returns
    -------
    list of Partition
        One partition per day, oldest first.

    Raises
    ------
    ValueError
        If ``end`` is before ``start``.
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    return [Partition(table, start + timedelta(days=n)) for n in range((end - start).days + 1)]


def batch_rows(rows: Sequence[T], size: int) -> Iterator[list[T]]:
    """Split rows into batches of ``size`` rows, the last one possibly shorter.

    Parameters
    ----------
    rows : Sequence
        The rows of one partition.
    size : int
        Rows per batch, at least 1.

    Yields
    ------
    list
        The next batch, in the order of ``rows``.

    Raises
    ------
    ValueError
        If ``size`` is below 1.
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    for first in range(0, len(rows), size):
        yield rows[first : first + size]


def manifest_line(partition: Partition, row_count: int, root: str) -> str:
    """Return one line of the JSON manifest: table, day, path and rows, keys sorted.

    Parameters
    ----------
    partition : Partition
        The partition described.
    row_count : int
        Rows written to it.
    root : str
        Where the export is written.

    Returns
    -------
    str
        The JSON object followed by a newline.
    """
    record = {
        "table": partition.table,
        "day": partition.day.isoformat(),
        "path": partition.path(root),
        "rows": row_count,
    }
    return json.dumps(record, sort_keys=True) + "\n"
