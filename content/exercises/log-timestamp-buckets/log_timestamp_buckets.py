"""Bucket log lines into fixed UTC time windows."""

from collections.abc import Iterable
from datetime import datetime, timedelta

DAY = timedelta(days=1)


def parse_timestamp(text: str) -> datetime:
    """Parse an ISO 8601 timestamp with an offset (or ``Z``) and return it in UTC."""
    raise NotImplementedError("parse_timestamp")


def bucket_start(moment: datetime, width: timedelta) -> datetime:
    """Start of the ``width``-wide UTC window containing ``moment``."""
    raise NotImplementedError("bucket_start")


def format_utc(moment: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC."""
    raise NotImplementedError("format_utc")


def count_per_bucket(lines: Iterable[str], width: timedelta) -> dict[str, int]:
    """Lines per window, chronologically, empty windows between the first and last included."""
    raise NotImplementedError("count_per_bucket")
