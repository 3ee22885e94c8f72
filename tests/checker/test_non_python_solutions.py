"""Exercises whose solution is not Python (a Dockerfile): graded, checked, described."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pyhero.checker import ALTERNATIVE, WRONG, candidates, check_exercise
from pyhero.curriculum import Exercise
from pyhero.exercise import candidate_summary, load_exercise_spec
from pyhero.grading import Grader, Verdict

SLIM_IMAGE = Path(__file__).parents[1] / "fixtures" / "non-python" / "slim-image"


@pytest.fixture(scope="module")
def grader() -> Iterator[Grader]:
    with Grader(workers=2) as shared:
        yield shared


def _exercise() -> Exercise:
    spec = load_exercise_spec(SLIM_IMAGE)
    return Exercise(slug=spec.slug, title="Slim image", topic="packaging", difficulty=2, spec=spec)


def test_a_dockerfile_is_graded_with_the_hidden_tests_that_import_the_visible_ones(
    grader: Grader,
) -> None:
    stub = grader.grade(SLIM_IMAGE)
    assert stub.verdict is Verdict.failed
    reference = (SLIM_IMAGE / ".meta" / "Dockerfile").read_text(encoding="utf-8")
    passed = grader.grade_files(SLIM_IMAGE, {"Dockerfile": reference})
    assert passed.verdict is Verdict.passed, passed.summary()
    names = [test.name for test in passed.tests]
    assert names[-1] == "test_the_command_serves_on_the_exposed_port", names
    assert len(names) == 6


def test_the_checker_proves_it_without_mutants(grader: Grader) -> None:
    report = check_exercise(_exercise(), grader, mutants=True)
    assert report.problems == []
    assert report.test_count == 6
    assert report.mutants == [], "nothing to mutate in a Dockerfile"
    assert report.kill_rate is None
    by_name = {outcome.candidate.name: outcome for outcome in report.candidates}
    assert set(by_name) == {"root_user", "shell_command", "full_base_image", "numeric_user"}
    assert all(outcome.as_expected for outcome in by_name.values())


def test_candidates_are_directories_described_by_their_leading_comments() -> None:
    found = {c.name: c for c in candidates(load_exercise_spec(SLIM_IMAGE))}
    assert found["root_user"].kind == WRONG
    assert found["root_user"].description == "Runs as root: no USER instruction."
    assert list(found["root_user"].files) == ["Dockerfile"]
    assert found["shell_command"].description.startswith("Starts the server in shell form")
    assert found["numeric_user"].kind == ALTERNATIVE
    assert found["numeric_user"].description == "A numeric user needs no useradd."


@pytest.mark.parametrize(
    ("name", "source", "summary"),
    [
        ("a.py", '"""Forgets to sort.\n\nMore words."""\nx = 1\n', "Forgets to sort."),
        ("a.py", '"""One\nparagraph\n\nsecond."""\n', "One paragraph"),
        ("a.py", "def broken(:\n", "(does not parse)"),
        ("a.py", "x = 1\n", ""),
        ("Dockerfile", "# syntax=docker/dockerfile:1\n# Root.\n#\n# Why.\nFROM x\n", "Root."),
        ("Dockerfile", "\n# Two\n# lines.\nFROM x\n# later comment\n", "Two lines."),
        ("Dockerfile", "FROM x\n# not leading\n", ""),
        ("nginx.conf", "# escape=`\n# Listens on 80.\n", "Listens on 80."),
        (".vscode/settings.json", "// Absolute path.\n//\n// Why.\n{}\n", "Absolute path."),
        ("launch.json", '\n  // Two\n  // lines.\n{"a": 1} // later\n', "Two lines."),
        ("settings.json", "{\n  // inside the object\n}\n", ""),
        ("settings.json", "# not a JSON comment\n{}\n", ""),
        ("a.jsonc", "// syntax=x: no directive\n{}\n", "syntax=x: no directive"),
        (
            "README.md",
            "<!--\n  No install\n  section.\n\n  Why.\n-->\n# Title\n",
            "No install section.",
        ),
        ("README.md", "\n<!-- One line. -->\n# Title\n", "One line."),
        ("README.md", "# Title\n<!-- not leading -->\n", ""),
        (
            "docs/index.rst",
            ".. Missing toctree.\n   More.\n\n   Why.\n\nTitle\n=====\n",
            "Missing toctree. More.",
        ),
        ("index.rst", ".. toctree::\n   api\n", ""),
        ("index.rst", ".. _target:\n\nTitle\n", ""),
        ("index.rst", "Title\n=====\n\n.. later comment\n", ""),
    ],
)
def test_candidate_summary(name: str, source: str, summary: str) -> None:
    assert candidate_summary(name, source) == summary
