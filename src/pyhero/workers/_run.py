"""``pyhero worker``'s body: the grading task, the heartbeat admins see, the Celery worker."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from typing import TYPE_CHECKING, Any

from pyhero.config import Settings
from pyhero.curriculum import content_version, load_curriculum
from pyhero.grading import Grader, GraderError
from pyhero.progress import StoreError, open_team_store
from pyhero.workers._celery import GRADE_TASK, WORKER_KEY_PREFIX, grading_queue, make_celery
from pyhero.workers._grading import GradingWorker

if TYPE_CHECKING:
    from celery import Celery

__all__ = ["HEARTBEAT_SECONDS", "Heartbeat", "register_tasks", "run_worker", "worker_name"]

HEARTBEAT_SECONDS = 5.0
_MAX_RETRIES = 5


def worker_name() -> str:
    """Unique per process, so that several workers can share a machine."""
    return f"pyhero-{os.getpid()}@{socket.gethostname()}"


def register_tasks(app: Celery, worker: GradingWorker) -> None:
    """The grading task, bound to this process's worker."""

    @app.task(name=GRADE_TASK, bind=True, max_retries=_MAX_RETRIES)  # type: ignore[untyped-decorator]
    def grade(task: Any, job_id: str, job_version: str) -> str:
        if job_version != worker.version:
            queue = grading_queue(job_version)
            worker.refuse(job_id, job_version, queue)
            # Sent back to the queue of its own content, where a worker that can grade it
            # will take it: refused here, never lost.
            task.app.send_task(GRADE_TASK, args=[job_id, job_version], task_id=job_id, queue=queue)
            return "refused"
        try:
            return worker.grade(job_id, task.request.hostname or worker_name())
        except (GraderError, StoreError) as exc:
            if task.request.retries >= _MAX_RETRIES:
                worker.fail(job_id, f"the job could not be graded: {exc}")
                return "failed"
            raise task.retry(exc=exc, countdown=2**task.request.retries) from exc


class Heartbeat(threading.Thread):
    """Keeps ``pyhero:worker:<name>`` in Redis while the worker lives (it expires after
    three missed beats), with what admins want to know about it."""

    def __init__(self, worker: GradingWorker, name: str, concurrency: int) -> None:
        super().__init__(name="pyhero-heartbeat", daemon=True)
        self.worker = worker
        self.key = WORKER_KEY_PREFIX + name
        self.concurrency = concurrency
        self.started = time.time()
        self._stop = threading.Event()

    def beat(self) -> None:
        counters = self.worker.counters
        with counters.lock:
            fields = {
                "host": socket.gethostname(),
                "pid": os.getpid(),
                "content_version": self.worker.version,
                "concurrency": self.concurrency,
                "isolation": self.worker.grader.isolation.value,
                "started_at": self.started,
                "seen_at": time.time(),
                "jobs_done": counters.done,
                "jobs_failed": counters.failed,
                "jobs_refused": counters.refused,
                "jobs_running": counters.running,
                "last_job_at": counters.last_job_at.timestamp() if counters.last_job_at else "",
            }
        pipe = self.worker.redis.pipeline()
        pipe.hset(self.key, mapping=fields)
        pipe.expire(self.key, int(HEARTBEAT_SECONDS * 3))
        pipe.execute()

    def run(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(Exception):  # Redis away: the next beat tries again
                self.beat()
            self._stop.wait(HEARTBEAT_SECONDS)

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(Exception):  # it expires by itself anyway
            self.worker.redis.delete(self.key)


def run_worker(settings: Settings, concurrency: int, loglevel: str = "WARNING") -> None:
    """Grade the jobs of this content version until stopped (Ctrl+C, SIGTERM)."""
    from redis import Redis

    assert settings.redis_url is not None
    curriculum = load_curriculum(settings.content_dir)
    version = content_version(settings.content_dir)
    store = open_team_store(settings.database_url)
    redis = Redis.from_url(settings.redis_url)
    try:
        with Grader(workers=concurrency, isolation="bubblewrap") as grader:
            worker = GradingWorker(curriculum, version, grader, store, redis)
            app = make_celery(settings)
            register_tasks(app, worker)
            name = worker_name()
            heartbeat = Heartbeat(worker, name, concurrency)
            heartbeat.start()
            try:
                app.worker_main(
                    [
                        "worker",
                        "--pool=threads",
                        f"--concurrency={concurrency}",
                        f"--queues={grading_queue(version)}",
                        f"--hostname={name}",
                        f"--loglevel={loglevel}",
                        "--without-gossip",
                        "--without-mingle",
                    ]
                )
            finally:
                heartbeat.stop()
    finally:
        redis.close()
        store.close()
