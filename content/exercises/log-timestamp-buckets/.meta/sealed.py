"""Sealed cases for log-timestamp-buckets: odd and negative offsets, microseconds, DST zones,
pre-epoch moments, sub-second widths, window boundaries and gaps."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from pyhero.sealed import Case, gen

SOLUTION = "log_timestamp_buckets"

DIVIDING_WIDTHS = (
    timedelta(microseconds=250_000),
    timedelta(milliseconds=500),
    timedelta(seconds=1),
    timedelta(seconds=15),
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(seconds=450),  # 7.5 minutes
    timedelta(minutes=15),
    timedelta(minutes=45),
    timedelta(hours=1),
    timedelta(minutes=90),
    timedelta(hours=3),
    timedelta(hours=8),
    timedelta(hours=12),
    timedelta(days=1),
)
BAD_WIDTHS = (
    timedelta(0),
    timedelta(minutes=-5),
    timedelta(minutes=7),
    timedelta(hours=5),
    timedelta(days=2),
    timedelta(days=1, microseconds=1),
    timedelta(seconds=1, microseconds=1),
    timedelta(microseconds=7),
)
START = datetime(1960, 1, 1, tzinfo=UTC)
END = datetime(2040, 1, 1, tzinfo=UTC)
PLAIN_PADDING = ("", "", " ", "  ", "\t", "\n", " \r\n")


def _text(rng: random.Random, moment: datetime) -> str:
    """``moment`` as the instructions' ISO 8601: T or space, optional fraction, Z or ±HH:MM."""
    return gen.iso_timestamp(rng, moment, fraction_digits=(0, 0, 1, 3, 6), offsets=("Z", "+HH:MM"))


def _moment(rng: random.Random) -> datetime:
    if gen.chance(rng, 0.25):
        return gen.around_transition(rng)
    return gen.aware_datetime(rng, start=START, end=END, zones="mixed")


def _utc_text(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value


def parse_timestamp(solution, text):  # type: ignore[no-untyped-def]
    """The parsed moment as ISO text: its instant, microseconds and (UTC) offset."""
    return _utc_text(solution.parse_timestamp(text))


def bucket_start(solution, moment, width):  # type: ignore[no-untyped-def]
    return _utc_text(solution.bucket_start(moment, width))


def count_per_bucket(solution, lines, width):  # type: ignore[no-untyped-def]
    """The windows in the order the dict gives them, with their counts."""
    counts = solution.count_per_bucket(lines, width)
    return list(counts.items()) if isinstance(counts, dict) else counts


def _parse_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(50):
        text = gen.pick(rng, PLAIN_PADDING) + _text(rng, _moment(rng)) + gen.pick(rng, PLAIN_PADDING)
        yield Case.probe(parse_timestamp, text, task=1)
    bad = "parse_timestamp: naive or invalid text"
    for _ in range(8):
        naive = gen.naive_datetime(rng, start=START, end=END)
        yield Case.probe(parse_timestamp, _text(rng, naive), task=1, group=bad)
    for text in ("2024-02-30T10:00:00Z", "2024-05-01T24:30:00+01:00", "2024-05-01T12:00:00+25:00",
                 "12:00:00Z", "2024-05-01", "2024-05-01T12:00:00Z trailing", "\u00a0"):  # fmt: skip
        yield Case.probe(parse_timestamp, text, task=1, group=bad)


def _bucket_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(50):
        width = gen.pick(rng, DIVIDING_WIDTHS)
        moment = _moment(rng)
        if gen.chance(rng, 0.2):  # exactly on a window boundary, seen from another offset
            utc = moment.astimezone(UTC)
            midnight = utc.replace(hour=0, minute=0, second=0, microsecond=0)
            moment = (midnight + (utc - midnight) // width * width).astimezone(moment.tzinfo)
        yield Case.probe(bucket_start, moment, width, task=2)
    bad = "bucket_start: invalid width or naive moment"
    for width in BAD_WIDTHS:
        yield Case.probe(bucket_start, _moment(rng), width, task=2, group=bad, message="width")
    for _ in range(3):
        naive = gen.naive_datetime(rng, start=START, end=END)
        yield Case.probe(bucket_start, naive, gen.pick(rng, DIVIDING_WIDTHS), task=2, group=bad)


def _line(rng: random.Random, base: datetime, width: timedelta) -> str:
    roll = rng.random()
    if roll < 0.1:
        return gen.pick(rng, ("", "garbage", "- - -", "2024-13-01T00:00:00Z x", "\t"))
    moment = base + width * rng.uniform(-6, 30)
    if roll < 0.17:  # a timestamp without offset: skipped
        moment = moment.replace(tzinfo=None)
    else:
        moment = moment.astimezone(gen.fixed_zone(rng) if gen.chance(rng, 0.7) else gen.zone(rng))
    stamp = gen.iso_timestamp(rng, moment, separators=("T",), offsets=("Z", "+HH:MM"))
    words = [gen.word(rng, ascii_only=gen.chance(rng, 0.6)) for _ in range(rng.randint(1, 4))]
    message = "".join(word + gen.pick(rng, (" ", "  ", "\t")) for word in words).rstrip()
    return f"{stamp} {message}" + gen.pick(rng, ("", "", "\n"))


def _count_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        width = gen.pick(rng, DIVIDING_WIDTHS[2:])
        base = gen.aware_datetime(rng, start=START, end=END).astimezone(UTC)
        lines = [_line(rng, base, width) for _ in range(gen.size(rng, large=40))]
        yield Case.probe(count_per_bucket, lines, width, task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 190 cases per seed, over the four tasks."""
    yield from _parse_cases(rng)
    yield from _bucket_cases(rng)
    for _ in range(40):
        yield Case.call("format_utc", _moment(rng), task=3)
    yield from _count_cases(rng)
