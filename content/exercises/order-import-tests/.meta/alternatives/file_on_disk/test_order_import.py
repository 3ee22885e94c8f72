"""Tests grouped in classes, each importing a real file through the conftest fixture."""

from decimal import Decimal

import pytest

from order_import import RowError, parse_order


class TestGoodRows:
    def test_fields_are_normalised(self, import_file):
        (order,) = import_file(" A-1 ,  ANN@example.com ,2,1.5").orders
        assert (order.order_id, order.customer, order.quantity) == ("A-1", "ann@example.com", 2)
        assert order.unit_price == Decimal("1.5")

    def test_total_and_revenue(self, import_file):
        report = import_file("A-1,a@x.example,3,0.335", "A-2,b@x.example,1,0")
        assert [order.total for order in report.orders] == [Decimal("1.00"), Decimal("0.00")]
        assert report.revenue == Decimal("1.00")


class TestBadRows:
    @pytest.mark.parametrize(
        "row",
        [
            " ,a@x.example,1,1",
            "A-1,,1,1",
            "A-1,a@x.example,1.5,1",
            "A-1,a@x.example,-2,1",
            "A-1,a@x.example,1,",
            "A-1,a@x.example,1,-5",
            "A-1,a@x.example,1,Infinity",
        ],
    )
    def test_rejected_and_skipped(self, import_file, row):
        report = import_file(row, "Z-9,z@x.example,1,1")
        assert [order.order_id for order in report.orders] == ["Z-9"]
        assert [error.line for error in report.errors] == [2]

    def test_quantity_zero_message(self, import_file):
        (error,) = import_file("A-1,a@x.example,0,1").errors
        assert str(error) == "line 2: quantity must be at least 1"

    def test_duplicate_is_the_later_row(self, import_file):
        report = import_file("A-1,a@x.example,1,1", "B-1,b@x.example,1,1", "A-1,c@x.example,1,1")
        assert [order.customer for order in report.orders] == ["a@x.example", "b@x.example"]
        assert [(error.line, error.reason) for error in report.errors] == [
            (4, "duplicate order_id A-1")
        ]


def test_parse_order_raises_with_the_given_line():
    with pytest.raises(RowError) as caught:
        parse_order({"order_id": "X", "customer": "a@x.example", "quantity": "1"}, 12)
    assert (caught.value.line, caught.value.reason) == (12, "unit_price is not a number")
