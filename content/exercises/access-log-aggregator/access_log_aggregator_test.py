import pytest
from access_log_aggregator import Hit, LogReport, aggregate, normalise_path, parse_line

LINE = (
    "203.0.113.9 - alice [10/Oct/2024:13:55:36 +0000] "
    '"GET /api/users/42?expand=1 HTTP/1.1" 200 512 0.023'
)
UUID = "9f1c2b7e-4d3a-4c8b-9a1e-5f6d7c8b9a0e"


@pytest.mark.task(taskno=1)
def test_parse_line_extracts_every_field() -> None:
    got = parse_line(LINE)
    want = Hit("203.0.113.9", "GET", "/api/users/42", 200, 512, 0.023)
    assert got == want, f"the query string is not part of the path, got {got}"


@pytest.mark.task(taskno=1)
def test_parse_line_handles_optional_parts() -> None:
    got = parse_line('::1 - - [01/Jan/2025:00:00:00 +0100] "DELETE /cache HTTP/2.0" 204 -')
    assert got == Hit("::1", "DELETE", "/cache", 204, 0, None), (
        f"'-' size means 0 bytes and the duration is optional, got {got}"
    )
    got = parse_line('10.0.0.1 - - [x] "POST / HTTP/1.0" 503 17 2\n')
    assert got == Hit("10.0.0.1", "POST", "/", 503, 17, 2.0), f"whole-second duration, got {got}"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    "line",
    [
        "",
        "garbage",
        LINE.replace('"GET', '"get'),
        LINE.replace(" 200 ", " 20 "),
        LINE.replace(" 200 ", " 600 "),
        LINE.replace(" 200 ", " 099 "),
        LINE.replace(" 512 ", " big "),
        LINE + " trailing",
        LINE.replace("/api", "api"),
        LINE.replace("[10/Oct", "10/Oct"),
        LINE.replace(" 200 ", " 2\u0660\u0660 "),
        LINE.replace(" 200 ", "\t200 "),
    ],
    ids=[
        "empty",
        "garbage",
        "lower-method",
        "2-digit",
        "600",
        "099",
        "size",
        "trailing",
        "rel",
        "bracket",
        "arabic-indic-status",
        "tab",
    ],
)
def test_parse_line_rejects_malformed_lines(line: str) -> None:
    assert parse_line(line) is None, f"{line!r} is not a valid access-log line"


@pytest.mark.task(taskno=1)
def test_status_codes_from_100_to_599_are_accepted() -> None:
    for status in (100, 199, 404, 599):
        hit = parse_line(LINE.replace(" 200 ", f" {status} "))
        assert hit is not None and hit.status == status, f"{status} is a valid status"


@pytest.mark.task(taskno=1)
def test_log_line_uses_named_groups() -> None:
    from access_log_aggregator import LOG_LINE

    want = {"ip", "method", "path", "status", "size"}
    assert want <= set(LOG_LINE.groupindex), f"named groups needed: {sorted(want)}"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("path", "want"),
    [
        ("/api/users/42", "/api/users/:id"),
        ("/api/users/42/orders/7", "/api/users/:id/orders/:id"),
        (f"/files/{UUID}/meta", "/files/:id/meta"),
        ("/api/v2/users", "/api/v2/users"),
        ("/api/users/42abc", "/api/users/42abc"),
        ("/", "/"),
        ("/7", "/:id"),
        (f"/files/{UUID.upper()}", f"/files/{UUID.upper()}"),
    ],
)
def test_normalise_path_replaces_id_segments(path: str, want: str) -> None:
    got = normalise_path(path)
    assert got == want, f"{path} should become {want}, got {got}"


@pytest.mark.task(taskno=3)
def test_aggregate_counts_statuses_paths_and_bytes() -> None:
    lines = [
        LINE,
        LINE.replace("/42?", "/43?"),
        LINE.replace("GET", "PUT").replace(" 200 ", " 409 "),
        "",
        "   ",
        "not a log line",
        '10.0.0.2 - - [x] "GET /health HTTP/1.1" 200 - 0.001',
    ]
    got = aggregate(lines)
    assert got.per_status == {200: 3, 409: 1}, f"got {got.per_status}"
    assert got.per_path == {
        "GET /api/users/:id": 2,
        "PUT /api/users/:id": 1,
        "GET /health": 1,
    }, f"method plus normalised path, got {got.per_path}"
    assert got.total_bytes == 1536, f"3 x 512 bytes plus '-', got {got.total_bytes}"
    assert got.unparsed == 1, "blank lines are skipped, the garbage line is counted"


@pytest.mark.task(taskno=3)
def test_aggregate_of_nothing() -> None:
    assert aggregate([]) == LogReport(), "no lines give an empty report"
    assert aggregate(iter(["\n"])) == LogReport(), "a blank line is not an error"
