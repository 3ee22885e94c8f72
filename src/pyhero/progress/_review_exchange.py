"""Read marks, quiz results, review cards and finished reviews in progress exports.

An import adds what the store does not hold yet and never grants anything the grader has
not: a review card of an exercise comes in only when the learner has passed it here.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from pyhero.progress._review_models import QuizResult, ReadMark, ReviewCard, ReviewLog
from pyhero.progress._review_rows import (
    READ_MARKS,
    REVIEW_CARDS,
    REVIEW_LOGS,
    card_state,
    cards_from_rows,
    read_marks_from_rows,
    reviews_from_rows,
)
from pyhero.progress._review_types import (
    CardRecord,
    QuizResultRecord,
    ReadMarkRecord,
    ReviewRecord,
)
from pyhero.progress._rows import aware

__all__ = ["ReviewData", "ReviewImport", "import_review_data", "read_review_data"]

EXERCISE_ITEM = "exercise/"


@dataclass(frozen=True, slots=True)
class ReviewData:
    """A learner's reading and review records, as an export carries them."""

    read_marks: tuple[ReadMarkRecord, ...] = ()
    quizzes: tuple[QuizResultRecord, ...] = ()
    review_cards: tuple[CardRecord, ...] = ()
    reviews: tuple[ReviewRecord, ...] = ()


@dataclass(slots=True)
class ReviewImport:
    """What an import of :class:`ReviewData` did."""

    added_reading: int = 0
    added_reviews: int = 0
    skipped: int = 0
    rejected: list[str] = field(default_factory=list)


def _moment(value: Any) -> datetime:
    moment = aware(value)
    assert moment is not None
    return moment


def read_review_data(session: Session, learner_id: int) -> ReviewData:
    """Everything of the learner's reading and reviewing, oldest first (cards by item, with
    no review under way)."""

    def rows(query: str) -> list[Any]:
        return list(session.execute(text(query), {"learner": learner_id}))

    marks = read_marks_from_rows(rows(READ_MARKS))
    cards = cards_from_rows(rows(REVIEW_CARDS))
    return ReviewData(
        read_marks=tuple(
            ReadMarkRecord(topic=topic, created_at=at)
            for topic, at in sorted(marks.items(), key=lambda mark: (mark[1], mark[0]))
        ),
        quizzes=tuple(
            QuizResultRecord(
                topic=topic,
                correct=correct,
                total=total,
                answers=tuple(answers),
                created_at=_moment(at),
            )
            for topic, correct, total, answers, at in session.execute(
                select(
                    QuizResult.topic,
                    QuizResult.correct,
                    QuizResult.total,
                    QuizResult.answers,
                    QuizResult.created_at,
                )
                .where(QuizResult.learner_id == learner_id)
                .order_by(QuizResult.created_at, QuizResult.id)
            )
        ),
        review_cards=tuple(
            cards[item].model_copy(update={"opened_at": None, "checks": 0})
            for item in sorted(cards)
        ),
        reviews=tuple(reviews_from_rows(rows(REVIEW_LOGS))),
    )


def _newer(incoming: CardRecord, known: ReviewCard) -> bool:
    """The incoming card was reviewed after the stored one (a card never reviewed is older
    than any reviewed one)."""
    if incoming.last_review is None:
        return False
    stored = aware(known.last_review)
    return stored is None or incoming.last_review > stored


def import_review_data(
    session: Session, learner_id: int, data: ReviewData, passed: Collection[str]
) -> ReviewImport:
    """Add to the learner what ``data`` holds and the store does not (read marks by topic,
    quiz results and reviews by moment); a card is added, or brought up to date when it was
    reviewed later than the stored one. ``passed``: the exercises the learner has passed
    here; a card of another exercise is rejected."""
    outcome = ReviewImport()
    where_learner = ReadMark.learner_id == learner_id
    read = set(session.scalars(select(ReadMark.topic).where(where_learner)))
    for mark in data.read_marks:
        if mark.topic in read:
            outcome.skipped += 1
            continue
        read.add(mark.topic)
        session.add(ReadMark(learner_id=learner_id, topic=mark.topic, created_at=mark.created_at))
        outcome.added_reading += 1
    taken = {
        (topic, _moment(at))
        for topic, at in session.execute(
            select(QuizResult.topic, QuizResult.created_at).where(
                QuizResult.learner_id == learner_id
            )
        )
    }
    for quiz in data.quizzes:
        if (quiz.topic, quiz.created_at) in taken:
            outcome.skipped += 1
            continue
        taken.add((quiz.topic, quiz.created_at))
        session.add(
            QuizResult(
                learner_id=learner_id,
                **quiz.model_dump(exclude={"answers"}),
                answers=list(quiz.answers),
            )
        )
        outcome.added_reading += 1
    cards = {
        card.item: card
        for card in session.scalars(select(ReviewCard).where(ReviewCard.learner_id == learner_id))
    }
    for card in data.review_cards:
        slug = card.item.removeprefix(EXERCISE_ITEM)
        if card.item.startswith(EXERCISE_ITEM) and slug not in passed:
            outcome.rejected.append(
                f"review card {card.item}: {slug} is not passed here (only the grader passes it)"
            )
            continue
        known = cards.get(card.item)
        if known is None:
            session.add(
                ReviewCard(
                    learner_id=learner_id,
                    item=card.item,
                    created_at=datetime.now(UTC),
                    checks=0,
                    topic=card.topic,
                    **card_state(card),
                )
            )
        elif _newer(card, known):
            session.execute(
                update(ReviewCard)
                .where(ReviewCard.id == known.id)
                .values(opened_at=None, checks=0, topic=card.topic, **card_state(card))
            )
        else:
            outcome.skipped += 1
            continue
        outcome.added_reviews += 1
    logged = {
        (item, _moment(at))
        for item, at in session.execute(
            select(ReviewLog.item, ReviewLog.reviewed_at).where(ReviewLog.learner_id == learner_id)
        )
    }
    for review in data.reviews:
        if (review.item, review.reviewed_at) in logged:
            outcome.skipped += 1
            continue
        logged.add((review.item, review.reviewed_at))
        session.add(ReviewLog(learner_id=learner_id, **review.model_dump()))
        outcome.added_reviews += 1
    return outcome
