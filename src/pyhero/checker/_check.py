"""The content checker: every exercise is sound, its stub fails, its example passes, and its
tests are strong enough to kill mutants of the example."""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from pyhero.checker._candidates import WRONG, CandidateOutcome, candidates
from pyhero.checker._clean import clean_stub_problems
from pyhero.checker._mutants import Mutant, generate_mutants
from pyhero.checker._writetests import (
    is_result_line,
    mutant_verdicts,
    static_problems,
    tests_stub_problems,
)
from pyhero.curriculum import Exercise
from pyhero.exercise import SEALED_FILE, ExerciseSpec
from pyhero.grading import TIME_ZONES, Grader, GradeResult, JobEnvironment, Verdict

__all__ = ["ExerciseReport", "MutantOutcome", "check_exercise", "check_exercises"]

_MIN_TESTS = 5
_MIN_HINTS = 2
_MIN_WRONG = 3
_MIN_ALTERNATIVES = 1


@dataclass(frozen=True, slots=True)
class MutantOutcome:
    mutant: Mutant
    file: str
    verdict: Verdict

    @property
    def killed(self) -> bool:
        return self.verdict is not Verdict.passed


@dataclass(slots=True)
class ExerciseReport:
    """What the checker found for one exercise."""

    slug: str
    problems: list[str] = field(default_factory=list)
    test_count: int = 0
    mutants: list[MutantOutcome] = field(default_factory=list)
    candidates: list[CandidateOutcome] = field(default_factory=list)
    sealed_cases: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall time of each phase: ``grading`` (stub, example, every seed and zone),
    ``candidates`` (wrong and alternative solutions) and ``mutants``."""

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())

    @property
    def wrong(self) -> list[CandidateOutcome]:
        return [outcome for outcome in self.candidates if outcome.candidate.kind == WRONG]

    @property
    def bugs_caught(self) -> int:
        return sum(outcome.as_expected for outcome in self.wrong)

    @property
    def killed(self) -> int:
        return sum(outcome.killed for outcome in self.mutants)

    @property
    def kill_rate(self) -> float | None:
        return self.killed / len(self.mutants) if self.mutants else None

    @property
    def survivors(self) -> list[MutantOutcome]:
        return [outcome for outcome in self.mutants if not outcome.killed]


def _static_problems(exercise: Exercise) -> list[str]:
    spec = exercise.spec
    problems: list[str] = []
    if not spec.instructions().strip():
        problems.append(".docs/instructions.md: missing or empty")
    if len(spec.hints()) < _MIN_HINTS:
        problems.append(f".docs/hints.md: needs at least {_MIN_HINTS} hints (## sections)")
    if not spec.reference_files:
        problems.append(".meta/config.json: files.example (or exemplar) is empty")
    problems.extend(
        f"{name}: file is missing"
        for name in (*spec.solution_files, *spec.test_files, *spec.reference_files)
        if not (spec.path / name).is_file()
    )
    if exercise.topic is None:
        problems.append(".meta/config.json: pyhero.topic is missing")
    if exercise.difficulty is None:
        problems.append(".meta/config.json: pyhero.difficulty is missing")
    problems.extend(_evidence_problems(spec))
    problems.extend(static_problems(spec))
    return problems


def _evidence_problems(spec: ExerciseSpec) -> list[str]:
    """What proves the tests can tell right from wrong: a sealed set (or the reason there is
    none), realistic wrong solutions and an alternative correct one (docs/sealed.md)."""
    problems: list[str] = []
    sealed_by_kind = spec.kind == "tests"  # its hidden bugs are what no file can forge
    if (
        not (spec.path / SEALED_FILE).is_file()
        and spec.pyhero.unsealed is None
        and not sealed_by_kind
    ):
        problems.append(f"{SEALED_FILE}: missing (or say why in .meta/config.json pyhero.unsealed)")
    found = candidates(spec)
    wrong = sum(candidate.kind == WRONG for candidate in found)
    if wrong < _MIN_WRONG:
        problems.append(f".meta/wrong/: {wrong} realistic wrong solutions; {_MIN_WRONG} needed")
    if len(found) - wrong < _MIN_ALTERNATIVES:
        problems.append(".meta/alternatives/: no alternative correct solution")
    return problems


def _reference_sources(exercise: Exercise) -> dict[str, str]:
    spec = exercise.spec
    return {
        solution: (spec.path / reference).read_text(encoding="utf-8")
        for solution, reference in zip(spec.solution_files, spec.reference_files, strict=False)
    }


def _trusted_copy_with_limits(exercise: Exercise, wall_seconds: float, into: Path) -> Path:
    """A copy of the exercise whose limits are tight enough for fast mutant runs."""
    target = into / exercise.slug
    shutil.copytree(exercise.spec.path, target)
    config_path = target / ".meta" / "config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    limits = config.setdefault("pyhero", {}).setdefault("limits", {})
    limits["wall_seconds"] = min(float(limits.get("wall_seconds", 10.0)), wall_seconds)
    limits["cpu_seconds"] = min(float(limits.get("cpu_seconds", 5.0)), wall_seconds)
    config_path.write_text(json.dumps(config), encoding="utf-8")
    return target


def check_exercise(
    exercise: Exercise,
    grader: Grader,
    *,
    mutants: bool = True,
    jobs: int = 2,
    mutant_sample: int = 0,
) -> ExerciseReport:
    """Check one exercise through the real grader.

    ``mutant_sample`` > 0 grades only that many of its mutants, drawn at random with the
    exercise's slug as seed (the same ones on every run); 0 grades them all.
    """
    report = ExerciseReport(exercise.slug, problems=_static_problems(exercise))
    if report.problems:
        return report
    clock = _PhaseClock(report.seconds)
    stub = grader.grade(exercise.spec.path)
    if stub.verdict is Verdict.passed:
        report.problems.append("the stub passes its tests: they prove nothing")
    report.problems.extend(tests_stub_problems(stub))
    report.problems.extend(clean_stub_problems(exercise.spec, stub))
    references = _reference_sources(exercise)
    reference = grader.grade_files(exercise.spec.path, references)
    report.test_count = sum(not is_result_line(test.name) for test in reference.tests)
    if reference.verdict is not Verdict.passed:
        report.problems.append(
            f"the example does not pass ({reference.verdict.value}): {reference.summary()}"
        )
        clock.lap("grading")
        return report
    report.sealed_cases = reference.sealed.cases if reference.sealed else 0
    report.problems.extend(_environment_problems(exercise, grader, references, jobs))
    clock.lap("grading")
    report.candidates = _run_candidates(exercise, grader, jobs)
    clock.lap("candidates")
    report.problems.extend(_candidate_problems(report.candidates))
    if report.test_count < _MIN_TESTS:
        report.problems.append(f"only {report.test_count} tests; at least {_MIN_TESTS} needed")
    if mutants:
        wall = max(2.0, reference.duration_ms / 1000 * 20)
        with tempfile.TemporaryDirectory(prefix="pyhero-mutants-") as scratch:
            trusted = _trusted_copy_with_limits(exercise, wall, Path(scratch))
            if exercise.spec.kind == "tests":
                report.mutants = [
                    MutantOutcome(mutant, name, verdict)
                    for mutant, name, verdict in mutant_verdicts(
                        grader, trusted, exercise.spec, references
                    )
                ]
            else:
                report.mutants = _run_mutants(
                    grader, trusted, references, jobs, sample=mutant_sample, seed=exercise.slug
                )
        clock.lap("mutants")
    return report


class _PhaseClock:
    """Records into ``seconds`` the wall time since the previous lap, under each lap's name."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self._seconds = seconds
        self._last = time.perf_counter()

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self._seconds[phase] = round(now - self._last, 3)
        self._last = now


