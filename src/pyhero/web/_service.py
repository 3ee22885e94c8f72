"""What pages and API routes both do: summaries, exercise detail, hints, drafts, submit."""

from __future__ import annotations

from functools import partial

import anyio.to_thread
from fastapi.exceptions import RequestValidationError

from pyhero.curriculum import Exercise, Topic
from pyhero.progress import AttemptRecord, Status
from pyhero.web._drafts import Draft, EditorCode, editor_code, read_workspace, workspace_hash
from pyhero.web._markdown import render_markdown
from pyhero.web._state import WebState
from pyhero.web._status import topic_statuses
from pyhero.web.schemas import (
    AttemptOut,
    DraftOut,
    ExerciseDetail,
    ExerciseSummary,
    HintOut,
    SubmitOut,
    TestOut,
    TopicDetail,
    TopicSummary,
)

__all__ = [
    "attempt_out",
    "current_code",
    "exercise_detail",
    "exercise_statuses",
    "exercise_summary",
    "keep_draft",
    "resolve_files",
    "reveal_hint",
    "save_draft",
    "submit",
    "topic_detail",
    "topic_summary",
]


def exercise_statuses(state: WebState, learner: str) -> dict[str, Status]:
    return state.statuses.statuses(learner)


def exercise_summary(exercise: Exercise, statuses: dict[str, Status]) -> ExerciseSummary:
    return ExerciseSummary(
        slug=exercise.slug,
        title=exercise.title,
        topic=exercise.topic,
        difficulty=exercise.difficulty,
        status=statuses.get(exercise.slug, Status.PENDING).value,
    )


def topic_summary(state: WebState, topic: Topic, topics: dict[str, str]) -> TopicSummary:
    return TopicSummary(
        slug=topic.slug,
        title=topic.title,
        section=topic.section,
        level=topic.level,
        status=topics[topic.slug],
        prerequisites=list(topic.prerequisites),
        exercises=[e.slug for e in state.curriculum.topic_exercises(topic.slug)],
    )


def topic_detail(state: WebState, topic: Topic, statuses: dict[str, Status]) -> TopicDetail:
    cur = state.curriculum
    summary = topic_summary(state, topic, topic_statuses(cur, statuses))
    return TopicDetail(
        **summary.model_dump(),
        summary=topic.summary,
        key_points=list(topic.key_points),
        resources=list(topic.resources),
        dependents=[t.slug for t in cur.dependents(topic.slug)],
        exercise_details=[exercise_summary(e, statuses) for e in cur.topic_exercises(topic.slug)],
    )


def current_code(state: WebState, learner: str, exercise: Exercise) -> EditorCode:
    spec = exercise.spec
    workspace = read_workspace(state.exercise_dir(exercise.slug), spec)
    draft = state.drafts.load(learner, exercise.slug)
    last = None
    if draft is None and workspace is None:
        attempts = state.store.attempts(learner, exercise.slug)
        last = dict(attempts[-1].code) if attempts else None
    return editor_code(spec, workspace, draft, last)


def _hints(exercise: Exercise) -> list[str]:
    try:
        return exercise.spec.hints()
    except (OSError, UnicodeDecodeError):
        return []


def exercise_detail(state: WebState, learner: str, exercise: Exercise) -> ExerciseDetail:
    spec = exercise.spec
    statuses = exercise_statuses(state, learner)
    hints = _hints(exercise)
    used = min(state.store.hints_used(learner, exercise.slug), len(hints))
    code = current_code(state, learner, exercise)
    instructions = spec.instructions()
    return ExerciseDetail(
        **exercise_summary(exercise, statuses).model_dump(),
        blurb=spec.blurb,
        instructions_markdown=instructions,
        instructions_html=render_markdown(instructions),
        solution_files=list(spec.solution_files),
        hints_total=len(hints),
        hints=hints[:used],
        code=code.files,
        code_source=code.source,
        base=code.base,
        conflict=code.conflict,
        workspace_code=code.conflict_workspace,
        read_only_files=_modules_under_test(exercise),
    )


