"""The export helpers behave as before the clean-up (the docstring rules are the grader's)."""

import inspect
import json
import re
from datetime import date

import partition_export
import pytest
from partition_export import Partition, batch_rows, manifest_line, partitions_between


@pytest.mark.task(taskno=1)
def test_partitions_cover_both_ends_across_a_month() -> None:
    found = partitions_between("orders", date(2026, 2, 27), date(2026, 3, 2))
    assert [str(p) for p in found] == [
        "orders@2026-02-27",
        "orders@2026-02-28",
        "orders@2026-03-01",
        "orders@2026-03-02",
    ]


@pytest.mark.task(taskno=1)
def test_one_day_and_reversed_range() -> None:
    assert partitions_between("events", date(2026, 1, 1), date(2026, 1, 1)) == [
        Partition("events", date(2026, 1, 1))
    ]
    with pytest.raises(ValueError, match="before"):
        partitions_between("events", date(2026, 1, 2), date(2026, 1, 1))


@pytest.mark.task(taskno=1)
def test_partition_path_is_hive_style() -> None:
    partition = Partition("orders", date(2026, 3, 7))
    expected = "s3://lake/raw/orders/year=2026/month=03/day=07/"
    assert partition.path("s3://lake/raw/") == expected
    assert partition.path("s3://lake/raw") == expected


@pytest.mark.task(taskno=2)
def test_batches_keep_order_and_the_short_tail() -> None:
    assert list(batch_rows([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(batch_rows([], 3)) == []
    with pytest.raises(ValueError, match="at least 1"):
        list(batch_rows([1], 0))


@pytest.mark.task(taskno=2)
def test_manifest_line_is_sorted_json_with_a_newline() -> None:
    line = manifest_line(Partition("orders", date(2026, 3, 7)), 1200, "/exports")
    assert line.endswith("\n")
    assert json.loads(line) == {
        "day": "2026-03-07",
        "path": "/exports/orders/year=2026/month=03/day=07/",
        "rows": 1200,
        "table": "orders",
    }
    assert list(json.loads(line)) == ["day", "path", "rows", "table"]


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize("name", ["partitions_between", "batch_rows"])
def test_raising_functions_document_value_error(name: str) -> None:
    doc = inspect.getdoc(getattr(partition_export, name)) or ""
    assert re.search(r"^Raises\n-{6}\nValueError$", doc, re.MULTILINE), (
        f"{name}'s docstring has a Raises section (underlined) that lists ValueError"
    )
