"""The learner's workspace: exercises on disk, grading them, and what comes next.

A service layer between the curriculum, the grader and the progress store; the CLI and
other interfaces call it, it never imports them.

Grading, quizzes, reviews and watching are imported on first use (``pyhero list`` and ``next``
need only the layout and what comes next).
"""

from typing import TYPE_CHECKING

from pyhero.workspace._layout import (
    MANIFEST,
    InitReport,
    Workspace,
    WorkspaceError,
    find_workspace,
    locate_workspace,
)
from pyhero.workspace._learning import (
    TOPIC_MARKERS,
    exercise_statuses,
    next_exercise,
    prerequisites_done,
    topic_markers,
    topic_statuses,
)

if TYPE_CHECKING:
    from pyhero.workspace._checking import (
        Checker,
        CheckOutcome,
        Comparison,
        Skipped,
        compare,
        first_failure,
        grade_submission,
        to_attempt,
    )
    from pyhero.workspace._reading import QuizError, QuizOutcome, take_quiz
    from pyhero.workspace._review_summary import DueItem, ReviewSummary, review_summary
    from pyhero.workspace._reviewing import GAVE_UP, ReviewDesk, ReviewError, ReviewOutcome
    from pyhero.workspace._watch import changed_exercises

__all__ = [
    "GAVE_UP",
    "MANIFEST",
    "TOPIC_MARKERS",
    "CheckOutcome",
    "Checker",
    "Comparison",
    "DueItem",
    "InitReport",
    "QuizError",
    "QuizOutcome",
    "ReviewDesk",
    "ReviewError",
    "ReviewOutcome",
    "ReviewSummary",
    "Skipped",
    "Workspace",
    "WorkspaceError",
    "changed_exercises",
    "compare",
    "exercise_statuses",
    "find_workspace",
    "first_failure",
    "grade_submission",
    "locate_workspace",
    "next_exercise",
    "prerequisites_done",
    "review_summary",
    "take_quiz",
    "to_attempt",
    "topic_markers",
    "topic_statuses",
]

_LAZY = {
    "Checker": "_checking",
    "CheckOutcome": "_checking",
    "Comparison": "_checking",
    "Skipped": "_checking",
    "compare": "_checking",
    "first_failure": "_checking",
    "grade_submission": "_checking",
    "to_attempt": "_checking",
    "QuizError": "_reading",
    "QuizOutcome": "_reading",
    "take_quiz": "_reading",
    "DueItem": "_review_summary",
    "ReviewSummary": "_review_summary",
    "review_summary": "_review_summary",
    "GAVE_UP": "_reviewing",
    "ReviewDesk": "_reviewing",
    "ReviewError": "_reviewing",
    "ReviewOutcome": "_reviewing",
    "changed_exercises": "_watch",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"pyhero.workspace.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
