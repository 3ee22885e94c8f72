"""Read marks, quiz results, review cards and reviews travel with a progress export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pyhero.progress import ExchangeError, ProgressExport, dump, open_store, parse
from pyhero.progress._review_types import CardRecord, ReviewRecord

from .test_store import attempt

NOW = datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=UTC)


def _card(item: str, topic: str, *, reviewed: datetime | None, stability: float) -> CardRecord:
    return CardRecord(
        item=item,
        topic=topic,
        state=2 if reviewed else 1,
        step=None if reviewed else 0,
        stability=stability if reviewed else None,
        difficulty=5.2 if reviewed else None,
        due=NOW + timedelta(days=3),
        last_review=reviewed,
    )


def _exported(db_url: str) -> ProgressExport:
    """A learner who passed alpha, failed beta, read and quizzed decorators, and reviewed."""
    with open_store(db_url) as source:
        source.record_attempt("local", attempt("alpha", "passed"))
        source.record_attempt("local", attempt("beta", "failed"))
        source.mark_read("local", "decorators")
        source.record_quiz("local", "decorators", [0, None, 2], 1)
        alpha = _card("exercise/alpha", "functions", reviewed=NOW, stability=3.5)
        cards = [alpha, _card("topic/decorators", "decorators", reviewed=None, stability=0)]
        source.add_review_cards("local", cards)
        review = ReviewRecord(
            item="exercise/alpha",
            topic="functions",
            rating="good",
            reviewed_at=NOW,
            duration_ms=1200,
            verdict="passed",
        )
        source.record_review("local", alpha, review)
        exported = source.export("local")
        assert source.import_export("local", exported).added_reviews == 0, "nothing new"
    return exported


def test_an_export_holds_reading_and_review_records(db_url: str) -> None:
    exported = _exported(db_url)
    assert exported.version == 2
    assert [m.topic for m in exported.read_marks] == ["decorators"]
    assert [(q.topic, q.correct, q.total, q.answers) for q in exported.quizzes] == [
        ("decorators", 1, 3, (0, None, 2))
    ]
    cards = {card.item: card for card in exported.review_cards}
    assert cards.keys() == {"exercise/alpha", "topic/decorators"}
    assert cards["exercise/alpha"].stability == 3.5
    assert cards["exercise/alpha"].last_review == NOW
    assert [(r.item, r.rating, r.reviewed_at) for r in exported.reviews] == [
        ("exercise/alpha", "good", NOW)
    ]


def test_an_import_adds_them_once_and_keeps_the_newest_card(db_url: str, tmp_path: Path) -> None:
    exported = _exported(db_url)
    with open_store(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        report = copy.import_export("local", exported, verify=lambda record: "passed")
        assert (report.added_reading, report.added_reviews) == (2, 3)
        assert copy.read_marks("local").keys() == {"decorators"}
        assert copy.quizzes("local")["decorators"].correct == 1
        assert copy.review_cards("local").keys() == {"exercise/alpha", "topic/decorators"}
        assert copy.reviews("local") == list(exported.reviews)
        again = copy.import_export("local", exported, verify=lambda record: "passed")
        assert (again.added_reading, again.added_reviews, again.skipped) == (0, 0, 7)

        alpha = next(c for c in exported.review_cards if c.item == "exercise/alpha")
        later = alpha.model_copy(update={"last_review": NOW + timedelta(days=1), "stability": 9.0})
        earlier = alpha.model_copy(update={"last_review": NOW - timedelta(days=1)})
        for card, added in ((later, 1), (earlier, 0)):
            newer = exported.model_copy(update={"review_cards": (card,)})
            assert copy.import_export("local", newer).added_reviews == added
        assert copy.review_cards("local")["exercise/alpha"].stability == 9.0


def test_a_card_of_an_exercise_not_passed_here_is_rejected(db_url: str, tmp_path: Path) -> None:
    exported = _exported(db_url)
    beta = _card("exercise/beta", "functions", reviewed=NOW, stability=2.0)
    claimed = exported.model_copy(update={"review_cards": (*exported.review_cards, beta)})
    with open_store(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        report = copy.import_export("local", claimed, verify=lambda record: "failed")
        assert "exercise/alpha" not in copy.review_cards("local"), "alpha's pass was refused"
        assert "exercise/beta" not in copy.review_cards("local")
        assert {r.split(":")[0] for r in report.rejected if r.startswith("review card")} == {
            "review card exercise/alpha",
            "review card exercise/beta",
        }
        assert "topic/decorators" in copy.review_cards("local")


def test_the_csv_export_carries_them_too(db_url: str) -> None:
    exported = _exported(db_url)
    back = parse(dump(exported, "csv"), "progress.csv", default_learner="local")
    for name in ("attempts", "hints", "read_marks", "quizzes", "review_cards", "reviews"):
        assert getattr(back, name) == getattr(exported, name), name


def test_a_version_1_file_still_imports_and_a_bad_record_is_named() -> None:
    old = '{"format": "pyhero-progress", "version": 1, "learner": "local", ' + (
        '"exported_at": "2026-01-01T00:00:00+00:00", "attempts": [], "hints": []}'
    )
    assert parse(old, "old.json", default_learner="local").version == 1
    bad = 'record,data\ncard,"{""item"": ""x""}"\n'
    with pytest.raises(ExchangeError, match=r"bad\.csv: row 2, "):
        parse(bad, "bad.csv", default_learner="local")
