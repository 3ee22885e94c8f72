"""Streak and time spent from attempt times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pyhero.progress import activity_summary

NOW = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)


def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=minute)


def test_no_activity() -> None:
    summary = activity_summary([], NOW)
    assert (summary.streak_days, summary.active_days, summary.time_spent) == (0, 0, timedelta())


def test_streak_counts_consecutive_days_ending_today_or_yesterday() -> None:
    days = [(at(0, 9), 100.0), (at(1, 9), 100.0), (at(2, 9), 100.0), (at(4, 9), 100.0)]
    assert activity_summary(days, NOW).streak_days == 3
    assert activity_summary(days[1:], NOW).streak_days == 2  # today not started yet
    assert activity_summary(days[2:], NOW).streak_days == 0  # the chain broke yesterday
    assert activity_summary(days, NOW).active_days == 4


def test_time_spent_adds_up_sessions_of_close_attempts() -> None:
    attempts = [
        (at(0, 9, 0), 500.0),
        (at(0, 9, 10), 500.0),
        (at(0, 9, 25), 1500.0),  # session: 9:00 -> 9:25, plus 1.5 s of grading
        (at(0, 14, 0), 2000.0),  # a lone attempt: only its grading time
    ]
    spent = activity_summary(attempts, NOW).time_spent
    assert spent == timedelta(minutes=25, seconds=3.5)
