"""What the content checker proves of a write-the-tests exercise, beside what it proves of
every exercise (the stub fails, the reference passes, wrong ones fail, alternatives pass).

- Each hidden implementation keeps the real module's outline (``outline_differences``), so
  that a job cannot tell it from the real one by its source text.
- The stub catches no hidden bug: it is a starting point, not part of the answer.
- Mutation analysis mutates the *module under test* (not its ``pragma: no cover`` lines) and
  grades the reference tests against every mutant: the share they kill shows whether the
  hidden bugs are representative.
"""

from __future__ import annotations

import re
from pathlib import Path

from pyhero.checker._mutants import Mutant, generate_mutants
from pyhero.exercise import ExerciseSpec
from pyhero.grading import Grader, GradeResult, Verdict
from pyhero.writetests import bug_file, outline_differences

__all__ = ["is_result_line", "mutant_verdicts", "static_problems", "tests_stub_problems"]

_RESULT_LINES = ("sealed: ", "bug: ", "requirement: ")
_NO_COVER = re.compile(r"#\s*pragma[:\s]?\s*no\s*cover", re.IGNORECASE)
"""Lines the tests are not meant to run (a client that would reach the network): their
mutants say nothing about the tests."""


def is_result_line(name: str) -> bool:
    """A line the grader adds after the tests (sealed groups, bugs, requirements)."""
    return name.startswith(_RESULT_LINES)


def static_problems(spec: ExerciseSpec) -> list[str]:
    """Hidden implementations that differ from the real module in more than behaviour."""
    keys = spec.pyhero.tests
    if keys is None:
        return []
    try:
        real = (spec.path / keys.module).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{keys.module}: cannot be read ({exc})"]
    problems: list[str] = []
    for key in keys.bugs:
        try:
            hidden = (spec.path / bug_file(key)).read_text(encoding="utf-8")
            differences = outline_differences(real, hidden)
        except (OSError, UnicodeDecodeError, SyntaxError) as exc:
            problems.append(f"{bug_file(key)}: cannot be read ({exc})")
            continue
        if hidden == real:
            problems.append(f"{bug_file(key)}: identical to {keys.module}")
        problems.extend(
            f"{bug_file(key)}: {difference} (a test could tell it apart by its text)"
            for difference in differences
        )
    return problems


def tests_stub_problems(stub: GradeResult) -> list[str]:
    """The stub must catch no hidden bug (it passes against each of them, or not at all)."""
    if stub.bugs is None or stub.bugs.caught == 0:
        return []
    return [f"the stub catches {stub.bugs.caught} of the {stub.bugs.total} hidden bugs"]


def mutant_verdicts(
    grader: Grader, trusted: Path, spec: ExerciseSpec, references: dict[str, str]
) -> list[tuple[Mutant, str, Verdict]]:
    """Each mutant of the module under test, with the verdict of the reference tests run
    against it (anything but ``passed`` kills it)."""
    keys = spec.pyhero.tests
    if keys is None:
        return []
    source = (spec.path / keys.module).read_text(encoding="utf-8")
    excluded = {
        number for number, line in enumerate(source.splitlines(), start=1) if _NO_COVER.search(line)
    }
    mutants = [m for m in generate_mutants(source) if m.line not in excluded]
    results = grader.grade_tests_against(trusted, references, [m.source for m in mutants])
    return [
        (mutant, keys.module, result.verdict)
        for mutant, result in zip(mutants, results, strict=True)
    ]
