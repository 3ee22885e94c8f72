"""``pyhero list``: filters that accept what ``roadmap`` shows, and a table that stays whole
on an 80-column terminal."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest

from pyhero.cli.workspace import LEVELS, STATUSES
from pyhero.config import default_content_dir
from pyhero.curriculum import Level, load_curriculum
from pyhero.progress import Status

from .cli_learner import EXERCISE_DIRS, ok, run

TOOLING = ["vowel-count"]
BASICS = ["greet-by-name", "sum-of-squares", "call-counter"]


def listed(out: str) -> list[str]:
    return [slug for slug in EXERCISE_DIRS if slug in out]


@pytest.mark.usefixtures("learner_home")
@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ("tooling", TOOLING),
        ("Tooling", TOOLING),
        ("python basics", BASICS),
        ("PYTHON BASICS", BASICS),
        ("2", TOOLING),
        ("01", BASICS),
        ("02-tooling", TOOLING),
    ],
)
def test_a_section_by_slug_title_number_or_directory(section: str, expected: list[str]) -> None:
    assert sorted(listed(ok("list", "--section", section))) == sorted(expected)


@pytest.mark.usefixtures("learner_home")
def test_an_unknown_section_is_an_error_listing_the_sections() -> None:
    result = run("list", "--section", "bogus")
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "Invalid value for '--section': 'bogus' is not a section." in message
    assert "1 basics (Python Basics); 2 tooling (Tooling)" in message


@pytest.mark.usefixtures("learner_home")
@pytest.mark.parametrize("option", ["--status", "--level"])
def test_an_unknown_status_or_level_is_an_error_too(option: str) -> None:
    result = run("list", option, "bogus")
    assert result.exit_code == 2
    assert f"Invalid value for '{option}'" in result.stderr


def test_the_choices_are_the_stores_and_the_curriculums() -> None:
    assert list(typing.get_args(STATUSES)) == [status.value for status in Status]
    assert list(typing.get_args(LEVELS)) == [level.value for level in Level]


def test_every_exercise_is_whole_on_80_columns(
    learner_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYHERO_CONTENT_DIR")  # pyhero's own exercises: long names
    slugs = list(load_curriculum(default_content_dir()).exercises)

    narrow = ok("list", COLUMNS="80")
    wide = ok("list", COLUMNS="200")

    assert max(len(line) for line in narrow.splitlines()) <= 80
    assert "…" not in narrow
    for out in (narrow, wide):
        assert all(slug in out for slug in slugs)
    assert "structured-logging · " in narrow  # topic and level under the exercise
    assert "│ structured-logging " in wide  # a column each
