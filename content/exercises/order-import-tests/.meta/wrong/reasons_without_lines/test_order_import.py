"""Every rejection reason is checked, but one bad row at a time: no test looks at the line
numbers of the errors nor at the rows after a bad one, so an import that names the wrong
line or stops at the first bad row passes.

The usual blind spot of table-driven tests: each case alone, never a file that mixes them.
"""

from decimal import Decimal

import pytest

from order_import import Order, import_orders


def test_a_good_row(csv_lines):
    report = import_orders(csv_lines("A-1,Ann@Example.com,3,0.333"))
    assert report.orders == [Order("A-1", "ann@example.com", 3, Decimal("0.333"))]
    assert report.orders[0].total == Decimal("1.00")


def test_revenue(csv_lines):
    report = import_orders(csv_lines("A-1,ann@example.com,3,0.333", "A-2,bo@example.com,2,5"))
    assert report.revenue == Decimal("11.00")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (",ann@example.com,1,1", "order_id is empty"),
        ("A-1,ann.example.com,1,1", "customer must be an e-mail address"),
        ("A-1,ann@example.com,two,1", "quantity is not a whole number"),
        ("A-1,ann@example.com,0,1", "quantity must be at least 1"),
        ("A-1,ann@example.com,1,cheap", "unit_price is not a number"),
        ("A-1,ann@example.com,1,-1", "unit_price must be a non-negative amount"),
    ],
)
def test_rejections(csv_lines, row, reason):
    report = import_orders(csv_lines(row))
    assert [error.reason for error in report.errors] == [reason]


def test_free_items(csv_lines):
    assert len(import_orders(csv_lines("F-1,ann@example.com,2,0")).orders) == 1


def test_duplicates(csv_lines):
    report = import_orders(csv_lines("A-1,ann@example.com,1,1", "A-1,bo@example.com,9,9"))
    assert len(report.orders) == 1
    assert len(report.errors) == 1


def test_empty(csv_lines):
    assert import_orders(csv_lines()).orders == []
