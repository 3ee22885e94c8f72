"""A different route: the business windows are generated lazily day by day (a generator of
``(opening, closing)`` pairs), the deadline consumes them, the measurement intersects them
with ``[start, end]``, and everything is compared in UTC."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = frozenset(range(5))
ALL_DAYS = frozenset(range(7))


@dataclass(frozen=True)
class BusinessHours:
    """Opening hours of a support team in its local time zone."""

    tz: ZoneInfo
    opens: time = time(9)
    closes: time = time(17)
    workdays: frozenset[int] = WEEKDAYS
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.opens < self.closes:
            raise ValueError("the day must open before it closes")
        if len(self.workdays) == 0 or any(day not in ALL_DAYS for day in self.workdays):
            raise ValueError("workdays are weekday numbers 0-6, at least one")

    def is_workday(self, day: date) -> bool:
        """True for a configured weekday that is not a holiday."""
        if day in self.holidays:
            return False
        return day.weekday() in self.workdays

    def window(self, day: date) -> tuple[datetime, datetime]:
        """Aware opening and closing datetimes of ``day``."""
        opening = datetime(day.year, day.month, day.day, self.opens.hour, self.opens.minute,
                           self.opens.second, self.opens.microsecond, tzinfo=self.tz)  # fmt: skip
        closing = datetime(day.year, day.month, day.day, self.closes.hour, self.closes.minute,
                           self.closes.second, self.closes.microsecond, tzinfo=self.tz)  # fmt: skip
        return opening, closing


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError("a naive datetime has no place on the timeline")
    return moment


def _windows(hours: BusinessHours, first_day: date) -> Iterator[tuple[datetime, datetime]]:
    day = first_day
    while True:
        if hours.is_workday(day):
            opening, closing = hours.window(day)
            yield opening.astimezone(UTC), closing.astimezone(UTC)
        day += timedelta(days=1)


def is_business_time(moment: datetime, hours: BusinessHours) -> bool:
    """True when ``moment`` falls inside opening hours (closing time excluded)."""
    instant = _aware(moment).astimezone(UTC)
    day = instant.astimezone(hours.tz).date()
    if not hours.is_workday(day):
        return False
    opening, closing = (edge.astimezone(UTC) for edge in hours.window(day))
    return opening <= instant < closing


def add_business_time(start: datetime, duration: timedelta, hours: BusinessHours) -> datetime:
    """The moment when ``duration`` of business time has elapsed after ``start``."""
    instant = _aware(start).astimezone(UTC)
    if duration < timedelta(0):
        raise ValueError("a deadline cannot lie before its start")
    left = duration
    for opening, closing in _windows(hours, instant.astimezone(hours.tz).date()):
        if closing <= instant:
            continue
        begin = max(opening, instant)
        if begin + left <= closing:
            return (begin + left).astimezone(hours.tz)
        left -= closing - begin
    raise AssertionError("unreachable: the windows never end")


def business_time_between(start: datetime, end: datetime, hours: BusinessHours) -> timedelta:
    """Business time elapsed from ``start`` to ``end``."""
    first, last = _aware(start).astimezone(UTC), _aware(end).astimezone(UTC)
    if first > last:
        raise ValueError("the end comes before the start")
    total = timedelta(0)
    for opening, closing in _windows(hours, first.astimezone(hours.tz).date()):
        if opening >= last:
            break
        overlap = min(closing, last) - max(opening, first)
        if overlap > timedelta(0):
            total += overlap
    return total
