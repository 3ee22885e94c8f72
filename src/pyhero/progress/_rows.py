"""Rows of the progress queries turned into records, whichever driver read them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from pyhero.progress._types import ExerciseProgress, Status

__all__ = [
    "ACTIVITY",
    "ATTEMPT_TOTALS",
    "HINT_TOTALS",
    "activity_from_rows",
    "aware",
    "progress_from_rows",
]

# Plain SQL with a ``:learner`` (id) parameter, which both the standard library's sqlite3
# and SQLAlchemy's text() accept: the store and the reader run the very same queries.
ATTEMPT_TOTALS = (
    "SELECT exercise, count(id), max(created_at), "
    "min(CASE WHEN verdict = 'passed' THEN created_at END) "
    "FROM attempts WHERE learner_id = :learner GROUP BY exercise"
)
"""Per exercise: attempts, the last one's time, the first pass's time."""
HINT_TOTALS = (
    "SELECT exercise, count(id) FROM hint_uses WHERE learner_id = :learner GROUP BY exercise"
)
"""Per exercise: hints used."""
ACTIVITY = (
    "SELECT created_at, duration_ms FROM attempts WHERE learner_id = :learner "
    "ORDER BY created_at, id"
)
"""Every attempt's time and grading duration, oldest first."""

AttemptTotals = tuple[str, int, datetime | str | None, datetime | str | None]


def aware(value: datetime | str | None) -> datetime | None:
    """Aggregates bypass the column type on SQLite: normalise them to aware UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def activity_from_rows(
    rows: Iterable[tuple[datetime | str, float]],
) -> list[tuple[datetime, float]]:
    """(time as aware UTC, grading duration in ms) of each row of :data:`ACTIVITY`."""
    return [(moment, duration) for raw, duration in rows if (moment := aware(raw)) is not None]


def progress_from_rows(
    attempts: Iterable[AttemptTotals], hints: Iterable[tuple[str, int]]
) -> dict[str, ExerciseProgress]:
    """Per exercise with any attempt or hint: status (done iff a passed verdict)."""
    hints_used = dict(hints)
    result: dict[str, ExerciseProgress] = {}
    for exercise, count, last, done in attempts:
        result[exercise] = ExerciseProgress(
            exercise=exercise,
            status=Status.DONE if done is not None else Status.ATTEMPTED,
            attempts=count,
            hints_used=hints_used.get(exercise, 0),
            last_attempt_at=aware(last),
            done_at=aware(done),
        )
    for exercise, count in hints_used.items():
        result.setdefault(
            exercise,
            ExerciseProgress(
                exercise=exercise,
                status=Status.PENDING,
                attempts=0,
                hints_used=count,
                last_attempt_at=None,
                done_at=None,
            ),
        )
    return result
