"""A bad ``PYHERO_*`` value stops every command with one line naming it, exit status 2."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main
from typer.core import TyperGroup

from pyhero import __version__
from pyhero.cli import app

from .cli_learner import CONTENT, run

BAD_PORT = "pyhero: PYHERO_PORT='99999' is invalid: input should be less than or equal to 65535."
IMPORT_FILE = "progress.json"
ARGUMENTS: dict[str, list[str]] = {
    "roadmap": [],
    "topic": ["variables"],
    "search": ["names"],
    "serve": [],
    "init": [],
    "list": [],
    "next": [],
    "check": ["greet-by-name"],
    "watch": [],
    "hint": ["greet-by-name"],
    "reset": ["greet-by-name"],
    "solution": ["greet-by-name"],
    "grade": [str(CONTENT / "exercises" / "greet-by-name")],
    "content validate": [],
    "content check": [],
    "content links": [],
    "progress": [],
    "progress export": [],
    "progress import": [IMPORT_FILE],
    "review": [],
    "review start": ["topic/variables"],
    "review check": ["exercise/greet-by-name"],
    "review watch": ["exercise/greet-by-name"],
    "review rate": ["topic/variables", "good"],
    "review give-up": ["exercise/greet-by-name"],
    "read": ["variables"],
    "quiz": ["variables"],
    "team create-admin": ["root"],
    "team create-cohort": ["onboarding", "--mentor", "root"],
    "team invite": [],
    "team reset-password": ["root"],
    "team set-role": ["root", "mentor"],
    "team users": [],
    "worker": [],
    "env list": [],
    "env sync": ["qol"],
    "env prune": [],
}
"""Every command that reads settings, with arguments that get it that far."""
HELP_ONLY_GROUPS = {"content", "env", "team"}


def command_paths(group: TyperGroup, prefix: str = "") -> Iterator[str]:
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if isinstance(command, TyperGroup):
            if path not in HELP_ONLY_GROUPS:
                yield path  # a group that does something of its own when run bare
            yield from command_paths(command, prefix=f"{path} ")
        else:
            yield path


@pytest.fixture
def bad_port(learner_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (learner_home / IMPORT_FILE).write_text("{}")
    monkeypatch.setenv("PYHERO_PORT", "99999")
    return learner_home


def test_the_list_covers_every_command() -> None:
    root = typer.main.get_command(app)
    assert isinstance(root, TyperGroup)
    assert sorted(command_paths(root)) == sorted(ARGUMENTS)


@pytest.mark.usefixtures("bad_port")
@pytest.mark.parametrize("command", list(ARGUMENTS))
def test_every_command_names_the_variable_in_one_line(command: str) -> None:
    result = run(*command.split(), *ARGUMENTS[command])
    assert (result.exit_code, result.stdout) == (2, ""), result.output
    assert result.stderr.splitlines() == [BAD_PORT]


def test_the_installed_command_prints_no_traceback(bad_port: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from pyhero.cli import main; main()", "list"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYHERO_PORT": "99999"},
        cwd=bad_port,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", BAD_PORT + "\n")


def test_help_and_version_do_not_need_the_settings(bad_port: Path) -> None:
    assert run("--version").stdout == f"pyhero {__version__}\n"
    assert "list" in run("--help").stdout
