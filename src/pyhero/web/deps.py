"""Typed dependencies: routes ask for what they need, the app state provides it.

The learner comes from :func:`get_learner` (local single-learner mode: the ``learner``
setting, shared with the CLI; the team server: the signed-in account), so routes never
take it from the URL.
"""

from __future__ import annotations

import difflib
from typing import Annotated, cast

from fastapi import Depends, HTTPException, Request
from jinja2 import Environment

from pyhero.config import Settings
from pyhero.curriculum import Curriculum, Exercise, Topic
from pyhero.grading import Grader
from pyhero.progress import ProgressStore
from pyhero.web._state import WebState

__all__ = [
    "CurriculumDep",
    "ExerciseDep",
    "GraderDep",
    "LearnerDep",
    "SettingsDep",
    "StateDep",
    "StoreDep",
    "TemplatesDep",
    "TopicDep",
    "get_learner",
]


async def get_state(request: Request) -> WebState:
    return cast(WebState, request.app.state.web)


StateDep = Annotated[WebState, Depends(get_state)]


async def get_settings(state: StateDep) -> Settings:
    return state.settings


async def get_curriculum(state: StateDep) -> Curriculum:
    return state.curriculum


async def get_grader(state: StateDep) -> Grader:
    if state.grader is None:
        raise HTTPException(503, detail="this server grades on its workers, not in the web app")
    return state.grader


async def get_store(state: StateDep) -> ProgressStore:
    return state.store


async def get_templates(state: StateDep) -> Environment:
    return state.templates


async def get_learner(request: Request) -> str:
    """The learner of this request: the one local learner, as in the terminal, unless the
    server's mode names it (the team server: the signed-in account)."""
    state = cast(WebState, request.app.state.web)
    if state.learner_of is not None:
        return await state.learner_of(request)
    return state.settings.learner


SettingsDep = Annotated[Settings, Depends(get_settings)]
CurriculumDep = Annotated[Curriculum, Depends(get_curriculum)]
GraderDep = Annotated[Grader, Depends(get_grader)]
StoreDep = Annotated[ProgressStore, Depends(get_store)]
TemplatesDep = Annotated[Environment, Depends(get_templates)]
LearnerDep = Annotated[str, Depends(get_learner)]


def _not_found(kind: str, slug: str, suggestions: list[str]) -> HTTPException:
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
    return HTTPException(status_code=404, detail=f"no {kind} {slug!r}{hint}")


async def get_topic(slug: str, curriculum: CurriculumDep) -> Topic:
    topic = curriculum.topics.get(slug)
    if topic is None:
        raise _not_found("topic", slug, curriculum.suggest(slug)[:3])
    return topic


async def get_exercise(slug: str, curriculum: CurriculumDep) -> Exercise:
    exercise = curriculum.exercises.get(slug)
    if exercise is None:
        close = difflib.get_close_matches(slug, list(curriculum.exercises), n=3)
        raise _not_found("exercise", slug, close)
    return exercise


TopicDep = Annotated[Topic, Depends(get_topic)]
ExerciseDep = Annotated[Exercise, Depends(get_exercise)]