def _environments(grader: Grader, exercise: Exercise) -> list[JobEnvironment]:
    """Every sealed seed and every time zone, each at least once: seed *i* in zone *i* (a
    diagonal, not the full product; just the zones without a sealed set)."""
    seeds: tuple[int | None, ...] = grader.sealed_seeds(exercise.spec.path) or (None,)
    count = max(len(seeds), len(TIME_ZONES))
    return [
        JobEnvironment(tz=TIME_ZONES[index % len(TIME_ZONES)], seed=seeds[index % len(seeds)])
        for index in range(count)
    ]


def _grade_all(
    grader: Grader,
    trusted: Path,
    work: Sequence[tuple[dict[str, str], JobEnvironment | None]],
    jobs: int,
    *,
    checks: bool = True,
) -> list[GradeResult]:
    """Grade each (files, environment) against ``trusted``, ``jobs`` at a time; results in
    the order given.  ``checks=False``: a make-it-clean exercise on its behaviour alone."""

    def grade(item: tuple[dict[str, str], JobEnvironment | None]) -> GradeResult:
        files, environment = item
        return grader.grade_files(trusted, files, environment=environment, checks=checks)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(grade, work))


def _environment_problems(
    exercise: Exercise, grader: Grader, references: dict[str, str], jobs: int
) -> list[str]:
    """The reference must pass, and agree with itself, with every seed and in every zone."""
    environments = _environments(grader, exercise)
    results = _grade_all(grader, exercise.spec.path, [(references, e) for e in environments], jobs)
    return [
        f"the example does not pass with TZ={environment.tz}, seed {environment.seed}"
        f" ({result.verdict.value}): {result.summary()}"
        for environment, result in zip(environments, results, strict=True)
        if result.verdict is not Verdict.passed
    ]


