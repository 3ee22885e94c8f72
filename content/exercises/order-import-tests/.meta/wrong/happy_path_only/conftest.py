"""Fixtures shared by the order-import tests."""

from collections.abc import Callable

import pytest

HEADER = "order_id,customer,quantity,unit_price"


@pytest.fixture
def csv_lines() -> Callable[..., list[str]]:
    """Build the lines of an export: the header, then the given rows."""

    def build(*rows: str) -> list[str]:
        return [HEADER, *rows]

    return build
