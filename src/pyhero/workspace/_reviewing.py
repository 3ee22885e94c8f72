"""Reviewing, as a service: items enter review, exercises are re-solved and graded, recall
cards are rated, and every outcome is scheduled with FSRS and recorded.

The CLI and the web app both call :class:`ReviewDesk`; it never decides *how* a learner
edits code (a scratch directory, a browser editor), only what is graded and recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from pyhero.curriculum import Curriculum
from pyhero.progress import CardRecord, ReviewRecord, Status
from pyhero.review import (
    ItemKind,
    Rating,
    ReviewItem,
    exercise_rating,
    item_of,
    new_card,
    review_items,
    schedule,
)
from pyhero.workspace._review_summary import ReviewSummary, card_state, review_summary

if TYPE_CHECKING:
    from pyhero.grading import Grader, GradeResult
    from pyhero.progress import ProgressStore

__all__ = ["GAVE_UP", "ReviewDesk", "ReviewError", "ReviewOutcome"]

GAVE_UP = "gave-up"
"""The verdict logged when the learner ends an exercise review without a pass."""


class ReviewError(Exception):
    """A review that cannot go on (unknown item, no card, wrong kind); the message says why."""


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    """A graded check or a rating; ``rating`` and ``card`` are None while an exercise review
    goes on (the check failed and the learner may try again)."""

    item: ReviewItem
    rating: Rating | None
    card: CardRecord | None
    result: GradeResult | None = None
    checks: int = 0


class ReviewDesk:
    """One learner's reviews over one store; ``fuzz`` spreads long intervals (FSRS fuzz)."""

    def __init__(
        self, curriculum: Curriculum, store: ProgressStore, learner: str, *, fuzz: bool = True
    ) -> None:
        self.curriculum = curriculum
        self.store = store
        self.learner = learner
        self.fuzz = fuzz

    def sync(self) -> int:
        """Give every passed exercise and every studied topic with key points a card (first
        due a day after it was learnt); the number of cards added."""
        progress = self.store.progress(self.learner)
        done = {slug: p.done_at for slug, p in progress.items() if p.status is Status.DONE}
        read = self.store.read_marks(self.learner)
        quizzes = self.store.quizzes(self.learner)
        studied = {**{t: q.last_at for t, q in quizzes.items()}, **read}
        known = self.store.review_cards(self.learner)
        new: list[CardRecord] = []
        for item in review_items(self.curriculum, done, studied):
            if item.key in known:
                continue
            learnt = done.get(item.slug) if item.kind is ItemKind.EXERCISE else None
            if learnt is None:
                passed = [
                    moment
                    for exercise in self.curriculum.topic_exercises(item.topic)
                    if (moment := done.get(exercise.slug)) is not None
                ]
                learnt = studied.get(item.topic) or min(passed, default=None)
            assert learnt is not None
            new.append(self._card(item, learnt))
        return self.store.add_review_cards(self.learner, new) if new else 0

    def _card(self, item: ReviewItem, learnt: datetime) -> CardRecord:
        state = new_card(learnt)
        return CardRecord(
            item=item.key,
            topic=item.topic,
            state=state.state,
            step=state.step,
            stability=state.stability,
            difficulty=state.difficulty,
            due=state.due,
            last_review=state.last_review,
        )

    def summary(self, now: datetime) -> ReviewSummary:
        """Cards synced first, then what is due at ``now``, figures and flags."""
        self.sync()
        return review_summary(self.curriculum, self.store, self.learner, now)

    def item(self, key: str) -> ReviewItem:
        try:
            return item_of(self.curriculum, key)
        except ValueError as exc:
            raise ReviewError(str(exc)) from None

    def _stored(self, item: ReviewItem) -> CardRecord:
        card = self.store.review_cards(self.learner).get(item.key)
        if card is None:
            self.sync()
            card = self.store.review_cards(self.learner).get(item.key)
        if card is None:
            what = "pass the exercise" if item.kind is ItemKind.EXERCISE else "study the topic"
            raise ReviewError(f"{item.key} is not in your review yet: {what} first.")
        return card

    def open(self, key: str, now: datetime) -> CardRecord:
        """Start (or go on with) reviewing ``key``; its time counts from the first open."""
        item = self.item(key)
        self._stored(item)
        card = self.store.open_review(self.learner, item.key, now)
        assert card is not None
        return card

    def _finish(
        self, item: ReviewItem, card: CardRecord, rating: Rating, now: datetime, verdict: str | None
    ) -> CardRecord:
        started = card.opened_at
        duration = None if started is None else max(0, int((now - started).total_seconds() * 1000))
        state, entry = schedule(card_state(card), rating, now, duration, fuzz=self.fuzz)
        updated = card.model_copy(
            update={
                "state": state.state,
                "step": state.step,
                "stability": state.stability,
                "difficulty": state.difficulty,
                "due": state.due,
                "last_review": state.last_review,
                "opened_at": None,
                "checks": 0,
            }
        )
        review = ReviewRecord(
            item=item.key,
            topic=item.topic,
            rating=entry.rating.value,
            reviewed_at=entry.reviewed_at,
            duration_ms=duration,
            verdict=verdict,
        )
        self.store.record_review(self.learner, updated, review)
        return updated

    def check(
        self, key: str, code: Mapping[str, str], grader: Grader, now: datetime
    ) -> ReviewOutcome:
        """Grade a re-solved exercise; a pass ends the review, rated by time and checks."""
        item = self.item(key)
        if item.kind is not ItemKind.EXERCISE:
            raise ReviewError(f"{key} is a recall card: rate it (again, hard, good, easy).")
        card = self.open(key, now)
        exercise = self.curriculum.exercises[item.slug]
        result = grader.grade_files(exercise.spec.path, dict(code))
        checks = self.store.count_check(self.learner, item.key)
        if not result.passed:
            return ReviewOutcome(item, None, None, result, checks)
        assert card.opened_at is not None
        rating = exercise_rating(True, now - card.opened_at, checks, exercise.difficulty)
        updated = self._finish(item, card, rating, now, result.verdict.value)
        return ReviewOutcome(item, rating, updated, result, checks)

    def give_up(self, key: str, now: datetime) -> ReviewOutcome:
        """End an exercise review without a pass: graded AGAIN (its dependants get flagged)."""
        item = self.item(key)
        card = self._stored(item)
        updated = self._finish(item, card, Rating.AGAIN, now, GAVE_UP)
        return ReviewOutcome(item, Rating.AGAIN, updated, None, card.checks)

    def rate(self, key: str, rating: Rating, now: datetime) -> ReviewOutcome:
        """Grade a key-point recall card as the learner rated it."""
        item = self.item(key)
        if item.kind is not ItemKind.KEY_POINTS:
            raise ReviewError(f"{key} is an exercise: re-solve it; the grader rates it.")
        updated = self._finish(item, self._stored(item), rating, now, None)
        return ReviewOutcome(item, rating, updated)
