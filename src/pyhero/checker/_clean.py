"""What the content checker adds for a make-it-clean exercise (``pyhero.kind == "clean"``).

The reference must pass with no finding and the wrong solutions must fail, as for every
exercise.  Beside that, the stub must be *unclean*: the learner's task is to clean it, so
at least one of the exercise's checks must report a finding on it.  Mutants are graded on
behaviour alone (a mutant caught only by a lint rule says nothing about the tests).
"""

from __future__ import annotations

from pyhero.exercise import ExerciseSpec
from pyhero.grading import GradeResult
from pyhero.quality import CLEAN_KIND

__all__ = ["clean_stub_problems"]


def clean_stub_problems(spec: ExerciseSpec, stub: GradeResult) -> list[str]:
    """Why the stub of a make-it-clean exercise does not set the task (or its type tests
    are not test files the job has); empty for others."""
    keys = spec.pyhero.quality
    if spec.pyhero.kind != CLEAN_KIND or keys is None:
        return []
    trusted = {*spec.test_files, *spec.hidden_test_files}
    if keys.mypy is not None and not set(keys.mypy.type_tests) <= trusted:
        strays = ", ".join(sorted(set(keys.mypy.type_tests) - trusted))
        return [f".meta/config.json: pyhero.quality.mypy.type_tests: {strays} is not a test file"]
    report = stub.quality
    if report is None:
        return [f"the stub was graded without its quality checks ({stub.summary()})"]
    if report.clean:
        return ["the stub has no finding from the quality checks: there is nothing to clean"]
    return []
