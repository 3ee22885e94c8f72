"""The ``kind`` and ``quality`` keys of ``.meta/config.json``: meaning and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pyhero.exercise import ExerciseError, load_exercise_spec
from pyhero.quality import MYPY_STRICT_FLAGS, QualityKeys


def write(tmp_path: Path, pyhero: dict[str, object]) -> Path:
    root = tmp_path / "tidy-up"
    (root / ".meta").mkdir(parents=True)
    config = {"files": {"solution": ["tidy_up.py"], "test": ["tidy_up_test.py"]}, "pyhero": pyhero}
    (root / ".meta" / "config.json").write_text(json.dumps(config), encoding="utf-8")
    return root


def error(tmp_path: Path, pyhero: dict[str, object]) -> str:
    with pytest.raises(ExerciseError) as caught:
        load_exercise_spec(write(tmp_path, pyhero))
    return str(caught.value)


def test_an_ordinary_exercise_has_the_code_kind(tmp_path: Path) -> None:
    spec = load_exercise_spec(write(tmp_path, {}))
    assert spec.pyhero.kind == "code"
    assert spec.pyhero.quality is None


def test_a_clean_exercise_resolves_the_index_plugins_to_ruff_rules(tmp_path: Path) -> None:
    quality = {
        "mypy": {"flags": ["warn_unreachable"]},
        "ruff": {"select": ["flake8-builtins", "flake8-bugbear-mutable-defaults", "SIM", "A"]},
        "format": True,
        "line_length": 99,
    }
    spec = load_exercise_spec(
        write(tmp_path, {"kind": "clean", "environment": "quality", "quality": quality})
    )
    keys = spec.pyhero.quality
    assert keys is not None
    assert keys.ruff is not None
    assert keys.ruff.select == ("A", "B006", "B008", "SIM")
    assert keys.mypy is not None
    assert keys.mypy.options() == (*MYPY_STRICT_FLAGS, "warn_unreachable")
    assert keys.to_job()["line_length"] == 99


@pytest.mark.parametrize(
    ("pyhero", "expected"),
    [
        ({"kind": "tests-first"}, "pyhero.kind: Value error, unknown kind 'tests-first'"),
        ({"kind": "clean", "environment": "quality"}, "'quality' is required for kind 'clean'"),
        ({"quality": {"format": True}}, "'quality' is required for kind 'clean', and only for it"),
        (
            {"kind": "clean", "quality": {"format": True}},
            "names the environment its tools come from",
        ),
        (
            {"kind": "clean", "environment": "quality", "quality": {}},
            "pyhero.quality: Value error, names no check",
        ),
        (
            {"kind": "clean", "environment": "quality", "quality": {"ruff": {"select": ["E 501"]}}},
            "pyhero.quality.ruff.select: Value error, 'E 501' is neither a ruff rule",
        ),
        (
            {"kind": "clean", "environment": "quality", "quality": {"mypy": {"flags": ["strict"]}}},
            "pyhero.quality.mypy.flags: Value error, unknown mypy flag(s) strict",
        ),
        (
            {"kind": "clean", "environment": "quality", "quality": {"format": True, "lint": 1}},
            "pyhero.quality.lint: Extra inputs are not permitted",
        ),
    ],
)
def test_bad_keys_name_the_file_and_the_field(
    tmp_path: Path, pyhero: dict[str, object], expected: str
) -> None:
    message = error(tmp_path, pyhero)
    assert message.startswith(str(tmp_path / "tidy-up" / ".meta" / "config.json"))
    assert expected in message


def test_without_mypy_the_job_runs_no_mypy() -> None:
    job = QualityKeys(format=True).to_job()
    assert job["mypy"] is None
    assert job["ruff_select"] is None
    assert job["format"] is True


def test_the_docstring_convention_reaches_the_job_and_the_command() -> None:
    keys = QualityKeys.model_validate({"ruff": {"select": ["D"], "convention": "numpy"}})
    assert keys.to_job()["ruff_convention"] == "numpy"
    title, command = keys.commands(["export.py"])["ruff"]
    assert title == "ruff check --select D --config \"lint.pydocstyle.convention = 'numpy'\""
    assert command.endswith("--config \"lint.pydocstyle.convention = 'numpy'\" export.py")
    assert (
        QualityKeys.model_validate({"ruff": {"select": ["D"]}}).to_job()["ruff_convention"] is None
    )
    with pytest.raises(ValueError, match="convention"):
        QualityKeys.model_validate({"ruff": {"select": ["D"], "convention": "sphinx"}})
