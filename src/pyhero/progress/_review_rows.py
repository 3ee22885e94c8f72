"""The review and reading queries, and their rows as records, for the store and the reader."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pyhero.progress._review_types import CardRecord, QuizRecord, ReviewRecord
from pyhero.progress._rows import aware

__all__ = [
    "QUIZZES",
    "READ_MARKS",
    "REVIEW_CARDS",
    "REVIEW_LOGS",
    "card_state",
    "cards_from_rows",
    "quizzes_from_rows",
    "read_marks_from_rows",
    "reviews_from_rows",
]

REVIEW_CARDS = (
    "SELECT item, topic, state, step, stability, difficulty, due, last_review, opened_at, "
    "checks FROM review_cards WHERE learner_id = :learner ORDER BY due, item"
)
REVIEW_LOGS = (
    "SELECT item, topic, rating, reviewed_at, duration_ms, verdict FROM review_logs "
    "WHERE learner_id = :learner ORDER BY reviewed_at, id"
)
READ_MARKS = "SELECT topic, created_at FROM read_marks WHERE learner_id = :learner"
QUIZZES = (
    "SELECT topic, correct, total, created_at FROM quiz_results WHERE learner_id = :learner "
    "ORDER BY created_at, id"
)


def card_state(card: CardRecord) -> dict[str, object]:
    """The columns of a card's FSRS memory state."""
    return {
        "state": card.state,
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": card.due,
        "last_review": card.last_review,
    }


def _when(value: Any) -> datetime:
    moment = aware(value)
    assert moment is not None
    return moment


def cards_from_rows(rows: Iterable[Any]) -> dict[str, CardRecord]:
    return {
        row[0]: CardRecord(
            item=row[0],
            topic=row[1],
            state=row[2],
            step=row[3],
            stability=row[4],
            difficulty=row[5],
            due=_when(row[6]),
            last_review=aware(row[7]),
            opened_at=aware(row[8]),
            checks=row[9],
        )
        for row in rows
    }


def reviews_from_rows(rows: Iterable[Any]) -> list[ReviewRecord]:
    return [
        ReviewRecord(
            item=row[0],
            topic=row[1],
            rating=row[2],
            reviewed_at=_when(row[3]),
            duration_ms=row[4],
            verdict=row[5],
        )
        for row in rows
    ]


def read_marks_from_rows(rows: Iterable[Any]) -> dict[str, datetime]:
    return {row[0]: _when(row[1]) for row in rows}


def quizzes_from_rows(rows: Iterable[Any]) -> dict[str, QuizRecord]:
    """Per topic: the latest result, the best score and how often it was taken."""
    result: dict[str, QuizRecord] = {}
    for topic, correct, total, created_at in rows:
        before = result.get(topic)
        result[topic] = QuizRecord(
            topic=topic,
            correct=correct,
            total=total,
            best=max(correct, before.best if before else 0),
            taken=(before.taken if before else 0) + 1,
            last_at=_when(created_at),
        )
    return result
