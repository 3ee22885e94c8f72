"""Review cards, review logs, read marks and quiz results on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pyhero.progress import CardRecord, ReviewRecord, Status, open_reader, open_store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _card(item: str, due: datetime) -> CardRecord:
    return CardRecord(item=item, topic=item.split("/")[1], state=1, step=0, due=due)


def test_cards_are_added_once_and_reviews_update_them(db_url: str) -> None:
    with open_store(db_url) as store:
        assert store.add_review_cards("ada", [_card("topic/numbers", NOW)]) == 1
        assert store.add_review_cards("ada", [_card("topic/numbers", NOW + timedelta(days=9))]) == 0
        assert store.review_cards("bob") == {}
        opened = store.open_review("ada", "topic/numbers", NOW)
        assert opened is not None
        assert opened.opened_at == NOW
        assert store.count_check("ada", "topic/numbers") == 1
        assert store.count_check("ada", "topic/numbers") == 2
        later = NOW + timedelta(minutes=3)
        assert store.open_review("ada", "topic/numbers", later).opened_at == NOW  # type: ignore[union-attr]
        updated = opened.model_copy(
            update={
                "state": 2,
                "stability": 3.5,
                "difficulty": 5.0,
                "due": NOW + timedelta(days=3),
                "last_review": later,
            }
        )
        review = ReviewRecord(
            item="topic/numbers",
            topic="numbers",
            rating="good",
            reviewed_at=later,
            duration_ms=180_000,
        )
        store.record_review("ada", updated, review)
        card = store.review_cards("ada")["topic/numbers"]
        assert (card.state, card.stability, card.opened_at, card.checks) == (2, 3.5, None, 0)
        assert card.due == NOW + timedelta(days=3)
        assert store.reviews("ada") == [review]


def test_read_marks_and_quizzes_are_recorded_and_never_done(db_url: str) -> None:
    with open_store(db_url) as store:
        assert store.mark_read("ada", "strings") is True
        assert store.mark_read("ada", "strings") is False
        store.record_quiz("ada", "strings", [1, 0], 1)
        record = store.record_quiz("ada", "strings", [1, 1], 2)
        assert (record.correct, record.best, record.taken) == (2, 2, 2)
        assert set(store.read_marks("ada")) == {"strings"}
        assert store.progress("ada") == {}
        assert all(s is not Status.DONE for s in store.statuses("ada").values())
        assert store.mark_read("ada", "strings", read=False) is True
        assert store.read_marks("ada") == {}


def test_the_fast_reader_reads_the_same_records(sqlite_url: str) -> None:
    with open_store(sqlite_url) as store:
        store.add_review_cards("ada", [_card("topic/numbers", NOW)])
        store.mark_read("ada", "numbers")
        store.record_quiz("ada", "numbers", [0], 1)
        expected = (store.review_cards("ada"), store.read_marks("ada"), store.quizzes("ada"))
    with open_reader(sqlite_url) as reader:
        assert type(reader).__name__ == "_SqliteReader"
        assert (
            reader.review_cards("ada"),
            reader.read_marks("ada"),
            reader.quizzes("ada"),
        ) == expected
        assert reader.reviews("ada") == []
