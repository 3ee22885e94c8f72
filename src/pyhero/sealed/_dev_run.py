"""Running one candidate of an exercise in child processes: its sealed cases and its tests."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pyhero.exercise import ExerciseSpec, candidate_summary

__all__ = [
    "DEFAULT_PYTHON",
    "Candidate",
    "SealedRun",
    "TestsRun",
    "discover_candidates",
    "environment_python",
    "explicit_candidate",
    "prepare_run_dir",
    "run_sealed",
    "run_tests",
]

Role = Literal["reference", "wrong", "alternative", "candidate"]
_FOLDERS: tuple[tuple[str, Role], ...] = (("wrong", "wrong"), ("alternatives", "alternative"))
_OUTPUT_KEPT = 2000


@dataclass(frozen=True, slots=True)
class Candidate:
    """An implementation to try: its solution files (name in the exercise -> source)."""

    label: str
    role: Role
    files: dict[str, Path]

    def summary(self) -> str:
        """The first paragraph of the first file's docstring or leading comments (the
        mistake it makes)."""
        name, path = next(iter(self.files.items()))
        return candidate_summary(name, path.read_text(encoding="utf-8", errors="replace"))


def _candidate(spec: ExerciseSpec, path: Path, role: Role) -> Candidate:
    label = os.path.relpath(path, spec.path)
    if path.is_dir():
        files = {name: path / name for name in spec.solution_files}
        missing = [name for name, source in files.items() if not source.is_file()]
        if missing:
            raise ValueError(f"{label}: lacks {', '.join(missing)}")
        return Candidate(label, role, files)
    if len(spec.solution_files) != 1:
        raise ValueError(
            f"{label}: {spec.slug} has several solution files, a candidate is a directory "
            f"holding {', '.join(spec.solution_files)}"
        )
    if not path.is_file():
        raise ValueError(f"{label}: no such file")
    return Candidate(label, role, {spec.solution_files[0]: path})


def discover_candidates(spec: ExerciseSpec) -> list[Candidate]:
    """The reference, then ``.meta/wrong/*`` and ``.meta/alternatives/*`` (sorted)."""
    pairs = zip(spec.solution_files, spec.reference_files, strict=True)
    found = [Candidate("reference", "reference", {name: spec.path / ref for name, ref in pairs})]
    for folder, role in _FOLDERS:
        directory = spec.path / ".meta" / folder
        if directory.is_dir():
            for path in sorted(directory.iterdir()):
                if path.name.startswith((".", "__")) or (path.is_file() and path.suffix != ".py"):
                    continue
                found.append(_candidate(spec, path, role))
    return found


def explicit_candidate(spec: ExerciseSpec, path: Path) -> Candidate:
    """A candidate named on the command line; its role follows where it lives."""
    resolved = path.resolve()
    role: Role = "candidate"
    for folder, folder_role in _FOLDERS:
        if resolved.parent == (spec.path / ".meta" / folder).resolve():
            role = folder_role
    return _candidate(spec, resolved, role)


def prepare_run_dir(run_dir: Path, spec: ExerciseSpec, candidate: Candidate) -> list[str]:
    """Copy the candidate as the solution, the files the tests read (``files.editor`` and
    the other top-level files, as the grader gives them) and the tests (visible, then hidden)
    into ``run_dir``; return the test files."""
    from pyhero.grading._workdir import support_files

    run_dir.mkdir(parents=True)
    tests = [*spec.test_files, *spec.hidden_test_files]
    given = [name for name in spec.editor_files if name not in candidate.files]
    given += support_files(spec)
    copies = [
        *candidate.files.items(),
        *((name, spec.path / name) for name in (*given, *tests)),
    ]
    for name, source in copies:
        (run_dir / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, run_dir / name)
    return tests


def _environment(run_dir: Path, zone: str, hash_seed: int | None) -> dict[str, str]:
    home = run_dir.parent / f".home-{run_dir.name}"
    home.mkdir(exist_ok=True)
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(home),
        "LANG": "C.UTF-8",
        "TZ": zone,
    }
    if hash_seed is not None:
        environment["PYTHONHASHSEED"] = str(hash_seed)
    return environment


def _with_hash_seed(command: list[str]) -> list[str]:
    """``-I`` reads no ``PYTHON*`` variable: ``-s -P`` keep its isolation in the clean
    environment of :func:`_environment`, and let ``PYTHONHASHSEED`` through."""
    return [part for arg in command for part in (("-s", "-P") if arg == "-I" else (arg,))]


@dataclass(slots=True)
class _Process:
    returncode: int | None
    output: str


def _run(
    command: list[str], run_dir: Path, zone: str, timeout: float, hash_seed: int | None = None
) -> _Process:
    """Run in its own session; on timeout the whole group is killed (``returncode`` None).
    The hash seed is random unless ``hash_seed`` is given."""
    if hash_seed is not None:
        command = _with_hash_seed(command)
    with subprocess.Popen(
        command,
        cwd=run_dir,
        env=_environment(run_dir, zone, hash_seed),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    ) as process:
        try:
            out, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, _ = process.communicate()
            return _Process(None, out.decode("utf-8", "replace")[-_OUTPUT_KEPT:])
    return _Process(process.returncode, out.decode("utf-8", "replace")[-_OUTPUT_KEPT:])


@dataclass(slots=True)
class TestsRun:
    """The exercise's tests against a candidate."""

    total: int = 0
    failing: list[str] = field(default_factory=list)
    problem: str | None = None  # timeout, crash, collection error
    output: str = ""

    @property
    def passed(self) -> bool:
        return self.problem is None and self.total > 0 and not self.failing


DEFAULT_PYTHON = (sys.executable, "-I", "-m")
"""How the runner starts a module: pyhero's interpreter, isolated."""
_ENVIRONMENT_BOOT = (
    "import runpy, sys; sys.path.insert(0, {harness!r}); "
    "runpy.run_module(sys.argv.pop(1), run_name='__main__', alter_sys=True)"
)


def environment_python(python: Path, harness: Path) -> tuple[str, ...]:
    """How the runner starts a module in an exercise environment's interpreter: ``harness``
    is a directory holding (a link to) the ``pyhero`` package and nothing else."""
    return (str(python), "-I", "-c", _ENVIRONMENT_BOOT.format(harness=str(harness)))


def run_tests(
    run_dir: Path,
    tests: list[str],
    zone: str,
    timeout: float,
    python: Sequence[str] = DEFAULT_PYTHON,
) -> TestsRun:
    """pytest on ``tests`` in a child ``python -I``: no ini file, no cache, no plugin but
    the report writer."""
    report = run_dir / ".tests.json"
    command = [
        *python, "pytest", "-q", "-p", "no:cacheprovider", "-c", os.devnull,
        "--rootdir", str(run_dir), "-p", "pyhero.sealed._dev_pytest",
        f"--sealed-dev-report={report}", "-W", "ignore::pytest.PytestUnknownMarkWarning", *tests,
    ]  # fmt: skip
    process = _run(command, run_dir, zone, timeout)
    if process.returncode is None:
        return TestsRun(problem=f"timed out after {timeout:g} s", output=process.output)
    if not report.is_file():
        return TestsRun(problem=f"pytest exited with {process.returncode}", output=process.output)
    outcomes: dict[str, str] = json.loads(report.read_text(encoding="utf-8"))["outcomes"]
    failing = [name for name, outcome in outcomes.items() if outcome != "passed"]
    result = TestsRun(len(outcomes), failing, None, process.output)
    if not outcomes:
        result.problem = "no test was collected"
    elif process.returncode not in (0, 1):
        result.problem = f"pytest exited with {process.returncode}"
    return result


@dataclass(slots=True)
class SealedRun:
    """One candidate's observations for one seed's cases (``None``: not observed)."""

    observations: list[Any] = field(default_factory=list)
    problem: str | None = None
    content_error: bool = False
    output: str = ""


def run_sealed(
    run_dir: Path,
    sealed: Path,
    default_solution: str,
    cases: Path,
    *,
    seed: int | None,
    zone: str,
    timeout: float,
    python: Sequence[str] = DEFAULT_PYTHON,
    collector: str | None = None,
    hash_seed: int | None = None,
) -> SealedRun:
    """The sealed cases in a child ``python -I``; with ``seed``, generate them into
    ``cases`` first (the reference run); ``collector`` is one of the worker's
    ``COLLECTORS`` (default: the interpreter's own collector); ``hash_seed`` fixes
    ``PYTHONHASHSEED`` (default: random)."""
    name = cases.stem if collector is None else f"{cases.stem}-collector-{collector}"
    observations = run_dir / f".observations-{name}.jsonl"
    job = run_dir / f".job-{name}.json"
    job.write_text(
        json.dumps(
            {
                "run_dir": str(run_dir),
                "sealed": str(sealed),
                "default_solution": default_solution,
                "seed": seed,
                "cases": str(cases),
                "observations": str(observations),
                "collector": collector,
            }
        ),
        encoding="utf-8",
    )
    command = [*python, "pyhero.sealed._dev_worker", str(job)]
    process = _run(command, run_dir, zone, timeout, hash_seed)
    result = SealedRun(output=process.output)
    lines = observations.read_text(encoding="utf-8").splitlines() if observations.is_file() else []
    for line in lines:
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            break  # the last line, cut by a dying process
        if isinstance(data, dict) and "error" in data:
            result.problem = f"{data['error']} error: {data['detail']}"
            result.content_error = data["error"] == "content"
            return result
        result.observations.append(data)
    if process.returncode is None:
        result.problem = f"timed out after {timeout:g} s"
    elif process.returncode != 0:
        result.problem = f"the run ended with status {process.returncode}"
    return result
