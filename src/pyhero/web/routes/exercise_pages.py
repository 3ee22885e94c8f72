"""The exercise page and its form actions: run (post/redirect/get), hints, resolve, save.

Every action works as a plain HTML form; ``static/app.js`` only makes them smoother.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, HTTPException
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyhero.curriculum import Exercise
from pyhero.progress import AttemptRecord
from pyhero.web._diff import FileDiff, diff_files
from pyhero.web._drafts import read_workspace, starter_files, workspace_hash, write_workspace
from pyhero.web._results_view import ResultsView, view_of
from pyhero.web._service import exercise_detail, reveal_hint, submit
from pyhero.web._state import WebState
from pyhero.web.deps import ExerciseDep, LearnerDep, StateDep
from pyhero.web.routes.pages import page

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class _Comparison:
    """The editor's code against the latest attempt whose code differs from it."""

    attempt: AttemptRecord | None
    diffs: list[FileDiff]


def _last_results(
    state: WebState, learner: str, exercise: Exercise, attempts: Sequence[AttemptRecord]
) -> ResultsView | None:
    if not attempts:
        return None
    latest = attempts[-1]
    full = state.results.load(learner, exercise.slug, latest.uid)
    return view_of(full if full is not None else latest, at=latest.created_at)


def _compare(code: dict[str, str], attempts: Sequence[AttemptRecord]) -> _Comparison:
    previous = next((a for a in reversed(attempts) if dict(a.code) != code), None)
    if previous is None:
        return _Comparison(None, [])
    return _Comparison(previous, diff_files(dict(previous.code), code))


def _exercise_page(
    state: WebState,
    learner: str,
    exercise: Exercise,
    *,
    notice: str | None = None,
    focus_results: bool = False,
    compare: bool = False,
    status_code: int = 200,
) -> HTMLResponse:
    detail = exercise_detail(state, learner, exercise)
    attempts = state.store.attempts(learner, exercise.slug)
    conflict = (
        diff_files(detail.workspace_code, detail.code)
        if detail.conflict and detail.workspace_code is not None
        else None
    )
    return page(
        state,
        "exercise.html",
        status_code,
        page="exercise",
        exercise=exercise,
        topic=state.curriculum.topics[exercise.topic],
        detail=detail,
        results=_last_results(state, learner, exercise, attempts),
        focus_results=focus_results,
        attempts=attempts[-5:][::-1],
        has_attempts=bool(attempts),
        comparison=_compare(detail.code, attempts) if compare else None,
        conflict_diff=conflict,
        starter=starter_files(exercise.spec),
        notice=notice,
        workspace_dir=state.exercise_dir(exercise.slug),
        panel=state.exercise_panel(learner, exercise) if state.exercise_panel else None,
    )


@router.get("/exercises/{slug}", response_class=HTMLResponse)
def exercise_page(
    state: StateDep,
    learner: LearnerDep,
    exercise: ExerciseDep,
    saved: bool = False,
    ran: bool = False,
    compare: bool = False,
) -> HTMLResponse:
    """Instructions, hints, the editor, the last results; ``compare`` adds a diff."""
    notice = "Saved to your workspace file." if saved else None
    return _exercise_page(
        state, learner, exercise, notice=notice, focus_results=ran, compare=compare
    )


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


@router.post("/exercises/{slug}/run")
async def run_tests(
    state: StateDep, learner: LearnerDep, exercise: ExerciseDep, form: _EditorFormDep
) -> Response:
    """The form of "Run tests": grade and record, then back to the page (post/redirect/get),
    which shows the results and moves focus to their summary."""
    await submit(state, learner, exercise, form.files, form.base)
    return RedirectResponse(f"/exercises/{exercise.slug}?ran=1", status_code=303)


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
    "The differences are shown below."
)


@router.post("/exercises/{slug}/save", response_class=HTMLResponse)
async def save_to_workspace(
    state: StateDep, learner: LearnerDep, exercise: ExerciseDep, form: _EditorFormDep
) -> Response:
    """Write the editor's code to the workspace file, unless that file changed meanwhile."""
    return await run_in_threadpool(_save, state, learner, exercise, form)


def _save(state: WebState, learner: str, exercise: Exercise, form: _EditorForm) -> Response:
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
