import pytest
from report_table import format_row, name_width, render_table, summary

ROWS = [("api", 1234567, 0.0025), ("billing-worker", 980, 0.125)]


@pytest.mark.task(taskno=1)
def test_name_width_is_the_longest_name() -> None:
    got = name_width(["api", "billing-worker", "db"], 7)
    assert got == 14, f"'billing-worker' has 14 characters, got {got}"


@pytest.mark.task(taskno=1)
def test_name_width_is_never_below_the_minimum() -> None:
    assert name_width(["api", "db"], 7) == 7, "short names: the header's 7 characters"
    assert name_width([], 7) == 7, "no names: the minimum"


@pytest.mark.task(taskno=2)
def test_format_row_aligns_and_formats() -> None:
    got = format_row("api", 1234567, 0.0025, 14)
    want = "api            |    1,234,567 |   0.25%"
    assert got == want, f"\nexpected {want!r}\n     got {got!r}"


@pytest.mark.task(taskno=2)
def test_format_row_of_a_full_failure() -> None:
    got = format_row("db", 0, 1.0, 7)
    want = "db      |            0 | 100.00%"
    assert got == want, f"\nexpected {want!r}\n     got {got!r}"


@pytest.mark.task(taskno=3)
def test_render_table_lines_up_every_column() -> None:
    want = "\n".join(
        [
            "service        |     requests |  errors",
            "---------------+--------------+--------",
            "api            |    1,234,567 |   0.25%",
            "billing-worker |          980 |  12.50%",
        ]
    )
    got = render_table(ROWS)
    assert got == want, f"\nexpected:\n{want}\ngot:\n{got}"


@pytest.mark.task(taskno=3)
def test_render_table_without_rows_keeps_the_header() -> None:
    want = "service |     requests |  errors\n--------+--------------+--------"
    got = render_table([])
    assert got == want, f"\nexpected:\n{want}\ngot:\n{got}"


@pytest.mark.task(taskno=4)
def test_summary_counts_services_and_requests() -> None:
    got = summary(ROWS)
    assert got == "2 services, 1,235,547 requests in total", f"got {got!r}"


@pytest.mark.task(taskno=4)
def test_summary_uses_the_singular_for_one() -> None:
    assert summary([("cron", 1, 0.0)]) == "1 service, 1 request in total"
    assert summary([("cron", 0, 0.0)]) == "1 service, 0 requests in total", "zero is plural"
    assert summary([]) == "no services", "no rows at all"
