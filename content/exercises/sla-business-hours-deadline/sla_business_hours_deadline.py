"""SLA deadlines that count only business hours in a team's time zone."""

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

    # Task 1: add __post_init__ validating opens < closes and the workdays.

    def is_workday(self, day: date) -> bool:
        """True for a configured weekday that is not a holiday."""
        raise NotImplementedError("BusinessHours.is_workday")

    def window(self, day: date) -> tuple[datetime, datetime]:
        """Aware opening and closing datetimes of ``day``."""
        raise NotImplementedError("BusinessHours.window")


def is_business_time(moment: datetime, hours: BusinessHours) -> bool:
    """True when ``moment`` falls inside opening hours (closing time excluded)."""
    raise NotImplementedError("is_business_time")


def add_business_time(start: datetime, duration: timedelta, hours: BusinessHours) -> datetime:
    """The moment when ``duration`` of business time has elapsed after ``start``."""
    raise NotImplementedError("add_business_time")


def business_time_between(start: datetime, end: datetime, hours: BusinessHours) -> timedelta:
    """Business time elapsed from ``start`` to ``end``."""
    raise NotImplementedError("business_time_between")
