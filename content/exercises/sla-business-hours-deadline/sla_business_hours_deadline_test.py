from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sla_business_hours_deadline import (
    BusinessHours,
    add_business_time,
    business_time_between,
    is_business_time,
)

BERLIN = ZoneInfo("Europe/Berlin")
HOURS = BusinessHours(BERLIN)


def berlin(day: int, hour: int, minute: int = 0, second: int = 0, month: int = 3) -> datetime:
    """A March 2024 moment in Berlin (25 March is a Monday, 31 March switches to CEST)."""
    return datetime(2024, month, day, hour, minute, second, tzinfo=BERLIN)


@pytest.mark.task(taskno=1)
def test_business_hours_validation() -> None:
    with pytest.raises(ValueError):
        BusinessHours(BERLIN, opens=time(17), closes=time(9))
    with pytest.raises(ValueError):
        BusinessHours(BERLIN, opens=time(9), closes=time(9))
    with pytest.raises(ValueError):
        BusinessHours(BERLIN, workdays=frozenset())
    with pytest.raises(ValueError):
        BusinessHours(BERLIN, workdays=frozenset({0, 7}))
    with pytest.raises(ValueError):
        BusinessHours(BERLIN, workdays=frozenset({-1, 1}))
    assert BusinessHours(BERLIN, workdays=frozenset({6})).is_workday(date(2024, 3, 31)), (
        "Sunday (6) may be a workday"
    )
    every_day = BusinessHours(BERLIN, workdays=frozenset(range(7)))
    assert every_day.is_workday(date(2024, 3, 30)), "all seven days may be workdays"


@pytest.mark.task(taskno=1)
def test_is_workday_and_window() -> None:
    hours = BusinessHours(BERLIN, holidays=frozenset({date(2024, 3, 29)}))
    assert hours.is_workday(date(2024, 3, 28)) is True, "Thursday is a workday"
    assert hours.is_workday(date(2024, 3, 29)) is False, "a holiday is not"
    assert hours.is_workday(date(2024, 3, 30)) is False, "nor is Saturday"
    assert hours.window(date(2024, 3, 25)) == (berlin(25, 9), berlin(25, 17)), "9 to 17 local"


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    ("moment", "want"),
    [
        (berlin(25, 9), True),
        (berlin(25, 8, 59, 59), False),
        (berlin(25, 16, 59, 59), True),
        (berlin(25, 17), False),
        (berlin(30, 12), False),
        (datetime(2024, 3, 25, 8, 0, tzinfo=UTC), True),
        (datetime(2024, 3, 25, 7, 59, tzinfo=UTC), False),
        (datetime(2024, 4, 2, 7, 0, tzinfo=UTC), True),
    ],
    ids=["opening", "before", "last-second", "closing", "saturday", "utc-in", "utc-out", "cest"],
)
def test_is_business_time(moment: datetime, want: bool) -> None:
    got = is_business_time(moment, HOURS)
    assert got is want, f"{moment.isoformat()} business time? want {want}, got {got}"


@pytest.mark.task(taskno=2)
def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="naive"):
        is_business_time(datetime(2024, 3, 25, 10), HOURS)
    with pytest.raises(ValueError, match="naive"):
        add_business_time(datetime(2024, 3, 25, 10), timedelta(hours=1), HOURS)


@pytest.mark.task(taskno=3)
@pytest.mark.parametrize(
    ("start", "duration", "want"),
    [
        (berlin(25, 10), timedelta(hours=2), berlin(25, 12)),
        (berlin(25, 16), timedelta(hours=1), berlin(25, 17)),
        (berlin(25, 16), timedelta(hours=2), berlin(26, 10)),
        (berlin(25, 9), timedelta(hours=16), berlin(26, 17)),
        (berlin(25, 7), timedelta(0), berlin(25, 9)),
        (berlin(25, 17), timedelta(0), berlin(26, 9)),
        (berlin(23, 11), timedelta(hours=1), berlin(25, 10)),
        (berlin(25, 12, 30), timedelta(minutes=45), berlin(25, 13, 15)),
    ],
    ids=[
        "same-day",
        "exact-close",
        "overnight",
        "two-days",
        "before-open",
        "at-close",
        "weekend",
        "minutes",
    ],
)
def test_add_business_time(start: datetime, duration: timedelta, want: datetime) -> None:
    got = add_business_time(start, duration, HOURS)
    assert got == want, (
        f"{start.isoformat()} + {duration} -> {want.isoformat()}, got {got.isoformat()}"
    )


