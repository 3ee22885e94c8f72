"""Measures business time with ``day.weekday() in hours.workdays``, forgetting holidays.

The deadline skips holidays, but the report counts a holiday's opening hours as time the
ticket waited. A visible measurement spans a holiday.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
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
        if self.opens >= self.closes:
            raise ValueError("opening time must be before closing time")
        if not self.workdays or not self.workdays <= ALL_DAYS:
            raise ValueError("workdays must be a non-empty set of weekday numbers 0-6")

    def is_workday(self, day: date) -> bool:
        """True for a configured weekday that is not a holiday."""
        return day.weekday() in self.workdays and day not in self.holidays

    def window(self, day: date) -> tuple[datetime, datetime]:
        """Aware opening and closing datetimes of ``day``."""
        return (
            datetime.combine(day, self.opens, tzinfo=self.tz),
            datetime.combine(day, self.closes, tzinfo=self.tz),
        )


def _local(moment: datetime, hours: BusinessHours) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
    return moment.astimezone(hours.tz)


def is_business_time(moment: datetime, hours: BusinessHours) -> bool:
    """True when ``moment`` falls inside opening hours (closing time excluded)."""
    local = _local(moment, hours)
    return hours.is_workday(local.date()) and hours.opens <= local.time() < hours.closes


def add_business_time(start: datetime, duration: timedelta, hours: BusinessHours) -> datetime:
    """The moment when ``duration`` of business time has elapsed after ``start``."""
    if duration < timedelta(0):
        raise ValueError("duration must not be negative")
    cursor = _local(start, hours)
    remaining = duration
    while True:
        day = cursor.date()
        if hours.is_workday(day):
            opening, closing = hours.window(day)
            begin = max(cursor, opening)
            if begin < closing:
                available = closing - begin
                if remaining <= available:
                    return begin + remaining
                remaining -= available
        cursor = hours.window(day + timedelta(days=1))[0]


def business_time_between(start: datetime, end: datetime, hours: BusinessHours) -> timedelta:
    """Business time elapsed from ``start`` to ``end``."""
    first, last = _local(start, hours), _local(end, hours)
    if last < first:
        raise ValueError("end must not be before start")
    total = timedelta(0)
    day = first.date()
    while day <= last.date():
        if day.weekday() in hours.workdays:
            opening, closing = hours.window(day)
            begin, finish = max(first, opening), min(last, closing)
            if begin < finish:
                total += finish - begin
        day += timedelta(days=1)
    return total
