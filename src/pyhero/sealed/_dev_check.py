"""The developer runner's work: the reference's cases and observations, then candidates."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyhero.exercise import ExerciseSpec
from pyhero.sealed._compare import (
    GroupOutcome,
    agree,
    compare_runs,
    describe_case,
    describe_observation,
)
from pyhero.sealed._dev_run import (
    DEFAULT_PYTHON,
    Candidate,
    SealedRun,
    TestsRun,
    discover_candidates,
    prepare_run_dir,
    run_sealed,
    run_tests,
)

__all__ = ["Check", "Reference", "Result"]


@dataclass(slots=True)
class Reference:
    """The sealed set as the reference sees it, per seed."""

    cases: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    expected: dict[int, list[Any]] = field(default_factory=dict)
    case_files: dict[int, Path] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Result:
    """One candidate's tests and sealed groups."""

    candidate: Candidate
    tests: TestsRun
    groups: list[GroupOutcome] | None  # None: the exercise has no sealed set
    sealed_problem: str | None = None
    collectors: dict[str, bool] = field(default_factory=dict)
    """Each other collector setting run: whether every sealed case agreed under it."""
    collector_flips: list[str] = field(default_factory=list)
    """Cases whose agreement with the reference changed with the collector setting."""

    @property
    def sealed_agrees(self) -> bool:
        return self.sealed_problem is None and all(g.passed for g in self.groups or ())

    @property
    def passes(self) -> bool:
        """With the interpreter's own collector."""
        return self.tests.passed and self.sealed_agrees

    @property
    def ever_passes(self) -> bool:
        """Under some collector setting."""
        return self.passes or (self.tests.passed and any(self.collectors.values()))

    @property
    def always_passes(self) -> bool:
        """Under every collector setting."""
        return self.passes and all(self.collectors.values())

    @property
    def as_expected(self) -> bool:
        """Wrong ones must never pass; the reference and alternatives must always."""
        if self.candidate.role == "wrong":
            return not self.ever_passes
        return self.always_passes or self.candidate.role == "candidate"


def _unobservable(data: Any) -> bool:
    if isinstance(data, dict):
        return "$unobservable" in data or any(_unobservable(v) for v in data.values())
    return isinstance(data, list) and any(_unobservable(v) for v in data)


