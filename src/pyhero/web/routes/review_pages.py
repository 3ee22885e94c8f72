"""The review page and its forms (rate a recall card, check a re-solved exercise, give up),
and the topic page's reading forms (mark read, self-check quiz). Plain HTML forms: the
browser's own ``<details>`` reveals a card's key points, no script needed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pyhero.curriculum import Topic
from pyhero.review import ItemKind, Rating
from pyhero.web._mode import LocalGrading
from pyhero.web._results_view import view_of
from pyhero.web._state import WebState
from pyhero.web.deps import LearnerDep, StateDep, TopicDep
from pyhero.web.routes.pages import page, topic_context
from pyhero.workspace import QuizError, ReviewDesk, ReviewError, take_quiz

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _desk(state: WebState, learner: str) -> ReviewDesk:
    return ReviewDesk(state.curriculum, state.store, learner)


def _key(kind: str, slug: str) -> str:
    return f"{kind}/{slug}"


def _item_or_404(desk: ReviewDesk, key: str) -> None:
    try:
        desk.item(key)
    except ReviewError as exc:
        raise HTTPException(404, detail=str(exc)) from None


@router.get("/review", response_class=HTMLResponse)
def review_page(state: StateDep, learner: LearnerDep, rated: str | None = None) -> HTMLResponse:
    """What is due, what comes next, flags from failed reviews, figures and the forecast."""
    summary = _desk(state, learner).summary(datetime.now().astimezone())
    return page(
        state,
        "review.html",
        page="review",
        summary=summary,
        topics=state.curriculum.topics,
        rated=rated,
    )


def _item_page(
    state: WebState,
    learner: str,
    key: str,
    *,
    code: dict[str, str] | None = None,
    results: object = None,
    checks: int = 0,
) -> HTMLResponse:
    desk = _desk(state, learner)
    _item_or_404(desk, key)
    item = desk.item(key)
    try:
        card = desk.open(key, datetime.now(UTC))
    except ReviewError as exc:
        raise HTTPException(409, detail=str(exc)) from None
    exercise = state.curriculum.exercises.get(item.slug) if item.kind is ItemKind.EXERCISE else None
    if exercise is not None and code is None:
        spec = exercise.spec
        code = {n: (spec.path / n).read_text(encoding="utf-8") for n in spec.solution_files}
    instructions = None
    if exercise is not None:
        from pyhero.web._markdown import render_markdown

        path = exercise.spec.path / ".docs" / "instructions.md"
        instructions = render_markdown(path.read_text(encoding="utf-8")) if path.is_file() else None
    return page(
        state,
        "review_item.html",
        page="review",
        item=item,
        card=card,
        topic=state.curriculum.topics[item.topic],
        exercise=exercise,
        instructions=instructions,
        code=code,
        results=results,
        checks=checks,
        ratings=list(Rating),
    )


@router.get("/review/{kind}/{slug}", response_class=HTMLResponse)
def review_item(state: StateDep, learner: LearnerDep, kind: str, slug: str) -> HTMLResponse:
    """A recall card (reveal, then rate) or an exercise to re-solve from its stub."""
    return _item_page(state, learner, _key(kind, slug))


@router.post("/review/topic/{slug}/rate")
def rate_card(
    state: StateDep, learner: LearnerDep, slug: str, rating: Annotated[Rating, Form()]
) -> Response:
    desk = _desk(state, learner)
    try:
        desk.rate(_key("topic", slug), rating, datetime.now(UTC))
    except ReviewError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    return RedirectResponse(f"/review?rated=topic/{slug}", status_code=303)


@router.post("/review/exercise/{slug}/check", response_class=HTMLResponse)
async def check_exercise(
    request: Request, state: StateDep, learner: LearnerDep, slug: str
) -> Response:
    """Grade the re-solved code: a pass ends the review (back to the list); a failure shows
    the results beside the code, to fix and check again."""
    from fastapi.concurrency import run_in_threadpool

    key = _key("exercise", slug)
    exercise = state.curriculum.exercises.get(slug)
    if exercise is None:
        raise HTTPException(404, detail=f"no exercise {slug!r}")
    form = await request.form()
    names = form.getlist("file")
    texts = form.getlist("code")
    allowed = exercise.spec.solution_files
    if len(names) != len(texts) or not names or any(n not in allowed for n in names):
        raise HTTPException(422, detail=f"the form must send the files {', '.join(allowed)}")
    code = {str(n): str(t) for n, t in zip(names, texts, strict=True)}
    grading = state.grading
    if state.grader is None or not isinstance(grading, LocalGrading):
        raise HTTPException(409, detail="exercise reviews are graded by pyhero serve's own grader")
    desk = _desk(state, learner)
    async with grading.slots:
        try:
            outcome = await run_in_threadpool(
                desk.check, key, code, state.grader, datetime.now(UTC)
            )
        except ReviewError as exc:
            raise HTTPException(409, detail=str(exc)) from None
    if outcome.rating is not None:
        return RedirectResponse(f"/review?rated={key}", status_code=303)
    assert outcome.result is not None
    return await run_in_threadpool(
        _item_page,
        state,
        learner,
        key,
        code=code,
        results=view_of(outcome.result, at=datetime.now(UTC)),
        checks=outcome.checks,
    )


@router.post("/review/{kind}/{slug}/give-up")
def give_up(state: StateDep, learner: LearnerDep, kind: str, slug: str) -> Response:
    desk = _desk(state, learner)
    try:
        desk.give_up(_key(kind, slug), datetime.now(UTC))
    except ReviewError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    return RedirectResponse(f"/review?rated={kind}/{slug}", status_code=303)


@router.post("/topics/{slug}/read")
def mark_read(
    state: StateDep, learner: LearnerDep, topic: TopicDep, read: Annotated[bool, Form()] = True
) -> Response:
    """Mark the topic read (or not): recorded and shown, never counted as done."""
    state.store.mark_read(learner, topic.slug, read=read)
    return RedirectResponse(f"/topics/{topic.slug}#reading", status_code=303)


def _answers(topic: Topic, form: dict[str, str]) -> list[int | None]:
    answers: list[int | None] = []
    for number in range(len(topic.quiz)):
        raw = form.get(f"q{number}", "")
        answers.append(int(raw) if raw.isdigit() else None)
    return answers


@router.post("/topics/{slug}/quiz", response_class=HTMLResponse)
async def take_topic_quiz(
    request: Request, state: StateDep, learner: LearnerDep, topic: TopicDep
) -> HTMLResponse:
    """Score and record the quiz, then show the topic page with each answer explained."""
    from fastapi.concurrency import run_in_threadpool

    form = {key: str(value) for key, value in (await request.form()).items()}
    try:
        outcome = await run_in_threadpool(
            take_quiz, state.store, learner, topic, _answers(topic, form)
        )
    except QuizError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    context = await run_in_threadpool(topic_context, state, learner, topic)
    return page(state, "topic.html", quiz_outcome=outcome, **context)
