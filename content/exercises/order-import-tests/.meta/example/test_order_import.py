"""Tests for order_import.py."""

from decimal import Decimal

import pytest

from order_import import Order, RowError, import_orders, parse_order

GOOD = "A-1,Ann@Example.com,3,0.333"


def test_a_good_row_becomes_an_order(csv_lines):
    report = import_orders(csv_lines(GOOD))
    assert report.errors == []
    assert report.orders == [Order("A-1", "ann@example.com", 3, Decimal("0.333"))]


def test_totals_are_rounded_to_the_cent(csv_lines):
    (order,) = import_orders(csv_lines(GOOD)).orders
    assert order.total == Decimal("1.00")


def test_revenue_sums_the_totals(csv_lines):
    report = import_orders(csv_lines(GOOD, "A-2,bo@example.com,2,5"))
    assert report.revenue == Decimal("11.00")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (",ann@example.com,1,1", "order_id is empty"),
        ("A-1,ann.example.com,1,1", "customer must be an e-mail address"),
        ("A-1,ann@example.com,two,1", "quantity is not a whole number"),
        ("A-1,ann@example.com,0,1", "quantity must be at least 1"),
        ("A-1,ann@example.com,1,cheap", "unit_price is not a number"),
        ("A-1,ann@example.com,1,-0.01", "unit_price must be a non-negative amount"),
        ("A-1,ann@example.com,1,NaN", "unit_price must be a non-negative amount"),
    ],
)
def test_a_bad_row_is_reported_with_its_reason(csv_lines, row, reason):
    report = import_orders(csv_lines(row))
    assert report.orders == []
    assert [error.reason for error in report.errors] == [reason]


def test_free_items_are_accepted(csv_lines):
    (order,) = import_orders(csv_lines("F-1,ann@example.com,2,0")).orders
    assert order.total == Decimal("0.00")


def test_errors_name_the_file_line_and_the_import_goes_on(csv_lines):
    rows = ("A-1,ann@example.com,1,1", "B-1,nobody,1,1", "A-2,bo@example.com,1,1")
    report = import_orders(csv_lines(*rows))
    assert [order.order_id for order in report.orders] == ["A-1", "A-2"]
    assert [error.line for error in report.errors] == [3]
    assert str(report.errors[0]) == "line 3: customer must be an e-mail address"


def test_a_repeated_order_id_keeps_the_first_order(csv_lines):
    report = import_orders(csv_lines("A-1,ann@example.com,1,1", "A-1,bo@example.com,9,9"))
    assert [order.customer for order in report.orders] == ["ann@example.com"]
    assert [error.reason for error in report.errors] == ["duplicate order_id A-1"]


def test_parse_order_names_the_line_it_was_given():
    row = {"order_id": "X-9", "customer": "a@b.example", "quantity": "", "unit_price": "1"}
    with pytest.raises(RowError, match="line 7: quantity is not a whole number"):
        parse_order(row, 7)
