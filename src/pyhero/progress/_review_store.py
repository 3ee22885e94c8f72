"""The store's review and reading records: FSRS cards and logs, read marks, quiz results."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from pyhero.progress._guard import guarded
from pyhero.progress._review_models import QuizResult, ReadMark, ReviewCard, ReviewLog
from pyhero.progress._review_rows import (
    QUIZZES,
    READ_MARKS,
    REVIEW_CARDS,
    REVIEW_LOGS,
    card_state,
    cards_from_rows,
    quizzes_from_rows,
    read_marks_from_rows,
    reviews_from_rows,
)
from pyhero.progress._review_types import CardRecord, QuizRecord, ReviewRecord

__all__ = ["ReviewRecords"]


class ReviewRecords:
    """Review cards, review logs, read marks and quiz results, per learner (mixed into
    :class:`~pyhero.progress.ProgressStore`)."""

    if TYPE_CHECKING:
        url: str
        _read: sessionmaker[Session]

        def _writing(self) -> AbstractContextManager[Session]: ...

        def _learner_id(self, name: str) -> int: ...

    def _select(self, query: str, learner: str) -> list[tuple[object, ...]]:
        learner_id = self._learner_id(learner)
        with self._read() as session:
            return [tuple(row) for row in session.execute(text(query), {"learner": learner_id})]

    @guarded
    def review_cards(self, learner: str) -> dict[str, CardRecord]:
        """Item key -> card, earliest due first."""
        return cards_from_rows(self._select(REVIEW_CARDS, learner))

    @guarded
    def reviews(self, learner: str) -> list[ReviewRecord]:
        """Every finished review, oldest first."""
        return reviews_from_rows(self._select(REVIEW_LOGS, learner))

    @guarded
    def add_review_cards(self, learner: str, cards: Iterable[CardRecord]) -> int:
        """Add the cards whose item has none yet (existing ones are kept); the count added."""
        learner_id = self._learner_id(learner)
        wanted = {card.item: card for card in cards}
        for _ in range(3):
            with self._read() as session:
                known = set(
                    session.scalars(
                        select(ReviewCard.item).where(ReviewCard.learner_id == learner_id)
                    )
                )
            rows = [
                ReviewCard(
                    learner_id=learner_id,
                    item=card.item,
                    topic=card.topic,
                    created_at=datetime.now(UTC),
                    checks=0,
                    **card_state(card),
                )
                for item, card in wanted.items()
                if item not in known
            ]
            if not rows:
                return 0
            try:
                with self._writing() as session:
                    session.add_all(rows)
            except IntegrityError:  # another process added some meanwhile: read again
                continue
            return len(rows)
        return 0

    @guarded
    def open_review(self, learner: str, item: str, at: datetime) -> CardRecord | None:
        """Start reviewing ``item`` at ``at`` (kept if a review is already under way); None
        when the learner has no card for it."""
        learner_id = self._learner_id(learner)
        with self._writing() as session:
            session.execute(
                update(ReviewCard)
                .where(
                    ReviewCard.learner_id == learner_id,
                    ReviewCard.item == item,
                    ReviewCard.opened_at.is_(None),
                )
                .values(opened_at=at, checks=0)
            )
        return self.review_cards(learner).get(item)

    @guarded
    def count_check(self, learner: str, item: str) -> int:
        """One more grading of the review under way; the number of checks so far."""
        learner_id = self._learner_id(learner)
        where = (ReviewCard.learner_id == learner_id, ReviewCard.item == item)
        with self._writing() as session:
            session.execute(update(ReviewCard).where(*where).values(checks=ReviewCard.checks + 1))
            checks = session.scalar(select(ReviewCard.checks).where(*where))
        return int(checks or 0)

    @guarded
    def record_review(self, learner: str, card: CardRecord, review: ReviewRecord) -> None:
        """Store the card's new memory state and the review's log entry, in one transaction;
        the review under way (if any) ends."""
        learner_id = self._learner_id(learner)
        with self._writing() as session:
            session.execute(
                update(ReviewCard)
                .where(ReviewCard.learner_id == learner_id, ReviewCard.item == card.item)
                .values(opened_at=None, checks=0, **card_state(card))
            )
            session.add(ReviewLog(learner_id=learner_id, **review.model_dump()))

    @guarded
    def read_marks(self, learner: str) -> dict[str, datetime]:
        """Topic slug -> when the learner marked it read."""
        return read_marks_from_rows(self._select(READ_MARKS, learner))

    @guarded
    def mark_read(self, learner: str, topic: str, *, read: bool = True) -> bool:
        """Mark ``topic`` read (or, with ``read=False``, no longer read); True if it changed."""
        learner_id = self._learner_id(learner)
        if not read:
            with self._writing() as session:
                gone = session.execute(
                    delete(ReadMark).where(
                        ReadMark.learner_id == learner_id, ReadMark.topic == topic
                    )
                )
            return bool(getattr(gone, "rowcount", 0))
        if topic in self.read_marks(learner):
            return False
        try:
            with self._writing() as session:
                session.add(
                    ReadMark(learner_id=learner_id, topic=topic, created_at=datetime.now(UTC))
                )
        except IntegrityError:  # marked by another process meanwhile
            return False
        return True

    @guarded
    def record_quiz(
        self, learner: str, topic: str, answers: Sequence[int | None], correct: int
    ) -> QuizRecord:
        """Store one self-check quiz taken (the choice per question, None if unanswered)."""
        learner_id = self._learner_id(learner)
        with self._writing() as session:
            session.add(
                QuizResult(
                    learner_id=learner_id,
                    topic=topic,
                    correct=correct,
                    total=len(answers),
                    answers=list(answers),
                    created_at=datetime.now(UTC),
                )
            )
        return self.quizzes(learner)[topic]

    @guarded
    def quizzes(self, learner: str) -> dict[str, QuizRecord]:
        """Topic slug -> its latest quiz result, best score and times taken."""
        return quizzes_from_rows(self._select(QUIZZES, learner))