def _run_candidates(exercise: Exercise, grader: Grader, jobs: int) -> list[CandidateOutcome]:
    """Wrong ones with every seed, alternatives with every seed and in every zone."""
    environments = _environments(grader, exercise)
    seeds = list({environment.seed: environment for environment in environments}.values())
    outcomes = [CandidateOutcome(candidate) for candidate in candidates(exercise.spec)]
    # A wrong one is caught by its first failing test; what it is caught by (the visible
    # tests, or only the sealed set that runs after them) stays known.
    wrong_seeds = [replace(environment, fail_fast=True) for environment in seeds]
    work = [
        (outcome, environment)
        for outcome in outcomes
        for environment in (wrong_seeds if outcome.candidate.kind == WRONG else environments)
    ]
    results = _grade_all(
        grader, exercise.spec.path, [(outcome.candidate.files, env) for outcome, env in work], jobs
    )
    for (outcome, _), result in zip(work, results, strict=True):
        outcome.results.append(result)
    return outcomes


def _candidate_problems(outcomes: list[CandidateOutcome]) -> list[str]:
    problems: list[str] = []
    for outcome in outcomes:
        if outcome.as_expected:
            continue
        candidate = outcome.candidate
        if candidate.kind == WRONG:
            problems.append(
                f"realistic bug .meta/wrong/{candidate.name} passes: {candidate.description}"
            )
        else:
            failing = next(r for r in outcome.results if r.verdict is not Verdict.passed)
            problems.append(
                f"alternative .meta/alternatives/{candidate.name} fails "
                f"({failing.verdict.value}): {failing.summary()}"
            )
    return problems


def _run_mutants(
    grader: Grader,
    trusted: Path,
    references: dict[str, str],
    jobs: int,
    *,
    sample: int = 0,
    seed: str = "",
) -> list[MutantOutcome]:
    work = [
        (name, mutant)
        for name, source in references.items()
        if name.endswith(".py")  # a Dockerfile or a config file has no Python to mutate
        for mutant in generate_mutants(source)
    ]
    if 0 < sample < len(work):
        chosen = sorted(random.Random(seed).sample(range(len(work)), sample))
        work = [work[index] for index in chosen]
    fail_fast = JobEnvironment(fail_fast=True)  # one failing test kills a mutant
    files = [({**references, name: mutant.source}, fail_fast) for name, mutant in work]
    results = _grade_all(grader, trusted, files, jobs, checks=False)  # behaviour only
    return [
        MutantOutcome(mutant, name, result.verdict)
        for (name, mutant), result in zip(work, results, strict=True)
    ]


def check_exercises(
    exercises: Iterable[Exercise],
    grader: Grader,
    *,
    mutants: bool = True,
    jobs: int = 2,
    mutant_sample: int = 0,
    on_done: Callable[[ExerciseReport], None] | None = None,
) -> Sequence[ExerciseReport]:
    reports: list[ExerciseReport] = []
    for exercise in exercises:
        report = check_exercise(
            exercise, grader, mutants=mutants, jobs=jobs, mutant_sample=mutant_sample
        )
        reports.append(report)
        if on_done is not None:
            on_done(report)
    return reports
