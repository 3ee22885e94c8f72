"""Grading at scale: the web process queues jobs on Celery and never grades; real
``pyhero worker`` processes grade them. Fair queueing, crash recovery (a worker killed
mid-job), idempotent redelivery, content versions, and what admins see."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
from redis import Redis

from pyhero.curriculum import content_version
from pyhero.workers import GRADE_TASK, JOB_EVENTS, grading_queue, make_celery

from .conftest import (
    CORRECT_ADD,
    WRONG_ADD,
    Team,
    running_team,
    team_settings,
    worker_env,
)
from .services import Worker, postgres_database, start_worker, wait_for

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.sandbox,
    pytest.mark.usefixtures("bubblewrap"),
]

SLUG = "add-numbers"


@dataclass
class Graded:
    team: Team
    worker: Worker


@pytest.fixture(scope="module")
def graded(
    tmp_path_factory: pytest.TempPathFactory, postgres_base: str, redis_base: str, bubblewrap: None
) -> Iterator[Graded]:
    """A team app and one worker, shared by the module's tests."""
    client = Redis.from_url(redis_base)
    client.flushdb()
    client.close()
    root = Path(tmp_path_factory.mktemp("graded"))
    with postgres_database(postgres_base) as database_url:
        settings = team_settings(root, database_url, redis_base)
        with running_team(settings) as team:
            worker = start_worker(worker_env(settings), root / "worker.log", redis_base)
            try:
                yield Graded(team, worker)
            finally:
                worker.stop()


def test_the_web_process_queues_and_a_worker_grades(graded: Graded) -> None:
    team = graded.team
    assert team.app.state.web.grader is None  # no grader, no fork server in the web process
    team.user("ada")
    ada = team.client("ada")
    # Without JavaScript: the form posts, the server waits for the verdict, then redirects.
    ran = ada.post(
        f"/exercises/{SLUG}/run",
        data={
            "file": "add_numbers.py",
            "code": WRONG_ADD,
            "csrf_token": ada.headers["X-CSRF-Token"],
        },
    )
    assert ran.status_code == 303, ran.text
    page = ada.get(ran.headers["location"])
    assert "Some tests fail" in page.text
    # The JSON API answers the same way as in single-learner mode.
    submitted = ada.post(f"/api/exercises/{SLUG}/submit", json={"code": CORRECT_ADD})
    assert submitted.status_code == 200, submitted.text
    body = submitted.json()
    assert (body["result"]["status"], body["status"]) == ("pass", "done")
    attempts = team.store.progress.attempts("ada", SLUG)
    assert [a.verdict for a in attempts] == ["failed", "passed"]
    job = team.store.jobs.job(attempts[-1].uid)  # the attempt's uid is its job's id
    assert job is not None
    assert job.worker is not None
    assert job.worker.startswith(f"pyhero-{graded.worker.process.pid}@")
    assert job.result is not None
    assert job.result["status"] == "pass"
    # The full result survives a reload, from the job the worker stored.
    assert "All tests pass" in ada.get(f"/exercises/{SLUG}").text


def test_the_job_api_streams_the_verdict_as_server_sent_events(graded: Graded) -> None:
    team = graded.team
    team.user("bob")
    bob = team.client("bob")
    queued = bob.post(f"/api/exercises/{SLUG}/jobs", json={"code": CORRECT_ADD})
    assert queued.status_code == 202
    job = queued.json()
    assert job["state"] in ("queued", "running")
    assert job["events_url"] == f"/api/jobs/{job['id']}/events"
    events: list[tuple[str, str]] = []
    with bob.stream("GET", job["events_url"]) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        name = ""
        for line in stream.iter_lines():
            if line.startswith("event: "):
                name = line.removeprefix("event: ")
            elif line.startswith("data: "):
                events.append((name, line.removeprefix("data: ")))
                if name in ("done", "failed", "timeout"):
                    break
    assert events[-1][0] == "done", events
    outcome = json.loads(events[-1][1])["outcome"]
    assert outcome["result"]["status"] == "pass"
    assert outcome["attempt"]["uid"] == job["id"]
    polled = bob.get(job["status_url"]).json()
    assert polled["state"] == "done"
    assert polled["outcome"]["status"] == "done"


def test_a_redelivered_job_records_one_attempt(graded: Graded) -> None:
    team = graded.team
    team.user("cleo")
    cleo = team.client("cleo")
    done = cleo.post(f"/api/exercises/{SLUG}/submit", json={"code": CORRECT_ADD}).json()
    job_id = done["attempt"]["uid"]
    job = team.store.jobs.job(job_id)
    assert job is not None
    redis = Redis.from_url(team.settings.redis_url or "")
    announcements = cast(Any, redis).pubsub()
    announcements.subscribe(JOB_EVENTS)
    celery = make_celery(team.settings)
    try:
        # The same message again, as Redis redelivers one whose worker died before its ack.
        celery.send_task(
            GRADE_TASK,
            args=[job_id, job.content_version],
            task_id=job_id,
            queue=grading_queue(job.content_version),
        )

        def announced_again() -> bool:
            message = announcements.get_message(timeout=0.5)
            return bool(
                message and message["type"] == "message" and job_id.encode() in message["data"]
            )

        wait_for(announced_again, 60, "the worker to handle the repeated job")
    finally:
        celery.close()
        announcements.close()
        redis.close()
    assert len(team.store.progress.attempts("cleo", SLUG)) == 1
    again = team.store.jobs.job(job_id)
    assert again is not None
    assert again.deliveries == job.deliveries  # finished: not started again


def test_admins_see_the_queue_and_the_live_workers(graded: Graded) -> None:
    team = graded.team
    team.user("dora")
    dora = team.client("dora")
    queued = dora.post(f"/api/exercises/{SLUG}/jobs", json={"code": CORRECT_ADD}).json()
    wait_for(lambda: dora.get(queued["status_url"]).json()["state"] == "done", 60, "a verdict")
    team.user("root", "admin")
    root = team.client("root")

    def reported() -> dict[str, Any] | None:
        """The health report once the worker's heartbeat counts the job (every 5 s)."""
        health = cast(dict[str, Any], root.get("/api/team/health").json())
        beating = [w for w in health["workers"] if w["jobs_done"] >= 1]
        return health if beating else None

    wait_for(reported, 30, "a heartbeat that counts the graded job")
    health = reported()
    assert health is not None
    assert health["content_version"] == content_version(team.settings.content_dir)
    (worker,) = health["workers"]
    assert worker["same_content"] is True
    assert worker["concurrency"] == 1
    assert worker["isolation"] == "bubblewrap"
    assert worker["jobs_done"] >= 1
    assert worker["seen_seconds_ago"] < 30
    queue = grading_queue(health["content_version"])
    assert [q["name"] for q in health["queues"]] == [queue]
    assert health["queued"] == 0
    page = root.get("/team/admin")
    assert page.status_code == 200
    assert queue in page.text
    assert worker["name"] in page.text
