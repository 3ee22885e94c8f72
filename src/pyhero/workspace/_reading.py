"""Reading counts too: read marks and self-check quizzes, recorded and shown, never "done".

Only the grader grants done (see :func:`exercise_statuses`); nothing here touches attempts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pyhero.curriculum import Topic
from pyhero.progress import QuizRecord

if TYPE_CHECKING:
    from pyhero.progress import ProgressStore

__all__ = ["QuizError", "QuizOutcome", "take_quiz"]


class QuizError(ValueError):
    """Answers that do not fit the topic's quiz; the message says what was expected."""


@dataclass(frozen=True, slots=True)
class QuizOutcome:
    """``right[i]`` tells whether question ``i`` was answered right; ``record`` holds the
    stored result with the best score so far."""

    topic: Topic
    answers: tuple[int | None, ...]
    right: tuple[bool, ...]
    record: QuizRecord

    @property
    def correct(self) -> int:
        return sum(self.right)


def take_quiz(
    store: ProgressStore, learner: str, topic: Topic, answers: Sequence[int | None]
) -> QuizOutcome:
    """Score and record ``answers`` (a 0-based choice per question, None when skipped)."""
    if not topic.quiz:
        raise QuizError(f"the topic {topic.slug!r} has no self-check quiz")
    if len(answers) != len(topic.quiz):
        raise QuizError(f"{topic.slug} has {len(topic.quiz)} questions, got {len(answers)} answers")
    for number, (question, answer) in enumerate(zip(topic.quiz, answers, strict=True), 1):
        if answer is not None and not 0 <= answer < len(question.choices):
            raise QuizError(
                f"question {number} has choices 1 to {len(question.choices)}, got {answer + 1}"
            )
    right = tuple(
        answer == question.answer for question, answer in zip(topic.quiz, answers, strict=True)
    )
    record = store.record_quiz(learner, topic.slug, list(answers), sum(right))
    return QuizOutcome(topic, tuple(answers), right, record)
