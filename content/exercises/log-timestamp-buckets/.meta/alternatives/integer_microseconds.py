"""A different route: a regular expression for the timestamp, and integer microseconds
since the epoch for the windows (floor division on ints, no datetime arithmetic)."""

import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY_US = 86_400_000_000
_STAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?"
    r"(?:(Z)|([+-])(\d{2}):(\d{2}))?",
    re.ASCII,
)


def parse_timestamp(text: str) -> datetime:
    match = _STAMP.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not an ISO 8601 timestamp: {text!r}")
    year, month, day, hour, minute, second = (int(part) for part in match.group(1, 2, 3, 4, 5, 6))
    fraction = int((match.group(7) or "").ljust(6, "0"))
    naive = datetime(year, month, day, hour, minute, second, fraction)  # ValueError if invalid
    if match.group(8):
        offset = timedelta(0)
    elif match.group(9):
        hours, minutes = int(match.group(10)), int(match.group(11))
        if hours > 23 or minutes > 59:
            raise ValueError(f"offset out of range in {text!r}")
        offset = timedelta(hours=hours, minutes=minutes)
        if match.group(9) == "-":
            offset = -offset
    else:
        raise ValueError(f"timestamp without offset: {text!r}")
    return (naive - offset).replace(tzinfo=UTC)


def _micros(width: timedelta) -> int:
    micros = (width.days * 86_400 + width.seconds) * 1_000_000 + width.microseconds
    if micros <= 0 or _DAY_US % micros:
        raise ValueError(f"width {width} does not divide a day")
    return micros


def bucket_start(moment: datetime, width: timedelta) -> datetime:
    step = _micros(width)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a naive moment has no place on the UTC axis")
    since_epoch = (moment - _EPOCH) // timedelta(microseconds=1)
    return _EPOCH + timedelta(microseconds=since_epoch // step * step)


def format_utc(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return f"{utc.year:04}-{utc.month:02}-{utc.day:02}T{utc.hour:02}:{utc.minute:02}:{utc.second:02}Z"


def count_per_bucket(lines: Iterable[str], width: timedelta) -> dict[str, int]:
    step = timedelta(microseconds=_micros(width))
    starts: Counter[datetime] = Counter()
    for line in lines:
        first_word = line.strip().split(" ", 1)[0]
        try:
            starts[bucket_start(parse_timestamp(first_word), step)] += 1
        except ValueError:
            pass
    if not starts:
        return {}
    first, last = min(starts), max(starts)
    return {
        format_utc(first + index * step): starts[first + index * step]
        for index in range((last - first) // step + 1)
    }
