"""A write-the-tests exercise's configuration: errors name the file and the field."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pyhero.exercise import ExerciseError, load_exercise_spec

FIXTURE = Path(__file__).parents[1] / "fixtures" / "writetests" / "shelf-stock"


def _copy(
    tmp_path: Path, change: dict[str, object], files: dict[str, object] | None = None
) -> Path:
    target = tmp_path / "shelf-stock"
    shutil.copytree(FIXTURE, target)
    path = target / ".meta" / "config.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    config["pyhero"].update(change)
    config["files"].update(files or {})
    path.write_text(json.dumps(config), encoding="utf-8")
    return target


def test_the_fixture_reads_as_a_tests_exercise() -> None:
    spec = load_exercise_spec(FIXTURE)
    assert spec.kind == "tests"
    assert spec.test_files == ()
    assert spec.pyhero.tests is not None
    assert spec.pyhero.tests.module == "shelf.py"


@pytest.mark.parametrize(
    ("change", "files", "expected"),
    [
        ({"kind": "quiz"}, None, "pyhero.kind: Value error, unknown kind 'quiz'"),
        ({"tests": None}, None, '"tests" is required with kind "tests"'),
        ({"kind": "code"}, None, '"tests" is required with kind "tests", and only with it'),
        (
            {"tests": {"module": "shelf.py", "bugs": {}}},
            None,
            "pyhero.tests.bugs: Dictionary should have at least 1 item",
        ),
        (
            {"tests": {"module": "shelf.py", "bugs": {"Bad-Key": "A title"}}},
            None,
            "bug key 'Bad-Key' must be a snake_case file stem",
        ),
        (
            {"tests": {"module": "shelf.py", "bugs": {"missing_file": "A title"}}},
            None,
            "pyhero.tests.bugs.missing_file: .meta/bugs/missing_file.py is missing",
        ),
        (
            {"tests": {"module": "shelf.py", "bugs": {"accepts_zero": "Zero"}, "coverage": 120}},
            None,
            "pyhero.tests.coverage: Input should be less than or equal to 100",
        ),
        (
            {},
            {"editor": []},
            "pyhero.tests.module: shelf.py must be listed in files.editor",
        ),
        ({}, {"test": ["test_shelf.py"]}, "files.test: must be empty"),
        (
            {"tests": {"module": "shelf.py", "bugs": {"accepts_zero": "Zero"}, "conftest": True}},
            None,
            "pyhero.tests.conftest: conftest.py must be a solution file",
        ),
    ],
)
def test_a_broken_configuration_names_the_file_and_the_field(
    tmp_path: Path, change: dict[str, object], files: dict[str, object] | None, expected: str
) -> None:
    with pytest.raises(ExerciseError) as raised:
        load_exercise_spec(_copy(tmp_path, change, files))
    assert "config.json" in str(raised.value)
    assert expected in str(raised.value)


def test_an_ordinary_exercise_still_needs_a_test_file(tmp_path: Path) -> None:
    directory = _copy(tmp_path, {"kind": "code", "tests": None}, {"test": []})
    with pytest.raises(ExerciseError, match="at least one test file is required"):
        load_exercise_spec(directory)
