"""Aligns windows on midnight of the moment's own offset instead of UTC midnight.

A natural first attempt: floor the time of day as the moment shows it, then convert the
result to UTC. It agrees with the reference whenever the offset is a whole number of
windows (every whole-hour offset for widths up to an hour), and is wrong for +05:45,
-09:30 or +05:30 with hourly windows.
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
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight + (moment - midnight) // width * width).astimezone(UTC)


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def count_per_bucket(lines: Iterable[str], width: timedelta) -> dict[str, int]:
    counts: dict[datetime, int] = {}
    for line in lines:
        head = line.strip().partition(" ")[0]
        try:
            start = bucket_start(parse_timestamp(head), width)
        except ValueError:
            continue
        counts[start] = counts.get(start, 0) + 1
    result: dict[str, int] = {}
    if counts:
        current, last = min(counts), max(counts)
        while current <= last:
            result[format_utc(current)] = counts.get(current, 0)
            current += width
    return result
