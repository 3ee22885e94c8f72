"""The developer runner, on a fixture exercise and on the pilot exercises."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pyhero.config import default_content_dir
from pyhero.sealed.dev import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "sealed" / "tiny-median"
PILOTS = [
    "log-timestamp-buckets",
    "bankers-rounding-invoices",
    "retry-and-cleanup-contexts",
    "token-bucket-limiter",
]
FAST = ["--seed", "1", "--zone", "America/St_Johns"]


def check(*argv: str | Path) -> tuple[int, str]:
    out = io.StringIO()
    status = main([str(arg) for arg in argv], out=out)
    return status, out.getvalue()


@pytest.fixture
def exercise(tmp_path: Path) -> Path:
    target = tmp_path / "tiny-median"
    shutil.copytree(FIXTURE, target)
    return target


def test_wrong_ones_are_caught_and_alternatives_agree(exercise: Path) -> None:
    status, text = check(
        exercise, "--seed", "1", "--seed", "2", "--zone", "UTC", "--zone", "Asia/Kathmandu"
    )
    assert status == 0, text
    assert "tiny-median: 62 sealed cases from seeds 1, 2" in text
    unsorted = text.split(".meta/wrong/unsorted.py")[1].split(".meta/wrong/upper_middle.py")[0]
    assert "Forgets to sort" in unsorted
    assert "tests 3/3 pass" in unsorted
    assert "ok, caught by the sealed set only" in unsorted
    assert "median_of [task 1]:" in unsorted
    assert "got:      returned {" in unsorted
    upper = text.split(".meta/wrong/upper_middle.py")[1]
    assert "ok, caught by the tests and the sealed set" in upper
    assert "failing test: tiny_median_test.py::test_even_length" in upper
    assert "alternative  .meta/alternatives/heap_select.py" in text
    assert text.rstrip().endswith(
        "wrong implementations caught: 2/2 (1 by the tests alone); alternatives passing: 1/1"
    )


def test_a_wrong_one_that_passes_fails_the_check(exercise: Path) -> None:
    shutil.copyfile(
        exercise / ".meta" / "example.py", exercise / ".meta" / "wrong" / "not_wrong.py"
    )
    status, text = check(exercise, *FAST)
    assert status == 1
    assert "PROBLEM: it passes" in text.split("not_wrong.py")[1]


def test_an_alternative_that_disagrees_fails_the_check(exercise: Path) -> None:
    shutil.copyfile(
        exercise / ".meta" / "wrong" / "unsorted.py", exercise / ".meta" / "alternatives" / "bad.py"
    )
    status, text = check(exercise, *FAST)
    assert status == 1
    assert "PROBLEM: it fails" in text.split("alternatives/bad.py")[1]


def test_a_reference_that_depends_on_the_time_zone_is_a_content_error(exercise: Path) -> None:
    sealed = exercise / ".meta" / "sealed.py"
    sealed.write_text(
        sealed.read_text(encoding="utf-8").replace(
            'return {"median": result,',
            'import time\n    return {"offset": time.localtime(0).tm_gmtoff, "median": result,',
        ),
        encoding="utf-8",
    )
    status, text = check(exercise, "--seed", "1", "--zone", "UTC", "--zone", "Australia/Lord_Howe")
    assert status == 1
    assert "PROBLEM: seed 1: case 0: the reference returned" in text
    assert "under TZ=UTC but returned" in text
    assert "under TZ=Australia/Lord_Howe" in text


PUT_BACK_BY_A_FINALISER = '''"""Sorts the caller's list in place and leaves a cleaner to put it
back: caught in a cycle, the cleaner runs whenever the collector does."""


class _PutBack:
    def __init__(self, values, original):
        self.values, self.original, self.itself = values, original, self

    def __del__(self):
        self.values[:] = self.original


def median(values):
    if not values:
        raise ValueError("median of an empty list")
    original = list(values)
    values.sort()
    middle = len(values) // 2
    result = values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2
    _PutBack(values, original)
    return result
'''


def test_collector_runs_catch_a_verdict_that_depends_on_when_objects_are_collected(
    exercise: Path,
) -> None:
    wrong = exercise / ".meta" / "wrong" / "put_back_by_a_finaliser.py"
    wrong.write_text(PUT_BACK_BY_A_FINALISER, encoding="utf-8")
    status, text = check(exercise, wrong, "--collector", *FAST)
    assert status == 1, text
    report = text.split("put_back_by_a_finaliser.py")[1]
    assert "PROBLEM: it passes with another collector" in report
    assert "collector off: sealed disagrees" in report
    assert "collector eager: sealed agrees" in report
    assert "disagrees with the usual collector, agrees with the collector eager" in report
    wrong.unlink()
    status, text = check(exercise, "--collector", *FAST)
    assert status == 0, "the reference, wrong ones and alternatives do not depend on it"
    assert "collector eager: sealed agrees" in text.split("alternatives/heap_select.py")[1]


def test_a_broken_sealed_file_is_reported(exercise: Path) -> None:
    (exercise / ".meta" / "sealed.py").write_text(
        "from pyhero.sealed import Case\n\n"
        "def cases(rng):\n    yield Case.call('median', object())\n",
        encoding="utf-8",
    )
    status, text = check(exercise, *FAST)
    assert status == 1
    assert (
        "content error: pyhero.sealed._errors.SealedContentError: sealed.py: case 0 (median)"
        in text
    )


def test_explicit_candidates_and_exercises_without_a_sealed_set(exercise: Path) -> None:
    (exercise / ".meta" / "sealed.py").unlink()
    status, text = check(exercise, exercise / ".meta" / "wrong" / "unsorted.py", *FAST)
    assert status == 1, "the tests alone do not catch it"
    assert "no .meta/sealed.py, the tests alone decide" in text
    assert "PROBLEM: it passes" in text
    assert "reference" not in text.split("the tests alone decide")[1].split("wrong")[0]


def test_bad_command_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    assert "not an exercise" in capsys.readouterr().err
    assert main([str(FIXTURE), str(tmp_path / "nope.py")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("slug", PILOTS)
def test_pilot_exercises_catch_every_wrong_one(slug: str) -> None:
    directory = default_content_dir() / "exercises" / slug
    status, text = check(directory, *FAST)
    assert status == 0, text
    wrong = len(list((directory / ".meta" / "wrong").glob("*.py")))
    alternatives = len(list((directory / ".meta" / "alternatives").glob("*.py")))
    assert wrong >= 3
    assert alternatives >= 1
    assert f"wrong implementations caught: {wrong}/{wrong}" in text
    assert f"alternatives passing: {alternatives}/{alternatives}" in text


def test_a_package_exercise_keeps_its_folders() -> None:
    """Solution files inside a package (``usagebill/__main__.py``) reach the run directory
    with their folders, for the reference and for a candidate directory."""
    directory = default_content_dir() / "exercises" / "usage-billing-package"
    candidate = directory / ".meta" / "wrong" / "absolute_self_imports"
    status, text = check(directory, candidate, *FAST)
    assert status == 0, text
    assert "tests 33/33 pass, sealed" not in text
    assert "wrong implementations caught: 1/1" in text


def test_a_fixed_hash_seed_reaches_the_sealed_run(exercise: Path, tmp_path: Path) -> None:
    """The collector settings of one candidate share a hash seed: what differs between them
    is the collector's doing, not ``set`` or ``hash()`` order."""
    from pyhero.exercise import load_exercise_spec
    from pyhero.sealed._dev_run import Candidate, prepare_run_dir, run_sealed

    hashing = exercise / ".meta" / "hashing.py"
    hashing.write_text("def median(values):\n    return hash('median') % 10**6\n")
    spec = load_exercise_spec(exercise)
    candidate = Candidate("hashing", "candidate", {"tiny_median.py": hashing})
    prepare_run_dir(tmp_path / "run", spec, candidate)
    sealed = exercise / ".meta" / "sealed.py"
    cases = tmp_path / "run" / "cases.json"
    seen = [
        run_sealed(
            tmp_path / "run", sealed, "tiny_median", cases, seed=1 if n == 0 else None,
            zone="UTC", timeout=60, collector=collector, hash_seed=12345,
        ).observations[0]
        for n, collector in enumerate((None, "off", "eager"))
    ]  # fmt: skip
    expected = subprocess.run(
        [sys.executable, "-c", "print(hash('median') % 10**6)"],
        env={"PYTHONHASHSEED": "12345"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert seen == [{"$returned": {"$dict": [["median", int(expected)], ["unchanged", True]]}}] * 3


def test_the_run_directory_has_the_files_the_tests_read(tmp_path: Path) -> None:
    """As in the grader: ``files.editor`` (in their folders) beside the candidate, the
    exercise's own copy only where the candidate has none."""
    from pyhero.exercise import load_exercise_spec
    from pyhero.sealed._dev_run import Candidate, prepare_run_dir

    spec = load_exercise_spec(default_content_dir() / "exercises" / "ingest-cli-readme")
    readme = tmp_path / "README.md"
    readme.write_text("# ingestd\n")
    candidate = Candidate("mine", "candidate", {"ingestd/README.md": readme})
    tests = prepare_run_dir(tmp_path / "run", spec, candidate)
    run = tmp_path / "run"
    assert tests == ["ingest_cli_readme_test.py"]
    assert (run / "ingestd" / "README.md").read_text() == "# ingestd\n"
    for name in spec.editor_files:
        assert (run / name).read_bytes() == (spec.path / name).read_bytes(), name
