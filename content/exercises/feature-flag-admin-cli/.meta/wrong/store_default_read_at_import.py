"""Reads ``FLAGCTL_STORE`` once, when the module is imported.

``default=os.environ.get("FLAGCTL_STORE", "flags.json")`` is evaluated at import time, so
a variable set later (by the test runner, by a wrapper script that imports the app) is
ignored and everything lands in ``flags.json``. typer's ``envvar=`` reads it on every run.
The visible tests set the variable per invocation.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["VERSION", "app", "bucket"]

VERSION = "1.4.0"
NAME_PATTERN = re.compile(r"[a-z][a-z0-9-]{2,39}")

app = typer.Typer(help="Manage the feature flags of a service.", add_completion=False)

Store = dict[str, dict[str, Any]]


class Sort(StrEnum):
    """How ``list`` orders the flags."""

    name = "name"
    rollout = "rollout"


class StoreError(Exception):
    """The flag store file cannot be used."""


def _valid_name(value: str) -> str:
    if NAME_PATTERN.fullmatch(value) is None:
        raise typer.BadParameter(
            "3 to 40 characters: lowercase letters, digits and dashes, starting with a letter"
        )
    return value


def _valid_owner(value: str | None) -> str | None:
    if value is None:
        return None
    owner = value.strip()
    if not owner:
        raise typer.BadParameter("must not be blank")
    return owner


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"flagctl {VERSION}")
        raise typer.Exit


FlagName = Annotated[str, typer.Argument(callback=_valid_name, help="The flag's name.")]


def bucket(name: str, user: str) -> int:
    """The user's stable bucket (0-99) for a flag."""
    return zlib.crc32(f"{name}:{user}".encode()) % 100


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=1)


def _load(path: str) -> Store:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        text = ""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise _fail(f"{path} is not a valid flag store")
    return data


def _save(path: str, flags: Store) -> None:
    Path(path).write_text(json.dumps(flags, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _existing(flags: Store, name: str) -> dict[str, Any]:
    flag = flags.get(name)
    if flag is None:
        raise _fail(f"no flag {name}")
    return flag


@app.callback()
def main(
    ctx: typer.Context,
    store: Annotated[str, typer.Option("--store", help="The JSON flag store.")] = os.environ.get(
        "FLAGCTL_STORE", "flags.json"
    ),
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Manage the feature flags of a service."""
    ctx.obj = store


@app.command()
def create(
    ctx: typer.Context,
    name: FlagName,
    rollout: Annotated[int, typer.Option(min=0, max=100, help="Percent of users.")] = 0,
    owner: Annotated[str | None, typer.Option(callback=_valid_owner, help="Owning team.")] = None,
) -> None:
    """Create a flag."""
    flags = _load(ctx.obj)
    if name in flags:
        raise _fail(f"flag {name} already exists")
    flags[name] = {"rollout": rollout, "owner": owner}
    _save(ctx.obj, flags)
    typer.echo(f"created {name} (rollout {rollout}%)")


@app.command("set-rollout")
def set_rollout(
    ctx: typer.Context,
    name: FlagName,
    percent: Annotated[int, typer.Argument(min=0, max=100, help="Percent of users.")],
) -> None:
    """Change a flag's rollout percentage."""
    flags = _load(ctx.obj)
    flag = _existing(flags, name)
    before, flag["rollout"] = flag["rollout"], percent
    _save(ctx.obj, flags)
    typer.echo(f"{name}: {before}% -> {percent}%")


@app.command()
def delete(
    ctx: typer.Context,
    name: FlagName,
    yes: Annotated[bool, typer.Option("--yes", help="Really delete.")] = False,
) -> None:
    """Delete a flag (needs --yes)."""
    flags = _load(ctx.obj)
    _existing(flags, name)
    if not yes:
        raise _fail(f"pass --yes to delete {name}")
    del flags[name]
    _save(ctx.obj, flags)
    typer.echo(f"deleted {name}")


@app.command("list")
def list_flags(
    ctx: typer.Context,
    min_rollout: Annotated[int, typer.Option(min=0, max=100)] = 0,
    owner: Annotated[str | None, typer.Option(callback=_valid_owner)] = None,
    sort: Sort = Sort.name,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List flags, by name or by rollout (highest first, ties by name)."""
    flags = _load(ctx.obj)
    rows = [
        {"name": name, "rollout": flag["rollout"], "owner": flag["owner"]}
        for name, flag in sorted(flags.items())
        if flag["rollout"] >= min_rollout and (owner is None or flag["owner"] == owner)
    ]
    if sort is Sort.rollout:
        rows.sort(key=lambda row: -row["rollout"])
    if as_json:
        typer.echo(json.dumps(rows))
        return
    for row in rows:
        typer.echo(f"{row['name']}\t{row['rollout']}%\t{row['owner'] or '-'}")
    if not rows:
        typer.echo("no flags")


@app.command()
def check(ctx: typer.Context, name: FlagName, user: str) -> None:
    """Print on/off for a user; exit status 3 when off."""
    flag = _existing(_load(ctx.obj), name)
    if bucket(name, user) < flag["rollout"]:
        typer.echo("on")
        return
    typer.echo("off")
    raise typer.Exit(code=3)
