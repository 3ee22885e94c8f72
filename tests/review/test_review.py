"""pyhero.review: FSRS scheduling, exercise ratings, forecast and prerequisite flags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pyhero.curriculum import load_curriculum
from pyhero.review import (
    FIRST_REVIEW_AFTER,
    Rating,
    ReviewEntry,
    exercise_rating,
    failing_topics,
    flagged_topics,
    forecast,
    item_of,
    new_card,
    review_items,
    review_stats,
    schedule,
    target_time,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CONTENT = Path(__file__).parents[1] / "fixtures" / "web" / "content"


def test_a_new_card_is_due_a_day_after_it_was_learnt() -> None:
    assert new_card(NOW).due == NOW + FIRST_REVIEW_AFTER


def test_good_reviews_grow_the_interval_and_again_shrinks_it() -> None:
    card = new_card(NOW)
    intervals = []
    for _ in range(3):
        moment = card.due
        card, entry = schedule(card, Rating.GOOD, moment, 60_000)
        intervals.append(card.due - moment)
        assert entry.rating is Rating.GOOD
        assert entry.reviewed_at == moment
    assert intervals[0] < intervals[1] < intervals[2]
    forgotten, _ = schedule(card, Rating.AGAIN, card.due)
    assert forgotten.due - card.due < intervals[-1]
    assert forgotten.stability is not None
    assert card.stability is not None
    assert forgotten.stability < card.stability


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        schedule(new_card(NOW), Rating.GOOD, datetime(2026, 3, 3))


@pytest.mark.parametrize(
    ("passed", "minutes", "checks", "expected"),
    [
        (False, 1, 1, Rating.AGAIN),
        (True, 1, 1, Rating.EASY),
        (True, 6, 2, Rating.GOOD),
        (True, 6, 3, Rating.HARD),
        (True, 30, 1, Rating.HARD),
    ],
)
def test_exercise_rating_follows_verdict_time_and_checks(
    passed: bool, minutes: int, checks: int, expected: Rating
) -> None:
    assert target_time(2) == timedelta(minutes=8)
    assert exercise_rating(passed, timedelta(minutes=minutes), checks, 2) is expected


def test_forecast_counts_overdue_today_and_ignores_beyond_the_horizon() -> None:
    cards = [new_card(NOW - timedelta(days=5)), new_card(NOW), new_card(NOW + timedelta(days=2))]
    cards.append(new_card(NOW + timedelta(days=40)))
    days = forecast(cards, NOW)
    assert len(days) == 14
    assert days[0].day == NOW.date()
    assert [d.due for d in days[:4]] == [1, 1, 0, 1]
    assert sum(d.due for d in days) == 3


def test_stats_give_due_now_and_thirty_day_retention() -> None:
    cards = {"a": new_card(NOW - timedelta(days=2)), "b": new_card(NOW)}
    log = [
        ReviewEntry(Rating.GOOD, NOW - timedelta(days=1), None),
        ReviewEntry(Rating.AGAIN, NOW - timedelta(hours=1), None),
        ReviewEntry(Rating.AGAIN, NOW - timedelta(days=60), None),
    ]
    stats = review_stats(cards, log, NOW)
    assert (stats.items, stats.due_now, stats.new, stats.reviews) == (2, 1, 2, 3)
    assert stats.reviews_today == 1
    assert stats.retention == 0.5
    assert review_stats({}, [], NOW).retention is None


def test_a_failing_topic_flags_its_dependants_until_a_review_passes() -> None:
    curriculum = load_curriculum(CONTENT)
    failed = [("numbers", ReviewEntry(Rating.AGAIN, NOW, None))]
    assert failing_topics(failed) == {"numbers"}
    flags = flagged_topics(curriculum, failing_topics(failed))
    assert flags["strings"] == ("numbers",)
    healed = [*failed, ("numbers", ReviewEntry(Rating.HARD, NOW + timedelta(days=1), None))]
    assert failing_topics(healed) == set()


def test_items_are_passed_exercises_and_studied_topics_with_key_points() -> None:
    curriculum = load_curriculum(CONTENT)
    items = review_items(curriculum, ["add-numbers"], ["strings"])
    keys = [item.key for item in items]
    assert "exercise/add-numbers" in keys
    assert "topic/strings" in keys
    topic = curriculum.exercises["add-numbers"].topic
    assert f"topic/{topic}" in keys  # a done exercise makes its topic studied
    assert item_of(curriculum, "exercise/add-numbers").topic == topic
    with pytest.raises(ValueError, match="expected exercise/"):
        item_of(curriculum, "exercise/nope")
