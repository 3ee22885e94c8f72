import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from clock_travel_readings import first_expiry, readings_along, readings_at

NOON = datetime(2024, 2, 29, 12, 0, tzinfo=UTC)
KOLKATA = timezone(timedelta(hours=5, minutes=30))


def utc_now() -> datetime:
    return datetime.now(UTC)


def real_clock_is_back() -> bool:
    return datetime.now(UTC).year >= 2025 and abs(time.time() - datetime.now(UTC).timestamp()) < 60


@pytest.mark.task(taskno=1)
def test_readings_at_each_moment() -> None:
    moments = [NOON, datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC), NOON.astimezone(KOLKATA)]
    assert readings_at(moments, utc_now) == [moments[0], moments[1], NOON]
    assert readings_at([NOON], time.time) == [NOON.timestamp()]
    assert readings_at([NOON], lambda: date.today().year) == [2024]
    assert real_clock_is_back(), "after readings_at the real clock is back"


@pytest.mark.task(taskno=1)
def test_the_clock_does_not_tick_during_a_read() -> None:
    def twice() -> float:
        first = time.time()
        sum(range(10_000))
        return time.time() - first

    assert readings_at([NOON], twice) == [0.0], "travel with tick=False"


@pytest.mark.task(taskno=1)
def test_naive_moments_and_empty_lists() -> None:
    calls: list[datetime] = []
    with pytest.raises(ValueError):
        readings_at([NOON, datetime(2024, 1, 1)], lambda: calls.append(utc_now()))
    assert calls == [], "validate every moment before calling read"
    assert readings_at([], utc_now) == []


@pytest.mark.task(taskno=1)
def test_an_exception_from_read_gives_the_clock_back() -> None:
    def broken() -> None:
        raise KeyError("boom")

    with pytest.raises(KeyError):
        readings_at([datetime(1990, 1, 1, tzinfo=UTC)], broken)
    assert real_clock_is_back(), "the travel ends even when read raises"


@pytest.mark.task(taskno=2)
def test_readings_along_moves_from_where_the_clock_is() -> None:
    got = readings_along(NOON, [timedelta(minutes=5), 30, -60.5], utc_now)
    assert got == [
        NOON,
        NOON + timedelta(minutes=5),
        NOON + timedelta(minutes=5, seconds=30),
        NOON + timedelta(minutes=4, seconds=29.5),
    ], "each step moves on from the previous time"
    assert readings_along(NOON, [], utc_now) == [NOON]
    assert real_clock_is_back()


@pytest.mark.task(taskno=2)
def test_readings_along_refuses_bad_steps() -> None:
    with pytest.raises(TypeError):
        readings_along(NOON, [True], utc_now)
    with pytest.raises(TypeError):
        readings_along(NOON, ["5"], utc_now)  # type: ignore[list-item]
    with pytest.raises(ValueError):
        readings_along(datetime(2024, 1, 1), [1], utc_now)


@pytest.mark.task(taskno=3)
def test_first_expiry_finds_the_first_failing_check() -> None:
    expires = NOON + timedelta(seconds=30)
    found = first_expiry(lambda: utc_now() < expires, NOON, timedelta(seconds=10), 10)
    assert found == expires
    assert found is not None and found.utcoffset() == timedelta(0), "the answer is in UTC"


@pytest.mark.task(taskno=3)
def test_first_expiry_edges() -> None:
    expires = NOON + timedelta(seconds=30)
    still = first_expiry(lambda: utc_now() < expires, NOON, timedelta(seconds=10), 2)
    assert still is None, "three checks (:00, :10, :20), all valid"
    at_start = first_expiry(lambda: False, NOON.astimezone(KOLKATA), timedelta(days=1), 0)
    assert at_start == NOON, "the first check happens at start, before any move"
    with pytest.raises(ValueError):
        first_expiry(lambda: True, NOON, timedelta(0), 3)
    with pytest.raises(ValueError):
        first_expiry(lambda: True, NOON, timedelta(seconds=1), -1)
    assert real_clock_is_back()
