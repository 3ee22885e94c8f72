"""The progress page's figures: completion per section and level, activity, failures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta

from pyhero.curriculum import Curriculum, Level
from pyhero.progress import AttemptRecord, ExerciseProgress, Status, activity_summary
from pyhero.web._status import topic_statuses
from pyhero.web.schemas import Completion, DayActivity, FailedExercise, ProgressOut

__all__ = ["DAYS_SHOWN", "build_progress"]

DAYS_SHOWN = 28
_FAILURES_SHOWN = 8


def _completion(
    key: str, label: str, slugs: Sequence[str], progress: dict[str, ExerciseProgress]
) -> Completion:
    states = [progress[s].status if s in progress else Status.PENDING for s in slugs]
    return Completion(
        key=key,
        label=label,
        done=sum(s is Status.DONE for s in states),
        attempted=sum(s is Status.ATTEMPTED for s in states),
        total=len(states),
    )


def build_progress(
    learner: str,
    curriculum: Curriculum,
    progress: dict[str, ExerciseProgress],
    attempts: Sequence[AttemptRecord],
    now: datetime,
) -> ProgressOut:
    """Everything the progress page and ``/api/progress`` show; ``now`` is timezone-aware."""
    exercises = curriculum.exercises
    by_section = {
        section.slug: [e.slug for e in exercises.values() if e.topic in set(section.topics)]
        for section in curriculum.sections
    }
    by_level = {
        level: [e.slug for e in exercises.values() if curriculum.topics[e.topic].level is level]
        for level in Level
    }
    statuses = {slug: item.status for slug, item in progress.items()}
    topics = topic_statuses(curriculum, statuses)
    summary = activity_summary([(a.created_at, a.duration_ms) for a in attempts], now)
    return ProgressOut(
        learner=learner,
        exercises_done=sum(statuses.get(s) is Status.DONE for s in exercises),
        exercises_total=len(exercises),
        topics_done=sum(state == "done" for state in topics.values()),
        topics_with_exercises=sum(state != "none" for state in topics.values()),
        attempts=len(attempts),
        streak_days=summary.streak_days,
        active_days=summary.active_days,
        time_spent_minutes=round(summary.time_spent.total_seconds() / 60, 1),
        sections=[
            _completion(s.slug, s.title, by_section[s.slug], progress)
            for s in curriculum.sections
            if by_section[s.slug]
        ],
        levels=[
            _completion(level.value, level.value.capitalize(), by_level[level], progress)
            for level in Level
            if by_level[level]
        ],
        days=_days(attempts, now),
        recent_failures=_failures(curriculum, attempts, statuses),
    )


def _days(attempts: Sequence[AttemptRecord], now: datetime) -> list[DayActivity]:
    tz = now.tzinfo
    today = now.date()
    first = today - timedelta(days=DAYS_SHOWN - 1)
    tried: Counter[object] = Counter()
    passed: Counter[object] = Counter()
    for attempt in attempts:
        day = attempt.created_at.astimezone(tz).date()
        if day >= first:
            tried[day] += 1
            passed[day] += attempt.passed
    return [
        DayActivity(day=first + timedelta(days=i), attempts=tried[d], passed=passed[d])
        for i in range(DAYS_SHOWN)
        for d in [first + timedelta(days=i)]
    ]


def _failures(
    curriculum: Curriculum, attempts: Sequence[AttemptRecord], statuses: dict[str, Status]
) -> list[FailedExercise]:
    """Exercises not done yet whose latest attempt failed, most recent first."""
    latest: dict[str, AttemptRecord] = {}
    for attempt in attempts:
        latest[attempt.exercise] = attempt
    failed = [
        a
        for slug, a in latest.items()
        if not a.passed and statuses.get(slug) is not Status.DONE and slug in curriculum.exercises
    ]
    failed.sort(key=lambda a: a.created_at, reverse=True)
    return [
        FailedExercise(
            exercise=a.exercise,
            title=curriculum.exercises[a.exercise].title,
            verdict=a.verdict,
            at=a.created_at,
            tests_passed=a.tests_passed,
            tests_total=len(a.tests),
        )
        for a in failed[:_FAILURES_SHOWN]
    ]
