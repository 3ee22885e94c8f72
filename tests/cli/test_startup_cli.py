"""What starting a command imports: the CLI is built without any command's implementation,
and the commands that only show progress leave the heavy parts alone.

How long start-up takes is measured by ``benchmarks/cli_startup.py``, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .cli_learner import run

HEAVY = (
    "alembic",
    "fastapi",
    "httpx",
    "jinja2",
    "pydantic_settings",
    "pyhero.grading",
    "sqlalchemy",
    "structlog",
    "tenacity",
    "uvicorn",
    "watchfiles",
)
"""Never needed to show things: grading, the web app, the full store, logging, the network,
pydantic-settings (pyhero reads its settings itself)."""
NOT_SHOWN = (
    "asyncio",
    "pyhero.progress._team_types",
    "pyhero.workspace._checking",
    "pyhero.workspace._reviewing",
    "pyhero.workspace._watch",
    "rich.progress",
)
"""What ``list`` and ``next`` do not show, and so must not import: asyncio (pydantic-settings
brought it), progress bars (``init``, ``check --all``), team records (the team server), and
grading, reviews and watching (the commands that run them)."""
IMPLEMENTATION = (
    *HEAVY,
    "markdown_it",
    "pydantic_settings",
    "pyhero.checker",
    "pyhero.curriculum",
    "pyhero.progress",
    "pyhero.workspace",
    "rich",
    "yaml",
)
"""What registering the commands must not import."""


def imported_after(*args: str, cwd: Path) -> list[str]:
    """The top two levels of every module imported by running ``pyhero ARGS``."""
    script = (
        "import json, sys\n"
        "from pyhero.cli import main\n"
        f"sys.argv = ['pyhero', *{list(args)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "print(json.dumps(sorted({'.'.join(m.split('.')[:2]) for m in sys.modules})), "
        "file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "100"},
        check=True,
    )
    modules: list[str] = json.loads(done.stderr.splitlines()[-1])
    return modules


def imported_modules(*args: str, cwd: Path) -> set[str]:
    """Every module imported by running ``pyhero ARGS`` (full dotted names)."""
    script = (
        "import json, sys\n"
        "from pyhero.cli import main\n"
        f"sys.argv = ['pyhero', *{list(args)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "100"},
        check=True,
    )
    return set(json.loads(done.stderr.splitlines()[-1]))


def among(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m in packages or m.split(".")[0] in packages]


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["progress", "--help"]])
def test_help_and_version_import_no_command_implementation(
    args: list[str], learner_home: Path
) -> None:
    found = among(imported_after(*args, cwd=learner_home), IMPLEMENTATION)
    if args != ["--version"]:  # typer draws help with rich (and rich's Markdown)
        found = [m for m in found if m.split(".")[0] not in {"rich", "markdown_it"}]
    assert found == []


@pytest.mark.parametrize("args", [["list"], ["next"], ["progress"], ["roadmap"]])
def test_showing_progress_needs_no_sqlalchemy_grader_or_logging(
    args: list[str], learner_home: Path
) -> None:
    assert run("init").exit_code == 0  # a workspace and a store, as a learner has them
    assert among(imported_after(*args, cwd=learner_home / "ws"), HEAVY) == []


@pytest.mark.parametrize("args", [["list"], ["next"]])
def test_listing_and_the_next_exercise_import_only_what_they_show(
    args: list[str], learner_home: Path
) -> None:
    assert run("init").exit_code == 0
    modules = imported_modules(*args, cwd=learner_home / "ws")
    found = sorted(
        m for m in modules for name in NOT_SHOWN if m == name or m.startswith(name + ".")
    )
    assert found == []
