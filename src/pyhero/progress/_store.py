"""ProgressStore: the only code that reads or writes the progress database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from pyhero.progress._db import WRITE, describe_url, make_engine, session_factory
from pyhero.progress._errors import StoreError
from pyhero.progress._exchange import ProgressExport
from pyhero.progress._guard import guarded, translate
from pyhero.progress._migrate import upgrade_to_head
from pyhero.progress._models import Attempt, HintUse, Learner
from pyhero.progress._review_exchange import ReviewData, import_review_data, read_review_data
from pyhero.progress._review_store import ReviewRecords
from pyhero.progress._rows import (
    ACTIVITY,
    ATTEMPT_TOTALS,
    HINT_TOTALS,
    activity_from_rows,
    progress_from_rows,
)
from pyhero.progress._types import (
    AttemptRecord,
    ExerciseProgress,
    HintRecord,
    ImportReport,
    NewAttempt,
    Status,
    TestSummary,
    code_hash,
)

__all__ = ["ProgressStore", "Verifier"]

Verifier = Callable[[AttemptRecord], str | None]
"""Re-grades an imported attempt's code; returns the verdict, or None when it cannot."""


def _record(row: Attempt) -> AttemptRecord:
    return AttemptRecord(
        uid=row.uid,
        exercise=row.exercise,
        created_at=row.created_at,
        verdict=row.verdict,
        tests=tuple(TestSummary.model_validate(test) for test in row.tests),
        duration_ms=row.duration_ms,
        code=row.code,
        code_hash=row.code_hash,
        isolation=row.isolation,
        message=row.message,
    )


