"""Exports written to a temporary file, read back as the shop's importer reads them."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

import pytest

from order_import import ImportReport, import_orders


@pytest.fixture
def import_file(tmp_path: Path) -> Iterator[Callable[..., ImportReport]]:
    """Write the rows under a header to a CSV file and import it."""
    opened: list[TextIO] = []

    def run(*rows: str) -> ImportReport:
        path = tmp_path / "orders.csv"
        path.write_text("\n".join(["order_id,customer,quantity,unit_price", *rows]) + "\n")
        handle = path.open(newline="")
        opened.append(handle)
        return import_orders(handle)

    yield run
    for handle in opened:
        handle.close()
