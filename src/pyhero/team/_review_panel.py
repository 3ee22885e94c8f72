"""The exercise page's code review panel: mentors' comments on the learner's attempts,
with the lines they are about, and a reply form; showing them marks them read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from pyhero.curriculum import Exercise
from pyhero.team._history import attempt_views
from pyhero.web import current_chrome

if TYPE_CHECKING:
    from pyhero.team._state import TeamState

__all__ = ["review_panel"]


def review_panel(team: TeamState, learner: str, exercise: Exercise) -> Markup:
    """Every reviewed attempt at ``exercise`` (newest first); empty when none is."""
    attempts = team.store.progress.attempts(learner, exercise.slug)
    comments = team.store.reviews.comments([a.uid for a in attempts])
    if not any(comments.values()):
        return Markup("")
    user = team.store.accounts.user(learner)
    ids = [c.id for found in comments.values() for c in found]
    unread = team.store.reviews.unread_among(user.id, ids) if user is not None else set()
    if user is not None and unread:
        team.store.reviews.mark_read(user.id, sorted(unread))
    views = [v for v in attempt_views(attempts, comments, unread) if v.comments]
    html = team.templates.get_template("team/_review_panel.html").render(
        exercise=exercise, views=list(reversed(views)), csrf=current_chrome().csrf_token
    )
    return Markup(html)  # noqa: S704 - rendered by the autoescaping environment