class ProgressStore(ReviewRecords):
    """Attempts, hints and learners (and, from :class:`ReviewRecords`, review cards, read
    marks and quizzes); opening it applies pending migrations."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._learner_ids: dict[str, int] = {}
        try:
            self._engine = make_engine(url)
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise StoreError(
                f"Cannot use the progress database URL {describe_url(url)!r}: {exc}",
                "Set PYHERO_DATABASE_URL to a sqlite:///PATH or postgresql+psycopg://... URL "
                "(see docs/settings.md), or unset it for the default file.",
            ) from exc
        self._read = session_factory(self._engine)
        self._write = session_factory(self._engine.execution_options(**{WRITE: True}))
        try:
            upgrade_to_head(self._engine)
        except SQLAlchemyError as exc:
            self._engine.dispose()
            raise translate(url, exc) from exc
        except StoreError:
            self._engine.dispose()
            raise

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        with self._write.begin() as session:
            yield session

    def _learner_id(self, name: str) -> int:
        cached = self._learner_ids.get(name)
        if cached is not None:
            return cached
        with self._read() as session:
            found = session.scalar(select(Learner.id).where(Learner.name == name))
        if found is None:
            try:
                with self._writing() as session:
                    learner = Learner(name=name, created_at=datetime.now(UTC))
                    session.add(learner)
                    session.flush()
                    found = learner.id
            except IntegrityError:  # created by another process meanwhile
                with self._read() as session:
                    found = session.scalars(select(Learner.id).where(Learner.name == name)).one()
        self._learner_ids[name] = found
        return found

    @guarded
    def learners(self) -> list[str]:
        with self._read() as session:
            return list(session.scalars(select(Learner.name).order_by(Learner.id)))

    @guarded
    def ensure_learner(self, name: str) -> None:
        self._learner_id(name)

    @guarded
    def record_attempt(
        self, learner: str, attempt: NewAttempt, *, at: datetime | None = None
    ) -> AttemptRecord:
        """Store one grading result; committed before this returns."""
        learner_id = self._learner_id(learner)
        row = Attempt(
            uid=str(uuid.uuid4()),
            learner_id=learner_id,
            exercise=attempt.exercise,
            created_at=at or datetime.now(UTC),
            verdict=attempt.verdict,
            tests=[test.model_dump() for test in attempt.tests],
            tests_passed=attempt.tests_passed,
            tests_total=len(attempt.tests),
            duration_ms=attempt.duration_ms,
            code_hash=code_hash(attempt.code),
            code=dict(attempt.code),
            isolation=attempt.isolation,
            message=attempt.message,
        )
        with self._writing() as session:
            session.add(row)
        return _record(row)

    @guarded
    def attempts(self, learner: str, exercise: str | None = None) -> list[AttemptRecord]:
        """Attempts in the order they were made."""
        learner_id = self._learner_id(learner)
        query = select(Attempt).where(Attempt.learner_id == learner_id)
        if exercise is not None:
            query = query.where(Attempt.exercise == exercise)
        with self._read() as session:
            rows = session.scalars(query.order_by(Attempt.created_at, Attempt.id))
            return [_record(row) for row in rows]

    @guarded
    def activity(self, learner: str) -> list[tuple[datetime, float]]:
        """(time, grading duration in ms) of every attempt, oldest first."""
        learner_id = self._learner_id(learner)
        with self._read() as session:
            rows = session.execute(text(ACTIVITY), {"learner": learner_id})
            return activity_from_rows(tuple(row) for row in rows)

    @guarded
    def progress(self, learner: str) -> dict[str, ExerciseProgress]:
        """Per exercise with any attempt or hint: status (done iff a passed verdict)."""
        learner_id = self._learner_id(learner)
        with self._read() as session:
            hints = [
                tuple(row) for row in session.execute(text(HINT_TOTALS), {"learner": learner_id})
            ]
            attempts = [
                tuple(row) for row in session.execute(text(ATTEMPT_TOTALS), {"learner": learner_id})
            ]
        return progress_from_rows(attempts, hints)

    def statuses(self, learner: str) -> dict[str, Status]:
        return {slug: item.status for slug, item in self.progress(learner).items()}

    @guarded
    def hints_used(self, learner: str, exercise: str) -> int:
        learner_id = self._learner_id(learner)
        with self._read() as session:
            count = session.scalar(
                select(func.count(HintUse.id)).where(
                    HintUse.learner_id == learner_id, HintUse.exercise == exercise
                )
            )
        return int(count or 0)

    @guarded
    def use_hint(self, learner: str, exercise: str, available: int) -> int:
        """Record the next unused hint and return its number (1-based).

        When every hint is used already, the last one's number is returned again; 0 when
        the exercise has no hints.
        """
        if available <= 0:
            return 0
        learner_id = self._learner_id(learner)
        for _ in range(5):
            used = self.hints_used(learner, exercise)
            if used >= available:
                return available
            try:
                with self._writing() as session:
                    session.add(
                        HintUse(
                            learner_id=learner_id,
                            exercise=exercise,
                            number=used + 1,
                            created_at=datetime.now(UTC),
                        )
                    )
            except IntegrityError:  # another process recorded this hint meanwhile
                continue
            return used + 1
        return min(self.hints_used(learner, exercise), available)

    @guarded
    def export(self, learner: str) -> ProgressExport:
        learner_id = self._learner_id(learner)
        with self._read() as session:
            hints = session.scalars(
                select(HintUse)
                .where(HintUse.learner_id == learner_id)
                .order_by(HintUse.created_at, HintUse.id)
            )
            hint_records = tuple(
                HintRecord(exercise=h.exercise, number=h.number, created_at=h.created_at)
                for h in hints
            )
            review = read_review_data(session, learner_id)
        return ProgressExport(
            learner=learner,
            exported_at=datetime.now(UTC),
            attempts=tuple(self.attempts(learner)),
            hints=hint_records,
            read_marks=review.read_marks,
            quizzes=review.quizzes,
            review_cards=review.review_cards,
            reviews=review.reviews,
        )

    @guarded
    def import_export(
        self, learner: str, data: ProgressExport, verify: Verifier | None = None
    ) -> ImportReport:
        """Add what is not there yet (by attempt uid and hint number, read marks by topic,
        quiz results and reviews by moment; review cards newer than the stored ones);
        idempotent, in one transaction.

        With ``verify``, an attempt that claims ``passed`` is kept only if re-grading its
        code passes too: progress is never granted by a file. A review card of an exercise
        comes in only when the learner has passed it (before or by this import).
        """
        learner_id = self._learner_id(learner)
        with self._read() as session:
            wanted = [record.uid for record in data.attempts]
            known_uids: set[str] = set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                known_uids.update(
                    session.scalars(select(Attempt.uid).where(Attempt.uid.in_(chunk)))
                )
            known_hints: set[tuple[str, int]] = set(
                session.execute(
                    select(HintUse.exercise, HintUse.number).where(HintUse.learner_id == learner_id)
                )
            )
        skipped = 0
        rejected: list[str] = []
        rows: list[Any] = []
        for record in data.attempts:
            if record.uid in known_uids:
                skipped += 1
                continue
            if verify is not None and record.passed:
                verdict = verify(record)
                if verdict != "passed":
                    rejected.append(
                        f"attempt {record.uid} ({record.exercise}): claims passed, "
                        f"re-grading says {verdict or 'unknown exercise'}"
                    )
                    continue
            known_uids.add(record.uid)
            rows.append(_row(learner_id, record))
        added_attempts = len(rows)
        for hint in data.hints:
            if (hint.exercise, hint.number) in known_hints:
                skipped += 1
                continue
            known_hints.add((hint.exercise, hint.number))
            rows.append(
                HintUse(
                    learner_id=learner_id,
                    exercise=hint.exercise,
                    number=hint.number,
                    created_at=hint.created_at,
                )
            )
        passed = {slug for slug, status in self.statuses(learner).items() if status == "done"}
        passed.update(r.exercise for r in rows if isinstance(r, Attempt) and r.verdict == "passed")
        review_data = ReviewData(data.read_marks, data.quizzes, data.review_cards, data.reviews)
        with self._writing() as session:
            session.add_all(rows)
            session.flush()
            review = import_review_data(session, learner_id, review_data, passed)
        return ImportReport(
            added_attempts=added_attempts,
            added_hints=len(rows) - added_attempts,
            skipped=skipped + review.skipped,
            rejected=(*rejected, *review.rejected),
            added_reading=review.added_reading,
            added_reviews=review.added_reviews,
        )


def _row(learner_id: int, record: AttemptRecord) -> Attempt:
    return Attempt(
        uid=record.uid,
        learner_id=learner_id,
        exercise=record.exercise,
        created_at=record.created_at,
        verdict=record.verdict,
        tests=[test.model_dump() for test in record.tests],
        tests_passed=record.tests_passed,
        tests_total=len(record.tests),
        duration_ms=record.duration_ms,
        code_hash=record.code_hash,
        code=dict(record.code),
        isolation=record.isolation,
        message=record.message,
    )
