"""Streak and time spent, computed from attempt times (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from pydantic import BaseModel, ConfigDict

__all__ = ["SESSION_GAP", "ActivitySummary", "activity_summary"]

SESSION_GAP = timedelta(minutes=20)
"""Attempts closer than this belong to one working session."""


class ActivitySummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    streak_days: int
    active_days: int
    time_spent: timedelta


def _streak(days: set[date], today: date) -> int:
    """Consecutive active days ending today (or yesterday: today may not have started)."""
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


def activity_summary(activity: Sequence[tuple[datetime, float]], now: datetime) -> ActivitySummary:
    """``activity`` holds (attempt time, grading ms); time spent sums each session's span.

    A session is a run of attempts with gaps under :data:`SESSION_GAP`; its span runs from
    its first attempt to its last, plus the grading time of the last one.
    """
    ordered = sorted(activity)
    local_days = {moment.astimezone(now.tzinfo).date() for moment, _ in ordered}
    spent = timedelta()
    for index, (moment, duration_ms) in enumerate(ordered):
        if index + 1 < len(ordered) and ordered[index + 1][0] - moment < SESSION_GAP:
            spent += ordered[index + 1][0] - moment
        else:
            spent += timedelta(milliseconds=duration_ms)
    return ActivitySummary(
        streak_days=_streak(local_days, now.date()),
        active_days=len(local_days),
        time_spent=spent,
    )
