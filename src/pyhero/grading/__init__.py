"""Sandboxed, tamper-proof grading of exercises (Exercism test-runner interface v3).

See ``docs/grader.md`` for how isolation works, the verdicts and the limits.
"""

from pyhero.grading._environment import TIME_ZONES, JobEnvironment
from pyhero.grading._pool import Grader, GraderError
from pyhero.grading._results import GradeResult, Isolation, SealedSummary, TestResult, Verdict

__all__ = [
    "TIME_ZONES",
    "GradeResult",
    "Grader",
    "GraderError",
    "Isolation",
    "JobEnvironment",
    "SealedSummary",
    "TestResult",
    "Verdict",
]
