"""Only well-formed exports are tested: every check of a bad row goes untested, so the bugs
in validation, line numbers and duplicates all pass.

The first tests a learner writes: they show the code works, not that it refuses what it must.
"""

from decimal import Decimal

import pytest

from order_import import import_orders


@pytest.mark.parametrize("quantity", [1, 2, 10])
def test_quantities(csv_lines, quantity):
    (order,) = import_orders(csv_lines(f"A-1,ann@example.com,{quantity},2")).orders
    assert order.quantity == quantity


def test_total(csv_lines):
    (order,) = import_orders(csv_lines("A-1,ann@example.com,3,0.333")).orders
    assert order.total == Decimal("1.00")


def test_customer(csv_lines):
    (order,) = import_orders(csv_lines("A-1,Ann@Example.com,1,1")).orders
    assert order.customer == "ann@example.com"


def test_revenue(csv_lines):
    report = import_orders(csv_lines("A-1,ann@example.com,1,1", "A-2,bo@example.com,2,5"))
    assert report.revenue == Decimal("11.00")


def test_two_orders(csv_lines):
    report = import_orders(csv_lines("A-1,ann@example.com,1,1", "A-2,bo@example.com,2,5"))
    assert len(report.orders) == 2


def test_no_errors(csv_lines):
    assert import_orders(csv_lines("A-1,ann@example.com,1,1")).errors == []
