"""Server-rendered HTML pages; every one of them works without JavaScript."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Form, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyhero.grading import GradeResult
from pyhero.links import CACHE_FILE_NAME, read_link_health, topic_health
from pyhero.web._drafts import read_workspace, workspace_hash, write_workspace
from pyhero.web._graph_svg import layout_graph, render_svg
from pyhero.web._progress_view import build_progress
from pyhero.web._service import (
    exercise_detail,
    exercise_statuses,
    exercise_summary,
    reveal_hint,
    submit,
    topic_detail,
)
from pyhero.web._state import WebState
from pyhero.web._status import fingerprint, topic_statuses
from pyhero.web.deps import ExerciseDep, LearnerDep, StateDep, TopicDep

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _page(state: WebState, template: str, **context: Any) -> str:
    return state.templates.get_template(template).render(**context)


def _html(body: str | bytes, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status_code)


@router.get("/", response_class=HTMLResponse)
async def roadmap(state: StateDep, learner: LearnerDep) -> HTMLResponse:
    """Sections and their topics, and the prerequisite graph coloured by status.

    Rendered pages are cached by status fingerprint; the statuses come from the status
    cache without touching the event loop's thread when nothing changed, else from the
    store in a worker thread.
    """
    statuses = state.statuses.lookup(learner)
    if statuses is None:
        statuses = await run_in_threadpool(exercise_statuses, state, learner)
    memo = state.roadmap_keys.get(learner)
    if memo is not None and memo[0] is statuses:  # the very same cached statuses
        key = memo[1]
    else:
        key = f"roadmap:{fingerprint(topic_statuses(state.curriculum, statuses))}"
        state.roadmap_keys[learner] = (statuses, key)
    cached = state.cache.get(key)
    if cached is None:
        topics = topic_statuses(state.curriculum, statuses)
        cached = await run_in_threadpool(_render_roadmap, state, topics, key)
    return _html(cached)


def _render_roadmap(state: WebState, topics: dict[str, str], key: str) -> bytes:
    cur = state.curriculum
    if state.graph is None:
        state.graph = layout_graph(cur.learning_order())
    counts = {s: sum(1 for e in cur.exercises.values() if e.topic == s) for s in cur.topics}
    body = _page(
        state,
        "roadmap.html",
        page="roadmap",
        curriculum=cur,
        sections=[(s, [cur.topics[t] for t in s.topics]) for s in cur.sections],
        topic_status=topics,
        exercise_counts=counts,
        done=sum(st == "done" for st in topics.values()),
        graph=render_svg(state.graph, topics),
    )
    return state.cache.put(key, body.encode())


@router.get("/topics/{slug}", response_class=HTMLResponse)
def topic_page(state: StateDep, learner: LearnerDep, topic: TopicDep) -> HTMLResponse:
    detail = topic_detail(state, topic, exercise_statuses(state, learner))
    cur = state.curriculum
    return _html(
        _page(
            state,
            "topic.html",
            page="topic",
            topic=topic,
            detail=detail,
            section=cur.section(topic.section),
            prerequisites=[cur.topics[p] for p in topic.prerequisites],
            dependents=cur.dependents(topic.slug),
            health=topic_health(
                topic, read_link_health(state.settings.cache_dir / CACHE_FILE_NAME)
            ),
        )
    )


def _exercise_page(
    state: WebState,
    learner: str,
    exercise: ExerciseDep,
    result: GradeResult | None = None,
    notice: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    detail = exercise_detail(state, learner, exercise)
    first_failing = (
        next((i for i, t in enumerate(result.tests) if t.status != "pass"), None)
        if result
        else None
    )
    attempts = state.store.attempts(learner, exercise.slug)[-5:][::-1]
    return _html(
        _page(
            state,
            "exercise.html",
            page="exercise",
            exercise=exercise,
            topic=state.curriculum.topics[exercise.topic],
            detail=detail,
            result=result,
            first_failing=first_failing,
            attempts=attempts,
            notice=notice,
            workspace_dir=state.exercise_dir(exercise.slug),
        ),
        status_code,
    )


@router.get("/exercises/{slug}", response_class=HTMLResponse)
def exercise_page(
    state: StateDep, learner: LearnerDep, exercise: ExerciseDep, saved: bool = False
) -> HTMLResponse:
    notice = "Saved to your workspace file." if saved else None
    return _exercise_page(state, learner, exercise, notice=notice)


@dataclass(frozen=True)
class _EditorForm:
    """The editor's form: the solution files by name and the workspace hash they started from."""

    files: dict[str, str]
    base: str | None