@dataclass(frozen=True, slots=True)
class Check:
    """Everything a run of the developer runner shares."""

    spec: ExerciseSpec
    sealed: Path | None
    work: Path
    seeds: Sequence[int]
    zones: Sequence[str]
    timeout: float
    shown: int
    python: tuple[str, ...] = DEFAULT_PYTHON
    """How runs start a module (an exercise environment's interpreter where it has one)."""
    collectors: Sequence[str] = ()
    """Collector settings (``_dev_worker.COLLECTORS``) every sealed run is repeated under."""

    @property
    def default_solution(self) -> str:
        return Path(self.spec.solution_files[0]).stem

    def reference(self) -> Reference:
        """Generate each seed's cases under every zone; the cases and the reference's
        observations must not depend on the zone (nor on the hash seed, random per run)."""
        assert self.sealed is not None
        result = Reference()
        reference = discover_candidates(self.spec)[0]
        for seed in self.seeds:
            runs: list[SealedRun] = []
            texts: list[str] = []
            for zone in self.zones:
                run_dir = self.work / f"reference-{seed}-{zone.replace('/', '-')}"
                prepare_run_dir(run_dir, self.spec, reference)
                cases = run_dir / f"cases-{seed}.json"
                run = self._sealed(run_dir, cases, seed, zone)
                if run.problem is not None:
                    result.problems.append(f"seed {seed}, TZ={zone}: the reference: {run.problem}")
                    return result
                runs.append(run)
                texts.append(cases.read_text(encoding="utf-8"))
                result.case_files.setdefault(seed, cases)
            result.cases[seed] = json.loads(texts[0])
            result.expected[seed] = runs[0].observations
            result.problems += self._zone_problems(seed, texts, runs)
            result.problems += self._collector_problems(seed, result.case_files[seed], runs[0])
        return result

    def _sealed(
        self,
        run_dir: Path,
        cases: Path,
        seed: int | None,
        zone: str,
        collector: str | None = None,
        hash_seed: int | None = None,
    ) -> SealedRun:
        assert self.sealed is not None
        return run_sealed(
            run_dir,
            self.sealed,
            self.default_solution,
            cases,
            seed=seed,
            zone=zone,
            timeout=self.timeout,
            python=self.python,
            collector=collector,
            hash_seed=hash_seed,
        )

    def _collector_problems(self, seed: int, cases: Path, first: SealedRun) -> list[str]:
        """The reference must observe the same under every collector setting (the hash seed
        may differ: the zone runs check that it does not matter)."""
        problems: list[str] = []
        for collector in self.collectors:
            run = self._sealed(cases.parent, cases, None, self.zones[0], collector)
            if run.problem is not None:
                problems.append(f"seed {seed}, collector {collector}: the reference: {run.problem}")
                continue
            if len(run.observations) != len(first.observations):
                problems.append(f"seed {seed}, collector {collector}: the reference ended early")
                continue
            pairs = zip(first.observations, run.observations, strict=True)
            for index, (one, other) in enumerate(pairs):
                if not agree(one, other):
                    problems.append(
                        f"seed {seed}: case {index}: the reference {describe_observation(one)} "
                        f"with the usual collector but {describe_observation(other)} with the "
                        f"collector {collector}"
                    )
                    break
        return problems

    def _zone_problems(self, seed: int, texts: list[str], runs: list[SealedRun]) -> list[str]:
        problems = [
            f"seed {seed}: cases() gives other cases under TZ={zone}"
            for zone, text in zip(self.zones[1:], texts[1:], strict=True)
            if text != texts[0]
        ]
        first = runs[0].observations
        problems += [
            f"seed {seed}: case {index}: the reference's result cannot be observed"
            for index, observation in enumerate(first)
            if _unobservable(observation)
        ]
        for zone, run in zip(self.zones[1:], runs[1:], strict=True):
            for index, (one, other) in enumerate(zip(first, run.observations, strict=True)):
                if not agree(one, other):
                    problems.append(
                        f"seed {seed}: case {index}: the reference {describe_observation(one)} "
                        f"under TZ={self.zones[0]} but {describe_observation(other)} under "
                        f"TZ={zone}"
                    )
                    break
        return problems

    def candidate(self, index: int, candidate: Candidate, reference: Reference | None) -> Result:
        """The candidate's tests, then each seed's cases (under the zones in rotation)."""
        run_dir = self.work / f"candidate-{index}"
        tests = prepare_run_dir(run_dir, self.spec, candidate)
        tests_run = run_tests(run_dir, tests, self.zones[0], self.timeout, self.python)
        if reference is None:
            return Result(candidate, tests_run, None)
        all_cases: list[dict[str, Any]] = []
        expected: list[Any] = []
        actual: dict[str | None, list[Any]] = {None: [], **{c: [] for c in self.collectors}}
        problem = None
        for number, (seed, cases) in enumerate(reference.cases.items()):
            zone = self.zones[number % len(self.zones)]
            # One hash seed for the collector settings: a difference is the collector's.
            hash_seed = random.randrange(2**32) if self.collectors else None
            for collector, observations in actual.items():
                case_file = reference.case_files[seed]
                run = self._sealed(run_dir, case_file, None, zone, collector, hash_seed)
                if run.problem is not None and problem is None:
                    setting = "" if collector is None else f", collector {collector}"
                    problem = f"seed {seed}{setting}: {run.problem}"
                observed = run.observations[: len(cases)]
                observations.extend(observed + [None] * (len(cases) - len(observed)))
            all_cases += cases
            expected += reference.expected[seed]
        groups = compare_runs(all_cases, expected, actual[None], shown=self.shown)
        result = Result(candidate, tests_run, groups, problem)
        for collector in self.collectors:
            usual = [agree(e, a) for e, a in zip(expected, actual[None], strict=True)]
            other = [agree(e, a) for e, a in zip(expected, actual[collector], strict=True)]
            result.collectors[collector] = all(other)
            result.collector_flips += [
                f"{describe_case(all_cases[index])}: "
                f"{'agrees' if usual[index] else 'disagrees'} with the usual collector, "
                f"{'agrees' if other[index] else 'disagrees'} with the collector {collector}"
                for index in range(len(all_cases))
                if usual[index] != other[index]
            ]
        return result
