"""Sealed cases for clock-travel-readings: aware moments in fixed offsets and IANA zones
(microseconds, DST transitions, far past and future), naive ones hidden among them, mixed
step types and signs, expiries at, before and after the limit, and reads that raise."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from pyhero.sealed import Case, gen, observe

SOLUTION = "clock_travel_readings"

START = datetime(1971, 1, 1, tzinfo=UTC)
END = datetime(2090, 1, 1, tzinfo=UTC)
KOLKATA = ZoneInfo("Asia/Kolkata")


def _clock() -> list[Any]:
    """What code reading the clock sees: three clocks, all independent of the local zone."""
    return [datetime.now(UTC), time.time(), list(time.gmtime()[:6]), datetime.now(KOLKATA)]


def _moment(rng: random.Random) -> datetime:
    if gen.chance(rng, 0.2):
        return gen.around_transition(rng)
    return gen.aware_datetime(rng, start=START, end=END, zones="mixed")


def _real_clock_back() -> bool:
    return datetime.now(UTC).year >= 2025 and abs(time.time() - datetime.now(UTC).timestamp()) < 60


def at(solution, moments):  # type: ignore[no-untyped-def]
    """The readings, and how many reads happened (none when a moment is naive)."""
    calls = []

    def read() -> list[Any]:
        calls.append(1)
        return _clock()

    try:
        return [solution.readings_at(moments, read), len(calls), _real_clock_back()]
    except ValueError:
        return ["ValueError", len(calls), _real_clock_back()]


def raising(solution, moments, failing_read):  # type: ignore[no-untyped-def]
    """``read`` raises on its ``failing_read``-th call: the error comes through, the real
    clock is back."""
    calls = []

    def read() -> list[Any]:
        calls.append(1)
        if len(calls) == failing_read:
            raise LookupError(f"read {failing_read} failed")
        return _clock()

    try:
        solution.readings_at(moments, read)
    except LookupError as exc:
        return [str(exc), len(calls), _real_clock_back()]
    return ["no error", len(calls), _real_clock_back()]


def _local_clock() -> list[Any]:
    """What legacy code sees of the local time zone: naive ``datetime.now()``, the local
    struct_time and its zone's abbreviation."""
    return [datetime.now(), list(time.localtime()[:6]), time.strftime("%Z")]


def local_at(solution, moments):  # type: ignore[no-untyped-def]
    """``readings_at`` of ``ZoneInfo`` moments read in local time: the moment's zone is the
    local one while ``read`` runs; the job's own zone is back afterwards."""
    before = time.strftime("%z %Z")
    readings = solution.readings_at(moments, _local_clock)
    return [readings, time.strftime("%z %Z") == before]


def local_along(solution, start, steps):  # type: ignore[no-untyped-def]
    """``readings_along`` from a ``ZoneInfo`` start, read in local time."""
    before = time.strftime("%z %Z")
    readings = solution.readings_along(start, steps, _local_clock)
    return [readings, time.strftime("%z %Z") == before]


class _NoOffset(tzinfo):
    """A tzinfo that knows no offset: a datetime holding it is naive."""

    def utcoffset(self, dt: datetime | None) -> None:
        return None

    def dst(self, dt: datetime | None) -> None:
        return None

    def tzname(self, dt: datetime | None) -> None:
        return None


def offsetless(solution, function, moment, index, count):  # type: ignore[no-untyped-def]
    """A moment whose tzinfo answers ``utcoffset() is None`` given to ``function`` (at
    ``index`` among ``count`` aware moments for ``readings_at``): ValueError, no read."""
    naive = moment.replace(tzinfo=_NoOffset())
    calls = []

    def read() -> bool:
        calls.append(1)
        return True

    if function == "readings_at":
        moments = [moment + timedelta(hours=hour) for hour in range(count)]
        moments.insert(index, naive)
        outcome = observe(solution.readings_at, moments, read)
    elif function == "readings_along":
        outcome = observe(solution.readings_along, naive, [1] * count, read)
    else:
        outcome = observe(solution.first_expiry, read, naive, timedelta(seconds=1), count)
    return [outcome, len(calls), _real_clock_back()]


def expiry_raising(solution, start, step, limit, failing_check):  # type: ignore[no-untyped-def]
    """``is_valid`` raises on its ``failing_check``-th call: the error comes through
    unchanged and the real clock is back."""
    checks = []

    def is_valid() -> bool:
        checks.append(1)
        if len(checks) == failing_check:
            raise LookupError(f"check {failing_check} failed")
        return True

    outcome = observe(solution.first_expiry, is_valid, start, step, limit, message=True)
    return [outcome, len(checks), _real_clock_back()]


def along_raising(solution, start, steps, failing_read):  # type: ignore[no-untyped-def]
    """``read`` raises on its ``failing_read``-th call in ``readings_along``."""
    calls = []

    def read() -> list[Any]:
        calls.append(1)
        if len(calls) == failing_read:
            raise LookupError(f"read {failing_read} failed")
        return _clock()

    outcome = observe(solution.readings_along, start, steps, read, message=True)
    return [outcome, len(calls), _real_clock_back()]


def along(solution, start, steps):  # type: ignore[no-untyped-def]
    return [solution.readings_along(start, steps, _clock), _real_clock_back()]


