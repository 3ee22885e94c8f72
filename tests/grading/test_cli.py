"""``pyhero grade`` through typer's CliRunner (local isolation keeps it quick)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pyhero.cli.grade import register

MakeExercise = Callable[..., Path]
runner = CliRunner()
TESTS = "from greet import hi\n\ndef test_hi():\n    print('said hi')\n    assert hi() == 'hi'\n"


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:  # a group, as in pyhero's root app
        pass

    return app


@pytest.fixture
def good(make_exercise: MakeExercise, tmp_path: Path) -> Path:
    files = {"greet.py": "def hi():\n    return 'hi'\n", "greet_test.py": TESTS}
    return make_exercise("greet", files, parent=tmp_path / "good")


@pytest.fixture
def bad(make_exercise: MakeExercise, tmp_path: Path) -> Path:
    files = {"greet.py": "def hi():\n    return 'ho'\n", "greet_test.py": TESTS}
    return make_exercise("greet", files, parent=tmp_path / "bad")


def _grade(app: typer.Typer, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["grade", "--isolation", "local", *args])
    return result.exit_code, result.output


def test_json_for_one_and_for_several(app: typer.Typer, good: Path, bad: Path) -> None:
    code, output = _grade(app, str(good), "--json")
    assert code == 0
    one = json.loads(output)
    assert (one["status"], one["verdict"], one["exercise"]) == ("pass", "passed", "greet")
    code, output = _grade(app, str(bad), str(good), "--json", "--jobs", "2")
    assert code == 0
    several = json.loads(output)
    assert [item["verdict"] for item in several] == ["failed", "passed"]
    assert several[0]["tests"][0]["output"] == "said hi\n"


def test_output_dir_writes_exercism_results(
    app: typer.Typer, good: Path, bad: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert _grade(app, str(good), "--output-dir", str(out))[0] == 0
    single = json.loads((out / "results.json").read_text())
    assert single == {
        "version": 3,
        "status": "pass",
        "tests": [
            {
                "name": "test_hi",
                "status": "pass",
                "test_code": "print('said hi')\nassert hi() == 'hi'",
                "output": "said hi\n",
            }
        ],
    }
    many = tmp_path / "many"
    assert _grade(app, str(good), str(bad), "--output-dir", str(many))[0] == 0
    assert json.loads((many / "greet" / "results.json").read_text())["status"] == "pass"
    assert json.loads((many / "greet-2" / "results.json").read_text())["status"] == "fail"


def test_human_output_shows_failing_tests(app: typer.Typer, bad: Path) -> None:
    code, output = _grade(app, str(bad))
    assert code == 0  # whatever the verdict
    assert "FAILED" in output
    assert "test_hi" in output
    assert "assert 'ho' == 'hi'" in output
    assert "said hi" in output


def test_usage_errors(app: typer.Typer, tmp_path: Path) -> None:
    code, output = _grade(app, str(tmp_path))
    assert code == 2
    assert "not an exercise" in " ".join(output.split())  # long paths wrap the line
    assert runner.invoke(app, ["grade"]).exit_code != 0


HOSTILE = r"""
import os


def hi():
    os.write(1, b"raw \xed\xa0\x80 \xe2\x80\xae \x00 \x1b[2J bytes\n")
    print("printed \u202e \udcff \x07")
    raise ValueError("lone \ud800 nul \x00 bidi \u202e\u2066 escape \x1b]0;title\x07 end")
"""


def test_hostile_text_never_breaks_any_output(
    app: typer.Typer, make_exercise: MakeExercise, tmp_path: Path
) -> None:
    files = {"greet.py": HOSTILE, "greet_test.py": TESTS}
    exercise = make_exercise("greet", files, parent=tmp_path / "hostile")
    out = tmp_path / "out"
    code, human = _grade(app, str(exercise), "--output-dir", str(out))
    assert code == 0, human
    assert "\\u202e" in human
    assert "test_hi" in human
    written = (out / "results.json").read_bytes().decode("utf-8")
    message = json.loads(written)["tests"][0]["message"]
    assert "lone \ufffd nul \\x00 bidi \\u202e\\u2066" in message
    code, as_json = _grade(app, str(exercise), "--json")
    assert code == 0
    assert json.loads(as_json)["tests"][0]["message"] == message
