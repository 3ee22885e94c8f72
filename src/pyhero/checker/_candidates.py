"""Hand-written candidates beside the reference: realistic wrong solutions and correct ones.

``.meta/wrong/<name>.py`` holds a realistic wrong implementation (the mistakes learners make),
``.meta/alternatives/<name>.py`` a correct one written another way.  For an exercise with
several solution files, or a solution that is not Python (a ``Dockerfile``), ``<name>`` is
a directory holding them.  The checker grades every
wrong one under each sealed seed (it must never pass) and every alternative under each time
zone and seed (it must always pass); the reference itself is graded the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pyhero.exercise import ExerciseSpec, candidate_summary
from pyhero.grading import GradeResult, Verdict

__all__ = ["ALTERNATIVE", "WRONG", "Candidate", "CandidateOutcome", "candidates"]

WRONG = "wrong"
ALTERNATIVE = "alternative"


@dataclass(frozen=True)
class Candidate:
    """One hand-written solution and what the checker expects of it."""

    kind: str
    name: str
    files: dict[str, str]
    description: str = ""


@dataclass
class CandidateOutcome:
    """How one candidate graded (one result per environment it ran in)."""

    candidate: Candidate
    results: list[GradeResult] = field(default_factory=list)

    @property
    def as_expected(self) -> bool:
        passed = [result.verdict is Verdict.passed for result in self.results]
        if self.candidate.kind == WRONG:
            return not any(passed)
        return bool(passed) and all(passed)

    @property
    def caught_by_sealed_only(self) -> bool:
        """A wrong candidate that passed every visible test: only the sealed set saw it."""
        return self.candidate.kind == WRONG and any(
            all(t.status == "pass" for t in r.tests if not t.name.startswith("sealed: "))
            and r.sealed is not None
            for r in self.results
        )


def _read(spec: ExerciseSpec, path: Path) -> dict[str, str]:
    if path.is_file():
        return {spec.solution_files[0]: path.read_text(encoding="utf-8")}
    return {
        name: (path / name).read_text(encoding="utf-8")
        for name in spec.solution_files
        if (path / name).is_file()
    }


def candidates(spec: ExerciseSpec) -> list[Candidate]:
    """The exercise's wrong and alternative solutions, in name order."""
    found: list[Candidate] = []
    for kind, folder in ((WRONG, "wrong"), (ALTERNATIVE, "alternatives")):
        directory = spec.path / ".meta" / folder
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            if path.name.startswith((".", "_")) or (path.is_file() and path.suffix != ".py"):
                continue
            files = _read(spec, path)
            first, source = next(iter(files.items()), ("", ""))
            found.append(Candidate(kind, path.stem, files, candidate_summary(first, source)))
    return found
