"""flagctl: a feature-flag admin CLI built with typer (see the instructions)."""

import zlib  # noqa: F401  (for bucket)

import typer

VERSION = "1.4.0"

app = typer.Typer(help="Manage the feature flags of a service.", add_completion=False)

# Task 1: a callback with the global --store and --version options, then `create`.
# Task 3: `set-rollout`, `delete` and `list`.
# Task 4: `check`.


def bucket(name: str, user: str) -> int:
    """The user's stable bucket (0-99) for a flag."""
    raise NotImplementedError