def expiry(solution, start, step, limit, expires):  # type: ignore[no-untyped-def]
    """The answer and the number of checks made."""
    checks = []

    def is_valid() -> bool:
        checks.append(datetime.now(UTC))
        return datetime.now(UTC) < expires

    found = solution.first_expiry(is_valid, start, step, limit)
    return [found, checks, _real_clock_back()]


def _step(rng: random.Random) -> Any:
    kind = rng.random()
    if kind < 0.4:
        return timedelta(seconds=rng.randint(-3600, 86_400), microseconds=gen.microsecond(rng))
    if kind < 0.7:
        return rng.randint(-600, 100_000)
    return round(rng.uniform(-100.0, 5000.0), rng.choice((0, 1, 3, 6)))


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases over the three tasks."""
    for _ in range(40):
        moments = [_moment(rng) for _ in range(gen.size(rng, large=16))]
        yield Case.probe(at, moments, task=1)
    naive = "readings_at: a naive moment anywhere"
    for _ in range(8):
        moments = [_moment(rng) for _ in range(rng.randint(0, 4))]
        moments.insert(rng.randint(0, len(moments)), gen.naive_datetime(rng, start=START, end=END))
        yield Case.probe(at, moments, task=1, group=naive)
    for _ in range(8):
        moments = [_moment(rng) for _ in range(rng.randint(1, 5))]
        yield Case.probe(raising, moments, rng.randint(1, len(moments)), task=1)
    for _ in range(40):
        steps = [_step(rng) for _ in range(gen.size(rng, large=20))]
        yield Case.probe(along, _moment(rng), steps, task=2)
    for _ in range(12):  # hours of elapsed time across a daylight-saving change
        start = gen.around_transition(rng) - timedelta(hours=rng.randint(1, 3))
        steps = [timedelta(minutes=rng.choice((30, 60, 90))) for _ in range(8)]
        yield Case.probe(along, start, steps, task=2)
    bad = "readings_along: a naive start or a step of another type"
    for value in (True, False, "10", None, [1], b"1"):
        yield Case.probe(along, _moment(rng), [_step(rng), value], task=2, group=bad)
    yield Case.probe(along, gen.naive_datetime(rng, start=START, end=END), [1], task=2, group=bad)
    for _ in range(40):
        start = _moment(rng)
        step = timedelta(
            seconds=rng.choice((1, 7, 60, 90, 3600)), microseconds=rng.choice((0, 0, 1, 250_000))
        )
        limit = rng.randint(0, 30)
        expires = (
            start + step * rng.randint(-2, 35) + timedelta(microseconds=rng.choice((0, 0, -1, 1)))
        )
        yield Case.probe(expiry, start, step, limit, expires, task=3)
    for _ in range(12):  # steps of elapsed time across a daylight-saving change
        start = gen.around_transition(rng) - timedelta(hours=rng.randint(1, 3))
        step = timedelta(minutes=rng.choice((30, 60)))
        expires = start.astimezone(UTC) + step * rng.randint(4, 9)
        yield Case.probe(expiry, start, step, 12, expires, task=3)
    for _ in range(10):  # local time: the moment's zone while reading
        moments = [gen.aware_datetime(rng, start=START, end=END, zones="zoneinfo")
                   for _ in range(rng.randint(1, 5))]  # fmt: skip
        if gen.chance(rng, 0.4):
            moments.insert(0, gen.around_transition(rng))
        yield Case.probe(local_at, moments, task=1, group="readings in local time")
    for _ in range(6):
        start = gen.around_transition(rng) - timedelta(hours=rng.randint(1, 3))
        steps = [timedelta(minutes=rng.choice((30, 60, 90))) for _ in range(6)]
        yield Case.probe(local_along, start, steps, task=2, group="readings in local time")
    offsetless_group = "a tzinfo without an offset is naive"
    for function in ("readings_at", "readings_along", "first_expiry"):
        count = rng.randint(1, 4)
        yield Case.probe(offsetless, function, _moment(rng), rng.randint(0, count), count,
                         task=1, group=offsetless_group)  # fmt: skip
    for _ in range(5):
        limit = rng.randint(0, 6)
        yield Case.probe(expiry_raising, _moment(rng), timedelta(seconds=rng.choice((1, 60))),
                         limit, rng.randint(1, limit + 1), task=3)  # fmt: skip
    for _ in range(4):
        steps = [_step(rng) for _ in range(rng.randint(0, 5))]
        yield Case.probe(along_raising, _moment(rng), steps, rng.randint(1, len(steps) + 1),
                         task=2)  # fmt: skip
    invalid = "first_expiry: naive start, bad step or limit"
    noon = datetime(2024, 5, 5, 12, tzinfo=UTC)
    for start, step, limit in (
        (noon.replace(tzinfo=None), timedelta(seconds=1), 3),
        (noon, timedelta(0), 3),
        (noon, timedelta(seconds=-1), 3),
        (noon, 5, 3),
        (noon, timedelta(seconds=1), -1),
        (noon, timedelta(seconds=1), 2.0),
        (noon, timedelta(seconds=1), True),
    ):
        yield Case.probe(expiry, start, step, limit, noon, task=3, group=invalid)
