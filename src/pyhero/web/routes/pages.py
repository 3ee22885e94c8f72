"""Server-rendered HTML pages (roadmap, topics, exercises index, progress); no JS needed."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from pyhero.curriculum import Topic
from pyhero.links import CACHE_FILE_NAME, read_link_health, topic_health
from pyhero.progress import Status
from pyhero.web._chrome import ACCOUNT_SLOT, Chrome, current_chrome, slot_chrome
from pyhero.web._graph_svg import STATUS_GLYPHS, STATUS_WORDS, layout_graph, render_svg
from pyhero.web._progress_view import build_progress
from pyhero.web._service import exercise_statuses, exercise_summary, topic_detail
from pyhero.web._start_here import StartHere, end_of_day, start_here
from pyhero.web._state import WebState
from pyhero.web._status import fingerprint, topic_statuses
from pyhero.web.deps import LearnerDep, StateDep, TopicDep

__all__ = ["page", "router", "topic_context"]

router = APIRouter(include_in_schema=False)


def page(state: WebState, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """``template`` rendered with ``context`` as an HTML response."""
    body = state.templates.get_template(template).render(**context)
    return HTMLResponse(body, status_code=status_code)


def _exercise_counts(state: WebState) -> dict[str, int]:
    counts = dict.fromkeys(state.curriculum.topics, 0)
    for exercise in state.curriculum.exercises.values():
        counts[exercise.topic] += 1
    return counts


def _start_here(state: WebState, learner: str, statuses: dict[str, Status]) -> StartHere:
    activity = state.store.activity(learner)
    return start_here(state.curriculum, statuses, activity, datetime.now().astimezone())


@router.get("/", response_class=HTMLResponse)
async def roadmap(state: StateDep, learner: LearnerDep) -> HTMLResponse:
    """Where to start, the prerequisite graph by section lanes, and every section's topics.

    Rendered pages are cached by the exercise statuses, the streak and the day; the
    statuses come from the status cache without touching the event loop's thread when
    nothing changed, else from the store in a worker thread.
    """
    statuses = state.statuses.lookup(learner)
    if statuses is None:
        statuses = await run_in_threadpool(exercise_statuses, state, learner)
    memo = state.roadmap_keys.get(learner)
    panel: StartHere | None = None
    if memo is not None and memo[0] is statuses and time.time() < memo[1]:
        key = memo[2]  # the very same cached statuses, the same day
    else:
        panel = await run_in_threadpool(_start_here, state, learner, statuses)
        shown = {slug: status.value for slug, status in statuses.items()}
        key = f"roadmap:{fingerprint(shown)}:{panel.key}"
        state.roadmap_keys[learner] = (statuses, end_of_day(datetime.now().astimezone()), key)
    chrome = current_chrome()
    cached = state.cache.get(key)
    if cached is None:
        if panel is None:
            panel = await run_in_threadpool(_start_here, state, learner, statuses)
        cached = await run_in_threadpool(_render_roadmap, state, statuses, panel, key, chrome)
    if chrome.personal:  # the cached page is everyone's: the account menu goes in its slot
        account = await run_in_threadpool(lambda: chrome.account)
        cached = cached.replace(_SLOT, account.encode(), 1)
    return HTMLResponse(cached)


_SLOT = ACCOUNT_SLOT.encode()


def _render_roadmap(
    state: WebState, statuses: dict[str, Status], panel: StartHere, key: str, chrome: Chrome
) -> bytes:
    cur = state.curriculum
    topics = topic_statuses(cur, statuses)
    if state.graph is None:
        state.graph = layout_graph(cur)
    counts = _exercise_counts(state)
    body = state.templates.get_template("roadmap.html").render(
        page="roadmap",
        curriculum=cur,
        sections=[(s, [cur.topics[t] for t in s.topics]) for s in cur.sections],
        topic_status=topics,
        exercise_counts=counts,
        done=sum(st == "done" for st in topics.values()),
        graph=render_svg(state.graph, topics, counts),
        glyphs=STATUS_GLYPHS,
        status_words=STATUS_WORDS,
        start=panel,
        **({"chrome": slot_chrome} if chrome.personal else {}),
    )
    return state.cache.put(key, body.encode())


@router.get("/topics", response_class=HTMLResponse)
def topics_index(state: StateDep, learner: LearnerDep) -> HTMLResponse:
    """Every topic by section, with level, exercises and status."""
    cur = state.curriculum
    return page(
        state,
        "topics.html",
        page="topics",
        sections=[(s, [cur.topics[t] for t in s.topics]) for s in cur.sections],
        topic_status=topic_statuses(cur, exercise_statuses(state, learner)),
        exercise_counts=_exercise_counts(state),
    )


def topic_context(state: WebState, learner: str, topic: Topic) -> dict[str, Any]:
    """What the topic page shows, its reading state (read mark, quiz) included."""
    detail = topic_detail(state, topic, exercise_statuses(state, learner))
    cur = state.curriculum
    return {
        "page": "topic",
        "topic": topic,
        "detail": detail,
        "section": cur.section(topic.section),
        "prerequisites": [cur.topics[p] for p in topic.prerequisites],
        "dependents": cur.dependents(topic.slug),
        "health": topic_health(topic, read_link_health(state.settings.cache_dir / CACHE_FILE_NAME)),
        "read_at": state.store.read_marks(learner).get(topic.slug),
        "quiz_record": state.store.quizzes(learner).get(topic.slug),
    }


@router.get("/topics/{slug}", response_class=HTMLResponse)
def topic_page(state: StateDep, learner: LearnerDep, topic: TopicDep) -> HTMLResponse:
    return page(state, "topic.html", **topic_context(state, learner, topic))


@router.get("/exercises", response_class=HTMLResponse)
def exercises_index(state: StateDep, learner: LearnerDep) -> HTMLResponse:
    """Every exercise in learning order, with its topic, difficulty and status."""
    statuses = exercise_statuses(state, learner)
    cur = state.curriculum
    return page(
        state,
        "exercises.html",
        page="exercises",
        exercises=[exercise_summary(e, statuses) for e in cur.exercise_order()],
        topics=cur.topics,
    )


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
    from pyhero.workspace import review_summary

    read = store.read_marks(learner)
    quizzes = store.quizzes(learner)
    return page(
        state,
        "progress.html",
        page="progress",
        review=review_summary(state.curriculum, store, learner, datetime.now().astimezone()),
        topics_read=len(read),
        topics_total=len(state.curriculum.topics),
        quizzes_taken=len(quizzes),
        quizzes_total=sum(bool(t.quiz) for t in state.curriculum.topics.values()),
        progress=progress,
        exercises=exercises,
        topics=state.curriculum.topics,
    )
