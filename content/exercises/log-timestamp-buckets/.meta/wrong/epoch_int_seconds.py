"""Floors Unix timestamps in whole seconds: ``int(moment.timestamp())`` and
``int(width.total_seconds())``.

``int()`` truncates towards zero, so a moment before 1970 with a fraction of a second lands
in the next window, and a width below one second becomes 0 (ZeroDivisionError). The visible
tests use whole seconds after 1970, or a pre-1970 moment on a whole second.
"""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

DAY = timedelta(days=1)


def parse_timestamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{text!r}: no offset")
    return moment.astimezone(UTC)


def bucket_start(moment: datetime, width: timedelta) -> datetime:
    if width <= timedelta(0) or DAY % width != timedelta(0):
        raise ValueError(f"invalid width {width}")
    if moment.utcoffset() is None:
        raise ValueError("naive moment")
    seconds = int(moment.timestamp())
    step = int(width.total_seconds())
    return datetime.fromtimestamp(seconds - seconds % step, UTC)


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def count_per_bucket(lines: Iterable[str], width: timedelta) -> dict[str, int]:
    counts: dict[datetime, int] = {}
    for line in lines:
        parts = line.split(" ", 1)
        try:
            moment = parse_timestamp(parts[0])
        except ValueError:
            continue
        start = bucket_start(moment, width)
        counts[start] = counts.get(start, 0) + 1
    if not counts:
        return {}
    first, last = min(counts), max(counts)
    steps = (last - first) // width
    return {
        format_utc(first + n * width): counts.get(first + n * width, 0) for n in range(steps + 1)
    }