@pytest.mark.task(taskno=3)
def test_add_business_time_across_the_dst_weekend() -> None:
    got = add_business_time(berlin(29, 16), timedelta(hours=2), HOURS)
    assert got == berlin(1, 10, month=4), f"Friday 16:00 + 2h is Monday 10:00, got {got}"
    assert got.utcoffset() == timedelta(hours=2), "Monday is already summer time (CEST)"
    assert got.astimezone(UTC).hour == 8, "10:00 CEST is 08:00 UTC"


@pytest.mark.task(taskno=3)
def test_add_business_time_skips_holidays_and_converts_input() -> None:
    hours = BusinessHours(BERLIN, holidays=frozenset({date(2024, 4, 1)}))
    got = add_business_time(berlin(29, 16), timedelta(hours=2), hours)
    assert got == berlin(2, 10, month=4), f"Easter Monday is skipped, got {got}"
    utc_start = datetime(2024, 3, 25, 15, 0, tzinfo=UTC)  # 16:00 in Berlin
    got = add_business_time(utc_start, timedelta(hours=1), HOURS)
    assert got == berlin(25, 17) and got.utcoffset() == timedelta(hours=1), "answer in Berlin time"


@pytest.mark.task(taskno=3)
def test_add_business_time_rejects_negative_durations() -> None:
    with pytest.raises(ValueError):
        add_business_time(berlin(25, 10), timedelta(seconds=-1), HOURS)


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    ("start", "end", "want"),
    [
        (berlin(29, 16), berlin(1, 10, month=4), timedelta(hours=2)),
        (berlin(25, 8), berlin(25, 18), timedelta(hours=8)),
        (berlin(25, 10), berlin(25, 10), timedelta(0)),
        (berlin(25, 17), berlin(26, 9), timedelta(0)),
        (berlin(25, 12), berlin(27, 12), timedelta(hours=16)),
        (berlin(30, 0), berlin(31, 23), timedelta(0)),
    ],
    ids=["weekend", "whole-day", "empty", "overnight", "two-days", "weekend-only"],
)
def test_business_time_between(start: datetime, end: datetime, want: timedelta) -> None:
    got = business_time_between(start, end, HOURS)
    assert got == want, f"from {start.isoformat()} to {end.isoformat()}: want {want}, got {got}"


@pytest.mark.task(taskno=4)
def test_business_time_between_skips_holidays() -> None:
    hours = BusinessHours(BERLIN, holidays=frozenset({date(2024, 3, 26)}))
    got = business_time_between(berlin(25, 12), berlin(27, 12), hours)
    assert got == timedelta(hours=8), f"Tuesday is a holiday: 5 h Monday + 3 h Wednesday, got {got}"


@pytest.mark.task(taskno=3)
def test_add_business_time_uses_the_team_hours() -> None:
    hours = BusinessHours(BERLIN, opens=time(8, 30), closes=time(12, 15))
    got = add_business_time(berlin(25, 12), timedelta(hours=1), hours)
    assert got == berlin(26, 9, 15), f"15 minutes on Monday, 45 on Tuesday from 8:30, got {got}"


@pytest.mark.task(taskno=4)
def test_business_time_between_validates_order() -> None:
    with pytest.raises(ValueError):
        business_time_between(berlin(25, 11), berlin(25, 10), HOURS)