def _modules_under_test(exercise: Exercise) -> dict[str, str]:
    """A write-the-tests exercise's module under test, which the learner reads, by name."""
    keys = exercise.spec.pyhero.tests
    if keys is None:
        return {}
    try:
        return {keys.module: (exercise.spec.path / keys.module).read_text(encoding="utf-8")}
    except (OSError, UnicodeDecodeError):
        return {}


def reveal_hint(state: WebState, learner: str, exercise: Exercise) -> HintOut:
    """Record the next hint as used and return it (the last one again when all are used)."""
    hints = _hints(exercise)
    number = state.store.use_hint(learner, exercise.slug, len(hints))
    text = hints[number - 1] if number else None
    return HintOut(
        number=number,
        total=len(hints),
        text=text,
        html=render_markdown(text) if text is not None else None,
    )


def resolve_files(
    exercise: Exercise, code: str | None, files: dict[str, str] | None
) -> dict[str, str]:
    """The submitted solution files by name; 422 when they do not fit the exercise."""
    names = exercise.spec.solution_files
    if (code is None) == (files is None):
        raise _invalid("body", "send exactly one of 'code' or 'files'")
    if code is not None:
        if len(names) != 1:
            raise _invalid(
                "code",
                f"this exercise has {len(names)} solution files: send 'files' with "
                f"{', '.join(names)}",
            )
        return {names[0]: code}
    assert files is not None
    unknown = sorted(set(files) - set(names))
    if unknown:
        raise _invalid(
            "files",
            f"unknown solution file(s) {', '.join(map(repr, unknown))}; "
            f"this exercise has {', '.join(names)}",
        )
    if not files:
        raise _invalid("files", "must name at least one solution file")
    return files


def _invalid(field: str, message: str) -> RequestValidationError:
    """A 422 shaped like FastAPI's own validation errors."""
    loc = ("body",) if field == "body" else ("body", field)
    return RequestValidationError([{"loc": loc, "msg": message, "type": "value_error"}])


def attempt_out(record: AttemptRecord) -> AttemptOut:
    return AttemptOut(
        uid=record.uid,
        exercise=record.exercise,
        created_at=record.created_at,
        verdict=record.verdict,
        tests_passed=record.tests_passed,
        tests_total=len(record.tests),
        duration_ms=record.duration_ms,
        isolation=record.isolation,
        message=record.message,
        tests=[TestOut(name=t.name, status=t.status, message=t.message) for t in record.tests],
    )


def keep_draft(
    state: WebState, learner: str, exercise: Exercise, files: dict[str, str], base: str | None
) -> tuple[Draft, bool]:
    """Save the browser copy with every solution file; (the draft, whether the workspace
    moved on since ``base``)."""
    complete = dict(current_code(state, learner, exercise).files)
    complete.update(files)
    current = workspace_hash(read_workspace(state.exercise_dir(exercise.slug), exercise.spec))
    base = base if base is not None else current
    draft = state.drafts.save(learner, exercise.slug, complete, base)
    return draft, current is not None and base != current


def save_draft(
    state: WebState, learner: str, exercise: Exercise, files: dict[str, str], base: str | None
) -> DraftOut:
    """Keep the browser copy; ``base`` defaults to the workspace files as they are now."""
    draft, conflict = keep_draft(state, learner, exercise, files, base)
    return DraftOut(saved_at=draft.saved_at, conflict=conflict)


async def submit(
    state: WebState,
    learner: str,
    exercise: Exercise,
    files: dict[str, str],
    base: str | None,
) -> SubmitOut:
    """Save the draft, grade (in this process or on a worker: the mode decides), and answer
    with the result, the recorded attempt and the exercise's new status."""
    keep = partial(keep_draft, state, learner, exercise, files, base)
    draft, _ = await anyio.to_thread.run_sync(keep)
    graded = await state.grading.grade(learner, exercise, draft.files)
    statuses = await anyio.to_thread.run_sync(exercise_statuses, state, learner)
    return SubmitOut(
        result=graded.result,
        attempt=attempt_out(graded.attempt),
        status=statuses.get(exercise.slug, Status.PENDING).value,
    )
