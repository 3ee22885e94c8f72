"""The curriculum: sections, topics, resources and exercises, loaded from ``content/``.

Pure data and validation: no database, no grading. :func:`load_curriculum` either returns a
:class:`Curriculum` whose every reference resolves, or raises :class:`ContentError` listing
every :class:`Problem` found.
"""

from pyhero.curriculum._curriculum import Curriculum, UnknownTopicError
from pyhero.curriculum._loader import load_curriculum
from pyhero.curriculum._models import (
    CurriculumStats,
    Exercise,
    Level,
    QuizQuestion,
    Resource,
    ResourceKind,
    SearchHit,
    Section,
    Topic,
)
from pyhero.curriculum._problems import ContentError, Problem
from pyhero.curriculum._review import REVIEW_MAX_AGE, ReviewNotice, review_notices
from pyhero.curriculum._version import content_version

__all__ = [
    "REVIEW_MAX_AGE",
    "ContentError",
    "Curriculum",
    "CurriculumStats",
    "Exercise",
    "Level",
    "Problem",
    "QuizQuestion",
    "Resource",
    "ResourceKind",
    "ReviewNotice",
    "SearchHit",
    "Section",
    "Topic",
    "UnknownTopicError",
    "content_version",
    "load_curriculum",
    "review_notices",
]
