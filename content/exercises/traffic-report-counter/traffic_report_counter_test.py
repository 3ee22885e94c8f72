from collections import Counter

import pytest

from traffic_report_counter import (
    Request,
    combine,
    error_increase,
    parse_line,
    paths_by_client,
    status_classes,
    top_paths,
)

LOG = """\
2024-03-01T10:00:00Z 203.0.113.5 GET /api/orders?page=2 200 512
2024-03-01T10:00:01Z 203.0.113.9 GET /api/users 200 128
2024-03-01T10:00:02Z 203.0.113.5 POST /api/orders 201 64
2024-03-01T10:00:03Z 198.51.100.7 GET /health 204 0
2024-03-01T10:00:04Z 203.0.113.9 GET /api/users 404 32
2024-03-01T10:00:05Z 203.0.113.5 GET /api/orders 500 16
2024-03-01T10:00:06Z 198.51.100.7 get /health 301 0
"""


def requests() -> list[Request]:
    return [parse_line(line) for line in LOG.splitlines()]


@pytest.mark.task(taskno=1)
def test_parse_line_reads_fields_and_drops_the_query_string() -> None:
    got = parse_line("2024-03-01T10:00:00Z 203.0.113.5 get /a/b?x=1&y=2 200 512")
    assert got == Request("203.0.113.5", "GET", "/a/b", 200, 512), f"got {got}"


@pytest.mark.task(taskno=1)
def test_parse_line_splits_on_tabs_and_runs_of_spaces() -> None:
    got = parse_line("2024-03-01T10:00:00Z\t203.0.113.5  GET\t/a?b  200   7\n")
    assert got == Request("203.0.113.5", "GET", "/a", 200, 7), f"got {got}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("status", [100, 599])
def test_parse_line_accepts_the_edges_of_the_status_range(status: int) -> None:
    assert parse_line(f"t c GET / {status} 0").status == status


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    "line",
    [
        "",
        "t c GET / 200",
        "t c GET / 200 10 extra",
        "t c GET / OK 10",
        "t c GET / 200 ten",
        "t c GET / 99 10",
        "t c GET / 600 10",
        "t c GET / 200 -1",
        "t c GET / +200 10",
        "t c GET / 2_00 10",
        "t c GET / \u0662\u0660\u0660 10",
        "t c GET / 200 \uff11\uff10",
    ],
)
def test_parse_line_rejects_malformed_lines(line: str) -> None:
    with pytest.raises(ValueError, match="malformed"):
        parse_line(line)


@pytest.mark.task(taskno=2)
def test_top_paths_counts_and_ranks() -> None:
    got = top_paths(requests(), 2)
    assert got == [("/api/orders", 3), ("/api/users", 2)], f"got {got}"


@pytest.mark.task(taskno=2)
def test_top_paths_breaks_ties_by_first_appearance() -> None:
    reqs = [parse_line(f"t c GET {p} 200 1") for p in ["/b", "/a", "/a", "/b", "/c"]]
    assert top_paths(reqs, 3) == [("/b", 2), ("/a", 2), ("/c", 1)]


@pytest.mark.task(taskno=2)
def test_top_paths_with_zero_large_n_and_negative_n() -> None:
    assert top_paths(requests(), 0) == []
    assert len(top_paths(requests(), 99)) == 3, "n larger than the distinct paths is fine"
    assert top_paths([], 5) == []
    with pytest.raises(ValueError, match="negative"):
        top_paths(requests(), -1)


@pytest.mark.task(taskno=2)
def test_status_classes_group_by_hundreds() -> None:
    got = status_classes(requests())
    assert got == Counter({"2xx": 4, "4xx": 1, "5xx": 1, "3xx": 1}), f"got {got}"
    assert status_classes([parse_line("t c GET / 199 0")]) == Counter({"1xx": 1})
    assert got["1xx"] == 0, "a Counter answers 0 for missing keys"


@pytest.mark.task(taskno=3)
def test_error_increase_keeps_only_keys_that_grew() -> None:
    today = Counter({"/api/orders": 5, "/api/users": 1, "/health": 2})
    yesterday = Counter({"/api/orders": 2, "/api/users": 3, "/health": 2, "/old": 9})
    got = error_increase(today, yesterday)
    assert got == Counter({"/api/orders": 3}), f"drops and ties are not increases, got {got}"
    assert today["/api/orders"] == 5, "inputs must not be modified"


@pytest.mark.task(taskno=3)
def test_combine_adds_reports_from_many_hosts() -> None:
    got = combine([Counter({"2xx": 3, "5xx": 1}), Counter({"2xx": 2}), Counter({"4xx": 4})])
    assert got == Counter({"2xx": 5, "4xx": 4, "5xx": 1}), f"got {got}"
    assert got.total() == 10


@pytest.mark.task(taskno=3)
def test_combine_keeps_negative_corrections_and_handles_nothing() -> None:
    got = combine([Counter({"2xx": 3}), Counter({"2xx": -1, "5xx": -2})])
    assert got["2xx"] == 2, "a correction report may subtract"
    assert got["5xx"] == -2, f"counts that go negative are kept, not dropped: {got}"
    assert combine([]) == Counter()


@pytest.mark.task(taskno=4)
def test_paths_by_client_lists_distinct_paths_in_first_seen_order() -> None:
    got = paths_by_client(requests())
    want = {
        "203.0.113.5": ["/api/orders"],
        "203.0.113.9": ["/api/users"],
        "198.51.100.7": ["/health"],
    }
    assert got == want, f"got {got}"
    assert list(got) == list(want), "clients in first-seen order"


@pytest.mark.task(taskno=4)
def test_paths_by_client_returns_a_plain_dict() -> None:
    reqs = [parse_line(f"t c GET {p} 200 1") for p in ["/z", "/a", "/z", "/m"]]
    got = paths_by_client(reqs)
    assert got == {"c": ["/z", "/a", "/m"]}
    assert type(got) is dict, "callers must get KeyError for unknown clients, not []"
    with pytest.raises(KeyError):
        got["unknown"]
    assert paths_by_client([]) == {}