async def _editor_form(
    exercise: ExerciseDep,
    file: Annotated[list[str], Form()],
    code: Annotated[list[str], Form()],
    base: Annotated[str, Form()] = "",
) -> _EditorForm:
    allowed = exercise.spec.solution_files
    if len(file) != len(code) or not file or any(n not in allowed for n in file):
        raise HTTPException(422, detail=f"the form must send the files {', '.join(allowed)}")
    return _EditorForm(dict(zip(file, code, strict=True)), base or None)


_EditorFormDep = Annotated[_EditorForm, Depends(_editor_form)]


@router.post("/exercises/{slug}/run", response_class=HTMLResponse)
async def run_tests(
    state: StateDep, learner: LearnerDep, exercise: ExerciseDep, form: _EditorFormDep
) -> HTMLResponse:
    """The form fallback of "Run tests": grade, record, show the page with the results."""
    outcome = await submit(state, learner, exercise, form.files, form.base)
    page = partial(_exercise_page, state, learner, exercise, result=outcome.result)
    return await run_in_threadpool(page)


@router.post("/exercises/{slug}/hints")
def take_hint(state: StateDep, learner: LearnerDep, exercise: ExerciseDep) -> Response:
    reveal_hint(state, learner, exercise)
    return RedirectResponse(f"/exercises/{exercise.slug}#hints", status_code=303)


@router.post("/exercises/{slug}/resolve")
def resolve_conflict(
    state: StateDep,
    learner: LearnerDep,
    exercise: ExerciseDep,
    keep: Annotated[Literal["workspace", "browser"], Form()],
) -> Response:
    """Settle a conflict: drop the browser copy, or keep it on top of the new workspace."""
    if keep == "workspace":
        state.drafts.discard(learner, exercise.slug)
    else:
        draft = state.drafts.load(learner, exercise.slug)
        workspace = read_workspace(state.exercise_dir(exercise.slug), exercise.spec)
        if draft is not None:
            state.drafts.save(learner, exercise.slug, draft.files, workspace_hash(workspace))
    return RedirectResponse(f"/exercises/{exercise.slug}", status_code=303)


_NO_WORKSPACE = (
    "There is no pyhero workspace yet (run `pyhero init`): the code is kept "
    "in the browser copy only."
)
_WORKSPACE_CHANGED = (
    "The workspace file changed since this page loaded: nothing was written. "
    "Compare both versions below."
)


@router.post("/exercises/{slug}/save", response_class=HTMLResponse)
def save_to_workspace(
    state: StateDep, learner: LearnerDep, exercise: ExerciseDep, form: _EditorFormDep
) -> Response:
    """Write the editor's code to the workspace file, unless that file changed meanwhile."""
    directory = state.exercise_dir(exercise.slug)
    if directory is None:
        notice = _NO_WORKSPACE
    elif workspace_hash(read_workspace(directory, exercise.spec)) in (None, form.base):
        write_workspace(directory, exercise.spec, form.files)
        state.drafts.save(learner, exercise.slug, form.files, workspace_hash(form.files))
        return RedirectResponse(f"/exercises/{exercise.slug}?saved=1", status_code=303)
    else:
        notice = _WORKSPACE_CHANGED
    state.drafts.save(learner, exercise.slug, form.files, form.base)
    return _exercise_page(state, learner, exercise, notice=notice, status_code=409)


@router.get("/progress", response_class=HTMLResponse)
def progress_page(state: StateDep, learner: LearnerDep) -> HTMLResponse:
    store = state.store
    progress = build_progress(
        learner,
        state.curriculum,
        store.progress(learner),
        store.attempts(learner),
        datetime.now().astimezone(),
    )
    statuses = exercise_statuses(state, learner)
    exercises = [exercise_summary(e, statuses) for e in state.curriculum.exercise_order()]
    return _html(
        _page(state, "progress.html", page="progress", progress=progress, exercises=exercises)
    )
