"""Review notices: never reviewed and stale pages are warnings, a future date is an error."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pyhero.curriculum import REVIEW_MAX_AGE, Level, Topic, review_notices

TODAY = date(2026, 12, 7)


def page(slug: str, reviewed: date | None) -> Topic:
    return Topic(
        slug=slug,
        title=slug,
        section="s",
        level=Level.BEGINNER,
        summary="s",
        reviewed=reviewed,
        index=0,
        file=Path("c/01-s.yaml"),
    )


def test_fresh_pages_give_no_notice() -> None:
    pages = [page("today", TODAY), page("a-year", TODAY - REVIEW_MAX_AGE)]
    assert review_notices(pages, TODAY) == []


def test_each_kind_of_notice() -> None:
    pages = [
        page("never", None),
        page("stale", TODAY - REVIEW_MAX_AGE - timedelta(days=1)),
        page("ahead", TODAY + timedelta(days=1)),
    ]
    notices = review_notices(pages, TODAY)
    assert [(n.topic.slug, n.severity) for n in notices] == [
        ("never", "warning"),
        ("stale", "warning"),
        ("ahead", "error"),
    ]
    never, stale, ahead = notices
    assert "reviewed: 2026-12-07" in never.message
    assert stale.message.startswith("last reviewed 2025-12-06, 366 days ago")
    assert ahead.message == "review date 2026-12-08 is in the future (today is 2026-12-07)"
    assert str(ahead) == f"{Path('c/01-s.yaml')}: topics[ahead].reviewed: {ahead.message}"


def test_the_age_limit_is_a_parameter() -> None:
    pages = [page("month", TODAY - timedelta(days=31))]
    assert review_notices(pages, TODAY, max_age=timedelta(days=31)) == []
    assert len(review_notices(pages, TODAY, max_age=timedelta(days=30))) == 1
