from http import HTTPStatus

import pytest
from health_check_batch_summary import (
    BatchSummary,
    build_rows,
    slowest_hosts,
    summarise,
)

HOSTS = ["api-1", "api-2", "db-1", "cache-1"]
LATENCIES = [120, 35.5, 120.0, 4]
STATUSES = [200, 503, 200, 404]


@pytest.mark.task(taskno=1)
def test_build_rows_zips_columns_into_tuples_with_float_latency() -> None:
    got = build_rows(HOSTS, LATENCIES, STATUSES)
    want = [
        ("api-1", 120.0, 200),
        ("api-2", 35.5, 503),
        ("db-1", 120.0, 200),
        ("cache-1", 4.0, 404),
    ]
    assert got == want, f"rows are (host, float latency, status) in input order, got {got}"
    assert all(type(latency) is float for _, latency, _ in got), "ints become floats"


@pytest.mark.task(taskno=1)
def test_build_rows_of_empty_columns_is_empty() -> None:
    assert build_rows([], [], []) == [], "three empty columns give no rows"


@pytest.mark.task(taskno=1)
def test_build_rows_rejects_columns_of_different_length() -> None:
    with pytest.raises(ValueError):
        build_rows(["a", "b"], [1.0, 2.0], [200])


@pytest.mark.task(taskno=1)
def test_build_rows_rejects_a_shorter_first_column() -> None:
    with pytest.raises(ValueError):
        build_rows(["a"], [1.0, 2.0], [200, 200])


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("hosts", "latencies", "statuses"),
    [
        ([42], [1.0], [200]),
        (["a"], ["fast"], [200]),
        (["a"], [True], [200]),
        (["a"], [1.0], ["200"]),
        (["a"], [1.0], [200.0]),
        (["a"], [1.0], [False]),
    ],
    ids=["host-int", "latency-str", "latency-bool", "status-str", "status-float", "status-bool"],
)
def test_build_rows_raises_type_error_for_wrong_types(
    hosts: list[object], latencies: list[object], statuses: list[object]
) -> None:
    with pytest.raises(TypeError, match="row 0"):
        build_rows(hosts, latencies, statuses)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("hosts", "latencies", "statuses"),
    [
        (["  "], [1.0], [200]),
        ([""], [1.0], [200]),
        (["a"], [-0.5], [200]),
        (["a"], [float("nan")], [200]),
        (["a"], [float("inf")], [200]),
        (["a"], [1.0], [99]),
        (["a"], [1.0], [600]),
    ],
    ids=[
        "blank-host",
        "empty-host",
        "negative-latency",
        "nan-latency",
        "infinite-latency",
        "status-99",
        "status-600",
    ],
)
def test_build_rows_raises_value_error_for_out_of_range_values(
    hosts: list[object], latencies: list[object], statuses: list[object]
) -> None:
    with pytest.raises(ValueError, match="row 0"):
        build_rows(hosts, latencies, statuses)


@pytest.mark.task(taskno=1)
def test_build_rows_accepts_boundary_values_and_names_the_bad_row() -> None:
    got = build_rows(["a", "b", "c"], [0, 0.0, 1], [100, 599, 200])
    assert got == [("a", 0.0, 100), ("b", 0.0, 599), ("c", 1.0, 200)], (
        "latency 0 and statuses 100 and 599 are valid"
    )
    with pytest.raises(ValueError, match="row 2"):
        build_rows(["a", "b", "c"], [1, 2, 3], [200, 200, 700])


@pytest.mark.task(taskno=1)
def test_build_rows_treats_tabs_and_no_break_spaces_as_blank() -> None:
    for host in ["\t", "\u00a0", " \n "]:
        with pytest.raises(ValueError, match="row 1"):
            build_rows(["a", host], [1.0, 2.0], [200, 200])


@pytest.mark.task(taskno=1)
def test_build_rows_accepts_http_status_members() -> None:
    got = build_rows(["a"], [1.0], [HTTPStatus.SERVICE_UNAVAILABLE])
    assert got == [("a", 1.0, 503)], f"HTTPStatus members are ints, got {got}"


@pytest.mark.task(taskno=1)
def test_build_rows_reports_the_first_bad_row_not_the_first_bad_column() -> None:
    with pytest.raises(TypeError, match="row 0"):
        build_rows(["a", "  "], ["slow", 2.0], [200, 200])


