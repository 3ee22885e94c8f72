"""The FSRS grade of an exercise review, from the grader's verdict and the time it took."""

from __future__ import annotations

from datetime import timedelta

from pyhero.review._scheduling import Rating

__all__ = ["exercise_rating", "target_time"]

_MINUTES_PER_DIFFICULTY = 4


def target_time(difficulty: int) -> timedelta:
    """How long re-solving an exercise of ``difficulty`` (1-5) should take when remembered."""
    return timedelta(minutes=_MINUTES_PER_DIFFICULTY * max(1, difficulty))


def exercise_rating(passed: bool, elapsed: timedelta, checks: int, difficulty: int) -> Rating:
    """AGAIN unless the grader passed it; then by time and by checks needed:

    - EASY: passed at the first check, within half the target time;
    - GOOD: passed within two checks and the target time;
    - HARD: passed, but slower or after more checks.
    """
    if not passed:
        return Rating.AGAIN
    target = target_time(difficulty)
    if checks <= 1 and elapsed <= target / 2:
        return Rating.EASY
    if checks <= 2 and elapsed <= target:
        return Rating.GOOD
    return Rating.HARD
