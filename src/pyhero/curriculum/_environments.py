"""The content's exercise environments: each one readable, with the harness's pytest."""

from __future__ import annotations

from pathlib import Path

from pyhero.curriculum._problems import Problem
from pyhero.environments import (
    ENVIRONMENTS_DIR,
    LOCK_FILE,
    EnvironmentsError,
    environment_names,
    load_environment,
)

__all__ = ["check_environments"]


def check_environments(content_dir: Path) -> list[Problem]:
    """One problem per environment that cannot be read or whose lock pins another pytest
    than pyhero's (the grading harness runs inside the environment, on its pytest)."""
    from _pytest._version import version as harness_pytest  # half a millisecond

    problems = []
    for name in environment_names(content_dir):
        source = content_dir / ENVIRONMENTS_DIR / name
        try:
            environment = load_environment(content_dir, name)
        except EnvironmentsError as exc:
            problems.append(Problem(source, name, str(exc).removeprefix(f"{source}/")))
            continue
        locked = environment.version_of("pytest")
        if locked != harness_pytest:
            what = f"pytest {locked}" if locked else "no pytest"
            problems.append(
                Problem(
                    source / LOCK_FILE,
                    "pytest",
                    f"the lock has {what}; the grading harness needs pytest=={harness_pytest} "
                    "(pin it in pyproject.toml and run `uv lock`)",
                )
            )
    return problems
