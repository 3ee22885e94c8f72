"""What the CLI tests share: the learner fixture curriculum and a runner for the app."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from pyhero.cli import app

__all__ = ["CONTENT", "run"]

CONTENT = Path(__file__).resolve().parents[1] / "fixtures" / "learner"
_runner = CliRunner()


def run(*args: str) -> Result:
    return _runner.invoke(app, list(args))
