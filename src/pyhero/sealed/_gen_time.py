"""Times rich in edges: odd UTC offsets, microseconds, DST gaps and folds, ISO 8601 text."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

from pyhero.sealed._gen_sample import chance, pick

__all__ = [
    "DST_ZONES",
    "OFFSETS",
    "STEADY_ZONES",
    "around_transition",
    "aware_datetime",
    "dst_transitions",
    "dst_wall_time",
    "fixed_zone",
    "iso_timestamp",
    "microsecond",
    "naive_datetime",
    "utc_offset",
    "zone",
]


def _hm(hours: int, minutes: int = 0) -> timedelta:
    sign = -1 if hours < 0 else 1
    return sign * timedelta(hours=abs(hours), minutes=minutes)


#: Offsets in use somewhere, half- and three-quarter hours and the extremes included.
OFFSETS: tuple[timedelta, ...] = (
    _hm(0),
    _hm(1),
    _hm(-1),
    _hm(2),
    _hm(-4),
    _hm(-5),
    _hm(3, 30),
    _hm(-3, 30),
    _hm(-2, 30),
    _hm(4, 30),
    _hm(5, 30),
    _hm(5, 45),
    _hm(6, 30),
    _hm(8, 45),
    _hm(9, 30),
    _hm(-9, 30),
    _hm(10, 30),
    _hm(12, 45),
    _hm(13, 45),
    _hm(14),
    _hm(-12),
    _hm(-11),
)

#: Zones with daylight-saving time, odd ones included (30-minute DST on Lord Howe,
#: negative DST in Dublin, southern-hemisphere DST, transitions at midnight in Havana).
DST_ZONES: tuple[str, ...] = (
    "America/St_Johns",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Europe/London",
    "Europe/Dublin",
    "America/New_York",
    "America/Santiago",
    "America/Havana",
    "Pacific/Chatham",
    "Europe/Berlin",
)

#: Zones without DST today, at unusual offsets.
STEADY_ZONES: tuple[str, ...] = (
    "Asia/Kathmandu",
    "Asia/Kolkata",
    "Pacific/Marquesas",
    "Pacific/Kiritimati",
    "Asia/Tokyo",
    "UTC",
)


def utc_offset(rng: random.Random, *, any_minute: float = 0.2) -> timedelta:
    """A UTC offset: one of :data:`OFFSETS` mostly, else (``any_minute`` of the time) any
    whole minute strictly between -24 and +24 hours."""
    if chance(rng, any_minute):
        return timedelta(minutes=rng.randint(-(24 * 60 - 1), 24 * 60 - 1))
    return pick(rng, OFFSETS)


def fixed_zone(rng: random.Random, *, any_minute: float = 0.2) -> timezone:
    """A ``datetime.timezone`` at :func:`utc_offset` (``timezone.utc`` for zero)."""
    return timezone(utc_offset(rng, any_minute=any_minute))


def zone(rng: random.Random, *, dst: bool | None = None) -> ZoneInfo:
    """A ``ZoneInfo``: from :data:`DST_ZONES` (``dst=True``), :data:`STEADY_ZONES`
    (``dst=False``) or either."""
    keys = DST_ZONES if dst else STEADY_ZONES if dst is False else DST_ZONES + STEADY_ZONES
    return ZoneInfo(pick(rng, keys))


def microsecond(rng: random.Random) -> int:
    """0 often (whole seconds), else an edge (1, 500000, 999999) or any value."""
    roll = rng.random()
    if roll < 0.35:
        return 0
    if roll < 0.55:
        return pick(rng, (1, 500_000, 999_999, 123_456))
    return rng.randint(0, 999_999)


_START = datetime(1968, 1, 1, tzinfo=UTC)
_END = datetime(2040, 1, 1, tzinfo=UTC)


def _instant(rng: random.Random, start: datetime, end: datetime, microseconds: bool) -> datetime:
    span = int((end - start).total_seconds())
    moment = start + timedelta(seconds=rng.randint(0, span - 1))
    if chance(rng, 0.1):  # right on a day boundary
        moment = moment.replace(hour=0, minute=0, second=0)
    return moment.replace(microsecond=microsecond(rng) if microseconds else 0)


def aware_datetime(
    rng: random.Random,
    *,
    start: datetime = _START,
    end: datetime = _END,
    zones: str = "fixed",
    microseconds: bool = True,
) -> datetime:
    """An existing instant in ``[start, end)`` expressed in a zone: ``zones="fixed"`` (a
    :func:`fixed_zone`), ``"zoneinfo"`` (a :func:`zone`) or ``"mixed"``."""
    moment = _instant(rng, start, end, microseconds)
    use_zoneinfo = zones == "zoneinfo" or (zones == "mixed" and chance(rng, 0.5))
    return moment.astimezone(zone(rng) if use_zoneinfo else fixed_zone(rng))


def naive_datetime(
    rng: random.Random, *, start: datetime = _START, end: datetime = _END, microseconds: bool = True
) -> datetime:
    """A naive datetime (no ``tzinfo``) in ``[start, end)`` (compared as UTC)."""
    return _instant(rng, start, end, microseconds).replace(tzinfo=None)


@cache
def dst_transitions(key: str, year: int) -> tuple[datetime, ...]:
    """The UTC instants in ``year`` at which zone ``key`` changes its offset, to the second."""
    tz = ZoneInfo(key)
    found: list[datetime] = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    while day.year == year:
        following = day + timedelta(days=1)
        if day.astimezone(tz).utcoffset() != following.astimezone(tz).utcoffset():
            low, high = day, following  # offset(low) != offset(high): bisect to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle.astimezone(tz).utcoffset() == low.astimezone(tz).utcoffset():
                    low = middle
                else:
                    high = middle
            found.append(high)
        day = following
    return tuple(found)


def _transition(rng: random.Random, key: str, years: tuple[int, int]) -> datetime:
    for _ in range(20):
        changes = dst_transitions(key, rng.randint(*years))
        if changes:
            return pick(rng, changes)
    raise ValueError(f"{key} has no offset change in {years[0]}-{years[1]}")


_NEAR = (
    timedelta(0),
    timedelta(seconds=-1),
    timedelta(seconds=1),
    timedelta(microseconds=-1),
    timedelta(minutes=-30),
    timedelta(minutes=30),
    timedelta(hours=-1),
    timedelta(hours=1),
)


def around_transition(
    rng: random.Random, key: str | None = None, *, years: tuple[int, int] = (2000, 2037)
) -> datetime:
    """An instant at or near (±1 µs, ±1 s, ±30 min, ±1 h, within 3 h) a DST transition of
    zone ``key`` (a :data:`DST_ZONES` one by default), expressed in that zone."""
    key = key or pick(rng, DST_ZONES)
    change = _transition(rng, key, years)
    near = pick(rng, _NEAR) if chance(rng, 0.7) else timedelta(seconds=rng.randint(-10800, 10800))
    return (change + near).astimezone(ZoneInfo(key))


def dst_wall_time(
    rng: random.Random,
    key: str | None = None,
    *,
    kind: str | None = None,
    years: tuple[int, int] = (2000, 2037),
) -> datetime:
    """A local wall-clock time that does not exist (``kind="gap"``, clocks jumped over it)
    or exists twice (``kind="fold"``), as an aware datetime in zone ``key`` with ``fold``
    0 or 1; ``kind=None`` picks either."""
    key = key or pick(rng, DST_ZONES)
    tz = ZoneInfo(key)
    for _ in range(50):
        change = _transition(rng, key, years)
        offset_before = _offset(change - timedelta(seconds=1), tz)
        offset_after = _offset(change, tz)
        found = "gap" if offset_after > offset_before else "fold"
        if kind is not None and kind != found:
            continue
        # Gap: local times [change+before, change+after) never happen; fold: the local
        # times [change+after, change+before) happen twice.
        lowest = change.replace(tzinfo=None) + min(offset_before, offset_after)
        width = int(abs(offset_after - offset_before).total_seconds())
        wall = lowest + timedelta(seconds=rng.randint(0, width - 1))
        return wall.replace(tzinfo=tz, fold=rng.randint(0, 1))
    raise ValueError(f"{key}: no {kind} found in {years[0]}-{years[1]}")


def _offset(instant: datetime, tz: ZoneInfo) -> timedelta:
    return instant.astimezone(tz).utcoffset() or timedelta(0)


def _offset_text(offset: timedelta, style: str) -> str:
    if style == "Z" and not offset:
        return "Z"
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(int(abs(offset).total_seconds()), 60)
    hours, minutes = divmod(minutes, 60)
    if style == "+HHMM":
        return f"{sign}{hours:02}{minutes:02}"
    if style == "+HH" and not minutes and not seconds:
        return f"{sign}{hours:02}"
    if style == "+HH:MM:SS" or seconds:
        return f"{sign}{hours:02}:{minutes:02}:{seconds:02}"
    return f"{sign}{hours:02}:{minutes:02}"


def iso_timestamp(
    rng: random.Random,
    moment: datetime | None = None,
    *,
    separators: tuple[str, ...] = ("T", " "),
    fraction_digits: tuple[int, ...] = (0, 0, 1, 3, 6),
    offsets: tuple[str, ...] = ("Z", "+HH:MM"),
    seconds: bool = True,
) -> str:
    """``moment`` (an :func:`aware_datetime` by default; naive gives no offset) as ISO 8601
    text that ``datetime.fromisoformat`` reads, in the variants allowed: date/time
    ``separators``, fractional seconds of ``fraction_digits`` digits (truncated), offset
    styles ``"Z"`` (for a zero offset; others then fall back), ``"+HH:MM"``, ``"+HHMM"``,
    ``"+HH"`` (whole hours only), ``"+HH:MM:SS"``; ``seconds=False`` may drop ``:SS``
    when they are zero."""
    moment = moment if moment is not None else aware_datetime(rng)
    text = moment.strftime("%Y-%m-%d") + pick(rng, separators) + moment.strftime("%H:%M")
    digits = pick(rng, fraction_digits)
    if seconds or moment.second or moment.microsecond or digits:
        text += f":{moment.second:02}"
    if digits:
        text += "." + f"{moment.microsecond:06}"[:digits]
    offset = moment.utcoffset()
    if offset is not None:
        text += _offset_text(offset, pick(rng, offsets))
    return text
