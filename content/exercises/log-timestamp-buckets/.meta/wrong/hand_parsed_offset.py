"""Parses the offset by hand and gives the minutes the wrong sign for negative offsets.

``timedelta(hours=int("-04"), minutes=int("30"))`` is -3:30, not -4:30: the sign belongs to
both parts. It also reads the fraction as milliseconds only. The visible tests include a
-04:30 timestamp, so they catch this one too.
"""

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone

DAY = timedelta(days=1)
_STAMP = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?(Z|[+-]\d\d:\d\d)"
)


def parse_timestamp(text: str) -> datetime:
    match = _STAMP.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a timestamp with an offset: {text!r}")
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    millis = int((match.group(7) or "0")[:3].ljust(3, "0"))
    offset = match.group(8)
    if offset == "Z":
        zone = UTC
    else:
        zone = timezone(timedelta(hours=int(offset[:3]), minutes=int(offset[4:])))
    moment = datetime(year, month, day, hour, minute, second, millis * 1000, tzinfo=zone)
    return moment.astimezone(UTC)


def bucket_start(moment: datetime, width: timedelta) -> datetime:
    if width <= timedelta(0) or DAY % width:
        raise ValueError(f"width must divide a day, got {width}")
    if moment.utcoffset() is None:
        raise ValueError("naive")
    utc = moment.astimezone(UTC)
    midnight = utc.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + (utc - midnight) // width * width


def format_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def count_per_bucket(lines: Iterable[str], width: timedelta) -> dict[str, int]:
    counts: dict[datetime, int] = {}
    for line in lines:
        try:
            start = bucket_start(parse_timestamp(line.strip().partition(" ")[0]), width)
        except ValueError:
            continue
        counts[start] = counts.get(start, 0) + 1
    if not counts:
        return {}
    out: dict[str, int] = {}
    current = min(counts)
    while current <= max(counts):
        out[format_utc(current)] = counts.get(current, 0)
        current += width
    return out
