"""Fair queueing and recovery, each test with its own database, Redis and workers: one
job at a time per learner and a rate limit; a worker killed mid-job loses no job and the
job records one attempt; a worker with other content refuses a job, which waits for one
that has it."""

from __future__ import annotations

import shutil
import time

import pytest
from redis import Redis

from pyhero.curriculum import content_version
from pyhero.workers import GRADE_TASK, grading_queue, make_celery

from .conftest import CORRECT_ADD, Services, running_team, worker_env
from .services import start_worker, wait_for

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

SLUG = "add-numbers"
SLOW_ADD = "import time\ntime.sleep(4)\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n"


def test_one_submission_at_a_time_and_a_rate_limit(services: Services) -> None:
    """Without a worker the first job stays queued: the learner waits for its verdict."""
    with running_team(services.settings(submissions_per_minute=3)) as team:
        team.user("ada")
        team.user("bob")
        ada = team.client("ada")
        first = ada.post(f"/api/exercises/{SLUG}/jobs", json={"code": CORRECT_ADD})
        assert first.status_code == 202
        busy = ada.post(f"/api/exercises/{SLUG}/jobs", json={"code": CORRECT_ADD})
        assert busy.status_code == 429
        assert "still being graded" in busy.json()["detail"]
        assert busy.headers["retry-after"] == "2"
        ada.post(f"/api/exercises/{SLUG}/jobs", json={"code": CORRECT_ADD})
        limited = ada.post(f"/api/exercises/{SLUG}/jobs", json={"code": CORRECT_ADD})
        assert limited.status_code == 429
        assert limited.json()["detail"].startswith("at most 3 submissions a minute")
        assert 0 < int(limited.headers["retry-after"]) <= 61
        form = ada.post(
            f"/exercises/{SLUG}/run",
            data={"file": "add_numbers.py", "code": "x", "csrf_token": ada.headers["x-csrf-token"]},
        )
        assert form.status_code == 429  # the page says it too, with Retry-After
        assert "at most 3 submissions a minute" in form.text
        assert "retry-after" in form.headers
        # Others are not held up by ada's loop.
        bob = team.client("bob")
        assert (
            bob.post(f"/api/exercises/{SLUG}/jobs", json={"code": CORRECT_ADD}).status_code == 202
        )
        assert team.store.jobs.counts().queued == 2
        queue = grading_queue(content_version(team.settings.content_dir))
        redis = Redis.from_url(team.settings.redis_url or "")
        try:
            assert redis.llen(queue) == 2  # the jobs wait in Redis for a worker
        finally:
            redis.close()


@pytest.mark.sandbox
@pytest.mark.usefixtures("bubblewrap")
def test_a_worker_killed_mid_job_loses_no_job(services: Services) -> None:
    settings = services.settings(job_timeout_seconds=5)
    with running_team(settings) as team:
        team.user("ada")
        ada = team.client("ada")
        first = start_worker(worker_env(settings), services.root / "first.log", services.redis_url)
        try:
            job = ada.post(f"/api/exercises/{SLUG}/jobs", json={"code": SLOW_ADD}).json()

            def running() -> bool:
                found = team.store.jobs.job(job["id"])
                return found is not None and found.state == "running"

            wait_for(running, 120, "the first worker to start the job")
        finally:
            first.kill()
        assert team.store.jobs.job(job["id"]).state == "running"  # type: ignore[union-attr]
        second = start_worker(
            worker_env(settings), services.root / "second.log", services.redis_url
        )
        try:

            def finished() -> bool:
                found = team.store.jobs.job(job["id"])
                return found is not None and found.finished

            wait_for(finished, 180, "another worker to grade the abandoned job")
        finally:
            second.stop()
        done = team.store.jobs.job(job["id"])
        assert done is not None
        assert done.state == "done"
        assert done.deliveries >= 2
        assert done.worker is not None
        assert done.worker.startswith(f"pyhero-{second.process.pid}@")
        attempts = team.store.progress.attempts("ada", SLUG)
        assert [a.uid for a in attempts] == [job["id"]]  # one attempt, not two
        assert attempts[0].verdict == "passed"


@pytest.mark.sandbox
@pytest.mark.usefixtures("bubblewrap")
def test_a_worker_refuses_a_job_for_other_content_and_the_job_waits(services: Services) -> None:
    settings = services.settings()
    other = services.root / "other-content"
    shutil.copytree(settings.content_dir, other)
    instructions = other / "exercises" / SLUG / ".docs" / "instructions.md"
    instructions.write_text(instructions.read_text() + "\nA newer wording.\n")
    other_version = content_version(other)
    assert other_version != content_version(settings.content_dir)
    with running_team(settings) as team:
        team.user("ada")
        job = team.store.jobs.create_job(
            "ada", SLUG, {"add_numbers.py": CORRECT_ADD}, other_version
        )
        worker = start_worker(worker_env(settings), services.root / "this.log", services.redis_url)
        celery = make_celery(settings)
        redis = Redis.from_url(services.redis_url)
        try:
            # Misrouted on purpose: the job needs the other content, this worker has this one.
            celery.send_task(
                GRADE_TASK,
                args=[job.id, other_version],
                task_id=job.id,
                queue=grading_queue(content_version(settings.content_dir)),
            )
            wait_for(
                lambda: redis.llen(grading_queue(other_version)) == 1,
                120,
                "the refused job to go back to its own queue",
            )
            time.sleep(0.5)
            assert "refused a grading job for other content" in worker.output()
            still = team.store.jobs.job(job.id)
            assert still is not None
            assert still.state == "queued"
            assert team.store.progress.attempts("ada") == []
        finally:
            worker.stop()
            celery.close()
        newer = start_worker(
            {**worker_env(settings), "PYHERO_CONTENT_DIR": str(other)},
            services.root / "other.log",
            services.redis_url,
        )
        try:
            wait_for(
                lambda: (found := team.store.jobs.job(job.id)) is not None and found.finished,
                120,
                "a worker with the job's content to grade it",
            )
        finally:
            newer.stop()
            redis.close()
        (attempt,) = team.store.progress.attempts("ada")
        assert (attempt.uid, attempt.verdict) == (job.id, "passed")
