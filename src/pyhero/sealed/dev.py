"""``python -m pyhero.sealed.dev EXERCISE_DIR [CANDIDATE ...] [--seed N ...]``

The content author's check of a sealed set. It generates the cases with the exercise's
reference solution (under each ``--zone``: a reference whose observations depend on the
local time zone or the hash seed is a content error), then runs every candidate against
them and against the exercise's tests, each in its own child process (``python -I``, the
candidate copied as the solution module into a temporary directory beside the test files).

Candidates default to the reference, everything in ``.meta/wrong/`` (each must fail: the
tests or the sealed set must catch it) and everything in ``.meta/alternatives/`` (each must
pass). With ``--collector``, every sealed run is repeated with the cyclic garbage collector
off and with it running at nearly every allocation: the reference must observe the same,
a wrong one must fail and an alternative pass under each, and the cases whose agreement
changes are listed. Exit status 1 when a wrong one passes, an alternative or the reference
fails, or the sealed set is broken; 2 for a bad command line.

**No sandbox**: candidates run with your rights, like running their tests yourself. This is
an authoring aid; the grader's sandboxed run is the real check.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TextIO

from pyhero.environments import EnvironmentsError
from pyhero.exercise import ExerciseSpec
from pyhero.sealed._dev_check import Check
from pyhero.sealed._dev_report import report, summary
from pyhero.sealed._dev_run import (
    DEFAULT_PYTHON,
    Candidate,
    discover_candidates,
    environment_python,
    explicit_candidate,
)
from pyhero.sealed._dev_worker import COLLECTORS

__all__ = ["main"]

ZONES = ("America/St_Johns", "Australia/Adelaide", "Australia/Lord_Howe")
SEEDS = (1, 2, 3)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m pyhero.sealed.dev",
        description="Check an exercise's sealed set against its reference, wrong and "
        "alternative implementations (no sandbox: an authoring aid).",
    )
    parser.add_argument("exercise", type=Path, help="the exercise directory")
    parser.add_argument("candidates", type=Path, nargs="*", help="solution files to try")
    parser.add_argument("--seed", type=int, action="append", help=f"repeatable (default {SEEDS})")
    parser.add_argument("--zone", action="append", help=f"TZ, repeatable (default {ZONES})")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per child process")
    parser.add_argument("--shown", type=int, default=3, help="failing cases shown per group")
    parser.add_argument("--jobs", type=int, default=2, help="candidates run at once")
    parser.add_argument(
        "--collector",
        action="store_true",
        help="also run every sealed case with the cyclic garbage collector off and eager; "
        "report cases whose outcome depends on when objects are collected",
    )
    return parser.parse_args(argv)


def _candidates(args: argparse.Namespace) -> tuple[Check, list[Candidate]]:
    from pyhero.exercise import SEALED_FILE, ExerciseError, load_exercise_spec

    spec = load_exercise_spec(args.exercise.resolve())
    if not spec.reference_files:
        raise ExerciseError(f"{args.exercise}: no reference solution (files.example)")
    candidates = [explicit_candidate(spec, path) for path in args.candidates]
    sealed = spec.path / SEALED_FILE
    check = Check(
        spec=spec,
        sealed=sealed if sealed.is_file() else None,
        work=Path(),
        seeds=tuple(args.seed or SEEDS),
        zones=tuple(args.zone or ZONES),
        timeout=args.timeout,
        shown=args.shown,
        collectors=COLLECTORS if args.collector else (),
    )
    return check, candidates or discover_candidates(spec)


def _interpreter(spec: ExerciseSpec, work: Path) -> tuple[str, ...]:
    """pyhero's interpreter, or the exercise environment's with the ``pyhero`` package
    reachable through a directory of ``work`` (the environment must be built)."""
    if spec.pyhero.environment is None:
        return DEFAULT_PYTHON
    import pyhero
    from pyhero.environments import Environments

    built = Environments.for_exercise(spec.path).require(spec.pyhero.environment)
    harness = work / ".harness"
    harness.mkdir()
    (harness / "pyhero").symlink_to(Path(pyhero.__file__).resolve().parent)
    return environment_python(built.python, harness)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the check; return the exit status (0 fine, 1 problems, 2 bad command line)."""
    from dataclasses import replace

    from pyhero.exercise import ExerciseError

    out = out if out is not None else sys.stdout
    args = _parse(argv)
    try:
        check, candidates = _candidates(args)
    except (ExerciseError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="pyhero-sealed-dev-") as temporary:
        check = replace(check, work=Path(temporary))
        try:
            check = replace(check, python=_interpreter(check.spec, Path(temporary)))
        except EnvironmentsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        reference = None
        if check.sealed is None:
            print(f"{check.spec.slug}: no .meta/sealed.py, the tests alone decide", file=out)
        else:
            reference = check.reference()
            count = sum(len(cases) for cases in reference.cases.values())
            seeds = ", ".join(map(str, check.seeds))
            print(
                f"{check.spec.slug}: {count} sealed cases from seeds {seeds}; the reference "
                f"observed under TZ={', '.join(check.zones)}",
                file=out,
            )
            for problem in reference.problems:
                print(f"PROBLEM: {problem}", file=out)
            if len(reference.expected) < len(check.seeds):
                return 1
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [
                pool.submit(check.candidate, index, candidate, reference)
                for index, candidate in enumerate(candidates)
            ]
            results = [future.result() for future in futures]
    for result in results:
        print(file=out)
        report(result, out)
    print(f"\n{summary(results)}", file=out)
    broken = reference is not None and bool(reference.problems)
    return 1 if broken or not all(result.as_expected for result in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
