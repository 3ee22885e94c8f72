"""Review dates: which topic pages are due for a review, never reviewed, or dated ahead."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from pyhero.curriculum._models import Topic

__all__ = ["REVIEW_MAX_AGE", "ReviewNotice", "review_notices"]

REVIEW_MAX_AGE = timedelta(days=365)
"""A page not reviewed for longer than this is due for a review."""


@dataclass(frozen=True, slots=True)
class ReviewNotice:
    """One topic whose review date needs attention.

    ``severity`` is ``"error"`` for a date in the future (a typo, or a clock to fix) and
    ``"warning"`` for a page that is due for a review or was never reviewed.
    """

    topic: Topic
    severity: Literal["warning", "error"]
    message: str

    @property
    def location(self) -> str:
        return f"topics[{self.topic.slug}].reviewed"

    def __str__(self) -> str:
        return f"{self.topic.file}: {self.location}: {self.message}"


def review_notices(
    topics: Iterable[Topic], today: date, max_age: timedelta = REVIEW_MAX_AGE
) -> list[ReviewNotice]:
    """The notices for ``topics`` as of ``today``, in the order given."""
    notices: list[ReviewNotice] = []
    for topic in topics:
        reviewed = topic.reviewed
        if reviewed is None:
            notices.append(
                ReviewNotice(
                    topic,
                    "warning",
                    "never reviewed: check the page against current Python and library "
                    f"versions, then record the date (reviewed: {today.isoformat()})",
                )
            )
        elif reviewed > today:
            notices.append(
                ReviewNotice(
                    topic,
                    "error",
                    f"review date {reviewed.isoformat()} is in the future "
                    f"(today is {today.isoformat()})",
                )
            )
        elif today - reviewed > max_age:
            notices.append(
                ReviewNotice(
                    topic,
                    "warning",
                    f"last reviewed {reviewed.isoformat()}, {(today - reviewed).days} days ago: "
                    "due for a review against current Python and library versions",
                )
            )
    return notices
