"""The Celery app of the team server: Redis broker, late acknowledgement, per-content queues.

A grading message is acknowledged only after its job is recorded (``acks_late``); a worker
that dies mid-job leaves it unacknowledged in Redis, which hands it to another worker once
``PYHERO_JOB_TIMEOUT_SECONDS`` have passed. Each content version has its own queue, so a
worker only ever takes the jobs its content can grade.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyhero.config import Settings

if TYPE_CHECKING:
    from celery import Celery

__all__ = ["GRADE_TASK", "JOB_EVENTS", "WORKER_KEY_PREFIX", "grading_queue", "make_celery"]

GRADE_TASK = "pyhero.grade"
"""The grading task's name; its arguments are the job id and the job's content version."""
JOB_EVENTS = "pyhero:jobs"
"""Redis channel where workers announce ``{"job": id, "state": ...}`` as jobs move on."""
WORKER_KEY_PREFIX = "pyhero:worker:"
"""Redis hashes (one per worker, expiring) that tell admins which workers are alive."""


def grading_queue(content_version: str) -> str:
    """The queue of jobs for one content version."""
    return f"pyhero.grade.{content_version[:16]}"


def make_celery(settings: Settings) -> Celery:
    """The Celery app on ``PYHERO_REDIS_URL`` (imported here: only team mode needs Celery)."""
    from celery import Celery

    if settings.redis_url is None:
        raise ValueError("PYHERO_REDIS_URL is not set: the grading queue lives in Redis")
    timeout = settings.job_timeout_seconds
    app = Celery("pyhero", broker=settings.redis_url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": timeout,
            # Look for abandoned jobs often enough that one comes back soon after its
            # timeout, not up to 100 s later (kombu's default sweep).
            "unacked_restore_interval": max(1, min(10, timeout // 3)),
            "unacked_restore_throttle": 1,
        },
    )
    return app
