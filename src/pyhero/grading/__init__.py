"""Sandboxed, tamper-proof grading of exercises (Exercism test-runner interface v3).

See ``docs/grader.md`` for how isolation works, the verdicts and the limits.

The public names are imported on first use: a fork server running an exercise
environment's interpreter imports the job-side modules of this package without pyhero's
own dependencies (pydantic, platformdirs), which only the host side needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyhero.grading._environment import TIME_ZONES, JobEnvironment
    from pyhero.grading._execution import GraderError
    from pyhero.grading._pool import Grader
    from pyhero.grading._results import (
        GradeResult,
        Isolation,
        SealedSummary,
        TestResult,
        Verdict,
    )

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

_HOMES = {
    "TIME_ZONES": "_environment",
    "JobEnvironment": "_environment",
    "Grader": "_pool",
    "GraderError": "_execution",
    "GradeResult": "_results",
    "Isolation": "_results",
    "SealedSummary": "_results",
    "TestResult": "_results",
    "Verdict": "_results",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'pyhero.grading' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"pyhero.grading.{home}"), name)
    globals()[name] = value
    return value