@pytest.mark.task(taskno=2)
def test_summarise_reports_counts_extremes_and_flags() -> None:
    got = summarise(build_rows(HOSTS, LATENCIES, STATUSES))
    want = BatchSummary(
        count=4,
        total_ms=279.5,
        fastest="cache-1",
        slowest="api-1",
        all_ok=False,
        any_server_error=True,
        first_failure=1,
    )
    assert got == want, f"slowest tie (api-1 vs db-1) goes to the earlier row, got {got}"


@pytest.mark.task(taskno=2)
def test_summarise_of_an_empty_batch() -> None:
    got = summarise([])
    want = BatchSummary(0, 0.0, None, None, True, False, None)
    assert got == want, f"empty batch: nothing failed, extremes are None, got {got}"
    assert type(got.total_ms) is float, "sum(..., start=0.0) keeps the total a float"


@pytest.mark.task(taskno=2)
def test_summarise_fastest_tie_goes_to_the_earlier_row() -> None:
    got = summarise([("b", 5.0, 200), ("a", 5.0, 200), ("c", 9.0, 200)])
    assert got.fastest == "b", f"min() keeps the first of equal latencies, got {got.fastest}"
    assert got.slowest == "c", f"c is the slowest, got {got.slowest}"


@pytest.mark.task(taskno=2)
def test_summarise_status_boundaries_399_400_499_500() -> None:
    ok = summarise([("a", 1.0, 399), ("b", 1.0, 200)])
    assert ok.all_ok is True and ok.first_failure is None, "399 is still a success"
    only_400 = summarise([("a", 1.0, 400)])
    assert only_400.all_ok is False, "400 and above are failures"
    client = summarise([("a", 1.0, 200), ("b", 1.0, 400), ("c", 1.0, 499)])
    assert client.first_failure == 1, f"400 at index 1 is the first, got {client.first_failure}"
    assert client.any_server_error is False, "499 is a client error, not a server error"
    server = summarise([("a", 1.0, 500)])
    assert server.any_server_error is True and server.first_failure == 0, "500 is a server error"


@pytest.mark.task(taskno=2)
def test_batch_summary_is_immutable() -> None:
    got = summarise([("a", 1.0, 200)])
    with pytest.raises(AttributeError):
        got.count = 5  # type: ignore[misc]


@pytest.mark.task(taskno=2)
def test_summarise_accepts_a_generator() -> None:
    got = summarise(row for row in [("a", 2.0, 200), ("b", 3.0, 201)])
    assert (got.count, got.total_ms, got.slowest) == (2, 5.0, "b"), f"got {got}"


@pytest.mark.task(taskno=3)
def test_slowest_hosts_orders_by_latency_then_name() -> None:
    rows = build_rows(HOSTS, LATENCIES, STATUSES)
    got = slowest_hosts(rows, 3)
    assert got == ["api-1", "db-1", "api-2"], f"ties on 120 ms sort by host name, got {got}"


@pytest.mark.task(taskno=3)
def test_slowest_hosts_breaks_ties_by_host_name_not_input_order() -> None:
    rows = [("zeta", 5.0, 200), ("alpha", 5.0, 500), ("mid", 1.0, 200)]
    got = slowest_hosts(rows, 2)
    assert got == ["alpha", "zeta"], f"equal latencies sort alphabetically, got {got}"


@pytest.mark.task(taskno=3)
def test_slowest_hosts_keeps_every_row_of_a_host_probed_twice() -> None:
    rows = [("api-1", 9.0, 200), ("db-1", 5.0, 200), ("api-1", 7.0, 200)]
    got = slowest_hosts(rows, 3)
    assert got == ["api-1", "api-1", "db-1"], f"each row counts, got {got}"


@pytest.mark.task(taskno=3)
def test_slowest_hosts_handles_zero_and_more_than_available() -> None:
    rows = [("z", 1.0, 200), ("y", 2.0, 200)]
    assert slowest_hosts(rows, 0) == [], "n=0 gives an empty list"
    assert slowest_hosts(rows, 5) == ["y", "z"], "n larger than the batch gives every host"
    assert slowest_hosts([], 2) == [], "an empty batch has no slow hosts"


@pytest.mark.task(taskno=3)
def test_slowest_hosts_rejects_negative_n() -> None:
    with pytest.raises(ValueError):
        slowest_hosts([("a", 1.0, 200)], -1)
