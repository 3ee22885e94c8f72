"""The JSON API under ``/api`` (documented by the OpenAPI schema at ``/openapi.json``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Response

from pyhero.web._progress_view import build_progress
from pyhero.web._service import (
    attempt_out,
    exercise_detail,
    exercise_statuses,
    exercise_summary,
    resolve_files,
    reveal_hint,
    save_draft,
    submit,
    topic_detail,
    topic_summary,
)
from pyhero.web._status import topic_statuses
from pyhero.web.deps import ExerciseDep, LearnerDep, StateDep, TopicDep
from pyhero.web.schemas import (
    AttemptOut,
    CurriculumOut,
    DraftIn,
    DraftOut,
    ErrorOut,
    ExerciseDetail,
    ExerciseSummary,
    HintOut,
    ProgressOut,
    SectionOut,
    SubmitIn,
    SubmitOut,
    TopicDetail,
    TopicSummary,
)

__all__ = ["router"]

_Responses = dict[int | str, dict[str, Any]]
_NOT_FOUND: _Responses = {
    404: {"model": ErrorOut, "description": "No topic or exercise with this slug"}
}
_TOO_LARGE: _Responses = {
    413: {"model": ErrorOut, "description": "The request body is over 256 KiB"}
}

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/curriculum", response_model=CurriculumOut)
async def get_curriculum(state: StateDep) -> Response:
    """Sections in order, each with its topic slugs, and the curriculum's size."""
    body = state.cache.get("api:curriculum")
    if body is None:
        cur = state.curriculum
        out = CurriculumOut(
            sections=[
                SectionOut(
                    slug=s.slug,
                    title=s.title,
                    summary=s.summary,
                    order=s.order,
                    topics=list(s.topics),
                )
                for s in cur.sections
            ],
            stats=cur.stats(),
        )
        body = state.cache.put("api:curriculum", out.model_dump_json().encode())
    return Response(body, media_type="application/json")


@router.get("/topics")
def list_topics(state: StateDep, learner: LearnerDep) -> list[TopicSummary]:
    """Every topic in learning order, with its status for the learner."""
    topics = topic_statuses(state.curriculum, exercise_statuses(state, learner))
    return [topic_summary(state, t, topics) for t in state.curriculum.learning_order()]


@router.get("/topics/{slug}", responses=_NOT_FOUND)
def get_topic(state: StateDep, learner: LearnerDep, topic: TopicDep) -> TopicDetail:
    return topic_detail(state, topic, exercise_statuses(state, learner))


@router.get("/exercises")
def list_exercises(state: StateDep, learner: LearnerDep) -> list[ExerciseSummary]:
    """Every exercise in learning order, with its status."""
    statuses = exercise_statuses(state, learner)
    return [exercise_summary(e, statuses) for e in state.curriculum.exercise_order()]


@router.get("/exercises/{slug}", responses=_NOT_FOUND)
def get_exercise(state: StateDep, learner: LearnerDep, exercise: ExerciseDep) -> ExerciseDetail:
    """The exercise with the code its editor opens with and the hints revealed so far."""
    return exercise_detail(state, learner, exercise)


@router.post("/exercises/{slug}/submit", responses={**_NOT_FOUND, **_TOO_LARGE})
async def submit_code(
    body: SubmitIn, state: StateDep, learner: LearnerDep, exercise: ExerciseDep
) -> SubmitOut:
    """Grade the code in the sandbox and record the attempt (the draft is kept too)."""
    files = resolve_files(exercise, body.code, body.files)
    return await submit(state, learner, exercise, files, body.base)


@router.put("/exercises/{slug}/draft", responses={**_NOT_FOUND, **_TOO_LARGE})
def put_draft(
    body: DraftIn, state: StateDep, learner: LearnerDep, exercise: ExerciseDep
) -> DraftOut:
    """Keep the browser's copy of the code, with the workspace hash it started from."""
    files = resolve_files(exercise, body.code, body.files)
    return save_draft(state, learner, exercise, files, body.base)


@router.get("/exercises/{slug}/results", responses=_NOT_FOUND)
def list_results(state: StateDep, learner: LearnerDep, exercise: ExerciseDep) -> list[AttemptOut]:
    """The learner's attempts at this exercise, oldest first."""
    return [attempt_out(a) for a in state.store.attempts(learner, exercise.slug)]


@router.post("/exercises/{slug}/hints", responses=_NOT_FOUND)
def next_hint(state: StateDep, learner: LearnerDep, exercise: ExerciseDep) -> HintOut:
    """Reveal (and record) the next hint."""
    return reveal_hint(state, learner, exercise)


@router.get("/progress")
def get_progress(state: StateDep, learner: LearnerDep) -> ProgressOut:
    """Completion per section and level, activity per day, streak, recent failures."""
    store = state.store
    return build_progress(
        learner,
        state.curriculum,
        store.progress(learner),
        store.attempts(learner),
        datetime.now().astimezone(),
    )
