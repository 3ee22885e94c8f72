from datetime import UTC, datetime, timedelta, timezone

import pytest
from log_timestamp_buckets import (
    bucket_start,
    count_per_bucket,
    format_utc,
    parse_timestamp,
)

FIVE_MIN = timedelta(minutes=5)


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2024-05-01T12:04:59Z", datetime(2024, 5, 1, 12, 4, 59, tzinfo=UTC)),
        ("2024-05-01T14:04:59+02:00", datetime(2024, 5, 1, 12, 4, 59, tzinfo=UTC)),
        ("2024-05-01T07:34:59.250-04:30", datetime(2024, 5, 1, 12, 4, 59, 250000, tzinfo=UTC)),
        ("  2024-05-01 00:30:00+01:00\n", datetime(2024, 4, 30, 23, 30, tzinfo=UTC)),
    ],
    ids=["zulu", "plus-two", "fraction-minus", "space-and-date-change"],
)
def test_parse_timestamp_normalises_to_utc(text: str, want: datetime) -> None:
    got = parse_timestamp(text)
    assert got == want, f"{text!r} is {want.isoformat()}, got {got.isoformat()}"
    assert got.utcoffset() == timedelta(0), "the result is expressed in UTC"


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("text", ["2024-05-01T12:04:59", "yesterday", "", "2024-13-01T00:00:00Z"])
def test_parse_timestamp_rejects_naive_and_invalid_text(text: str) -> None:
    with pytest.raises(ValueError):
        parse_timestamp(text)


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("moment", "width", "want"),
    [
        (
            datetime(2024, 5, 1, 12, 4, 59, tzinfo=UTC),
            FIVE_MIN,
            datetime(2024, 5, 1, 12, 0, tzinfo=UTC),
        ),
        (
            datetime(2024, 5, 1, 12, 5, tzinfo=UTC),
            FIVE_MIN,
            datetime(2024, 5, 1, 12, 5, tzinfo=UTC),
        ),
        (
            datetime(2024, 5, 1, 23, 59, tzinfo=UTC),
            timedelta(hours=6),
            datetime(2024, 5, 1, 18, tzinfo=UTC),
        ),
        (
            datetime(2024, 5, 1, 0, 30, tzinfo=timezone(timedelta(hours=2))),
            timedelta(hours=1),
            datetime(2024, 4, 30, 22, tzinfo=UTC),
        ),
        (
            datetime(1969, 12, 31, 23, 59, 30, tzinfo=UTC),
            timedelta(minutes=1),
            datetime(1969, 12, 31, 23, 59, tzinfo=UTC),
        ),
        (datetime(2024, 5, 1, 9, tzinfo=UTC), timedelta(days=1), datetime(2024, 5, 1, tzinfo=UTC)),
    ],
    ids=["inside", "on-boundary", "six-hours", "offset-input", "before-epoch", "one-day"],
)
def test_bucket_start_floors_to_utc_windows(
    moment: datetime, width: timedelta, want: datetime
) -> None:
    got = bucket_start(moment, width)
    assert got == want, f"{moment.isoformat()} in {width} windows starts {want}, got {got}"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    "width",
    [
        timedelta(0),
        timedelta(minutes=-5),
        timedelta(minutes=7),
        timedelta(days=2),
        timedelta(seconds=1, microseconds=1),
    ],
)
def test_bucket_start_rejects_widths_that_do_not_divide_a_day(width: timedelta) -> None:
    with pytest.raises(ValueError, match="width"):
        bucket_start(datetime(2024, 5, 1, tzinfo=UTC), width)


@pytest.mark.task(taskno=2)
def test_bucket_start_rejects_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        bucket_start(datetime(2024, 5, 1, 12), FIVE_MIN)


@pytest.mark.task(taskno=3)
def test_format_utc_uses_z_suffix() -> None:
    moment = datetime(2024, 5, 1, 14, 5, 7, 999, tzinfo=timezone(timedelta(hours=2)))
    assert format_utc(moment) == "2024-05-01T12:05:07Z", "converted to UTC, no microseconds"


@pytest.mark.task(taskno=4)
def test_count_per_bucket_fills_gaps_and_skips_garbage() -> None:
    lines = [
        "2024-05-01T12:01:00Z GET /a 200",
        "2024-05-01T14:04:59+02:00 GET /b 500",
        "not a timestamp at all",
        "",
        "2024-05-01T12:16:00Z POST /c 201",
        "2024-05-01T12:00:00.000001Z GET /d 200",
    ]
    got = count_per_bucket(lines, FIVE_MIN)
    want = {
        "2024-05-01T12:00:00Z": 3,
        "2024-05-01T12:05:00Z": 0,
        "2024-05-01T12:10:00Z": 0,
        "2024-05-01T12:15:00Z": 1,
    }
    assert got == want, f"empty windows in between are listed with 0, got {got}"
    assert list(got) == sorted(got), "windows are in chronological order"


@pytest.mark.task(taskno=4)
def test_count_per_bucket_edge_cases() -> None:
    assert count_per_bucket([], FIVE_MIN) == {}, "no lines"
    assert count_per_bucket(["garbage", "   "], FIVE_MIN) == {}, "only unparsable lines"
    one = count_per_bucket(["2024-05-01T12:07:00Z x"], FIVE_MIN)
    assert one == {"2024-05-01T12:05:00Z": 1}, f"a single window, got {one}"
    unordered = count_per_bucket(["2024-05-01T12:10:00Z b", "2024-05-01T12:00:00Z a"], FIVE_MIN)
    assert unordered == {
        "2024-05-01T12:00:00Z": 1,
        "2024-05-01T12:05:00Z": 0,
        "2024-05-01T12:10:00Z": 1,
    }, f"input order does not matter, got {unordered}"
