from decimal import Decimal

import pytest
from sales_report_formatting import daily_totals, parse_sales, render_report

CSV = """day,store,amount
2024-05-02,north,10.50
2024-05-01,south,3
2024-05-02,south,-0.25
2024-05-01,north,not-a-number
2024-05-03,,4.00
 2024-05-01 , east , 1.005
"""


@pytest.mark.task(taskno=1)
def test_parse_sales_keeps_complete_numeric_rows() -> None:
    assert parse_sales(CSV) == [
        ("2024-05-02", "north", Decimal("10.50")),
        ("2024-05-01", "south", Decimal("3")),
        ("2024-05-02", "south", Decimal("-0.25")),
        ("2024-05-01", "east", Decimal("1.005")),
    ]


@pytest.mark.task(taskno=1)
def test_parse_sales_of_a_header_only_export() -> None:
    assert parse_sales("day,store,amount\n") == []


@pytest.mark.task(taskno=2)
def test_daily_totals_sorted_by_day() -> None:
    totals = daily_totals(parse_sales(CSV))
    assert list(totals.items()) == [
        ("2024-05-01", Decimal("4.005")),
        ("2024-05-02", Decimal("10.25")),
    ]


@pytest.mark.task(taskno=3)
def test_render_report_aligns_amounts() -> None:
    report = render_report(daily_totals(parse_sales(CSV)))
    assert report == (
        "2024-05-01          4.00\n"
        "2024-05-02         10.25\n"
        "total              14.26\n"
    )


@pytest.mark.task(taskno=3)
def test_render_report_without_sales() -> None:
    assert render_report({}) == "no sales\n"
