"""Celery grading workers of the team server (``pyhero worker``).

A worker consumes the grading jobs of its content version from Redis, grades each with the
warm :class:`pyhero.grading.Grader` through :func:`pyhero.workspace.grade_submission` (the
same function the single-learner app calls in process) and records the attempt in the
progress database. See ``docs/team.md``.
"""

from pyhero.workers._celery import (
    GRADE_TASK,
    JOB_EVENTS,
    WORKER_KEY_PREFIX,
    grading_queue,
    make_celery,
)

__all__ = ["GRADE_TASK", "JOB_EVENTS", "WORKER_KEY_PREFIX", "grading_queue", "make_celery"]
