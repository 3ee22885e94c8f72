"""Rounds to the nearest second when formatting instead of dropping the fraction.

``datetime.fromtimestamp(round(moment.timestamp()), UTC)`` looks like a clean way to get rid
of microseconds, but 12:05:07.6 becomes 12:05:08. The visible test formats a moment 999
microseconds past the second, which rounds down.
"""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

DAY = timedelta(days=1)


def parse_timestamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text.strip())
    if moment.utcoffset() is None:
        raise ValueError(f"timestamp {text!r} has no UTC offset")
    return moment.astimezone(UTC)


def bucket_start(moment: datetime, width: timedelta) -> datetime:
    if width <= timedelta(0) or DAY % width:
        raise ValueError(f"width must be positive and divide a day evenly, got {width}")
    if moment.utcoffset() is None:
        raise ValueError("naive datetimes are ambiguous")
    utc = moment.astimezone(UTC)
    midnight = utc.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + (utc - midnight) // width * width


def format_utc(moment: datetime) -> str:
    whole = datetime.fromtimestamp(round(moment.timestamp()), UTC)
    return whole.strftime("%Y-%m-%dT%H:%M:%SZ")


def count_per_bucket(lines: Iterable[str], width: timedelta) -> dict[str, int]:
    counts: dict[datetime, int] = {}
    for line in lines:
        head, _, _ = line.strip().partition(" ")
        try:
            moment = parse_timestamp(head)
        except ValueError:
            continue
        start = bucket_start(moment, width)
        counts[start] = counts.get(start, 0) + 1
    if not counts:
        return {}
    result: dict[str, int] = {}
    current, last = min(counts), max(counts)
    while current <= last:
        result[format_utc(current)] = counts.get(current, 0)
        current += width
    return result
