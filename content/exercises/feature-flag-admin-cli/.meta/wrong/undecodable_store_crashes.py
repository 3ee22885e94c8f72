"""Catches only ``json.JSONDecodeError``: a store that is not UTF-8 crashes with a traceback.

``read_text(encoding="utf-8")`` raises ``UnicodeDecodeError`` before ``json`` sees the
text; the instructions call such a file unusable (status 1, one error line). The visible
tests catch it; so does the sealed set (every unusable content, on every seed).

flagctl: a feature-flag admin CLI built with typer (see the instructions)."""

import contextlib
import enum
import json
import os
import re
import tempfile
import zlib
from pathlib import Path
from typing import Annotated

import typer

VERSION = "1.4.0"

app = typer.Typer(help="Manage the feature flags of a service.", add_completion=False)

NAME_RE = re.compile(r"[a-z][a-z0-9-]{2,39}")


class SortKey(enum.StrEnum):
    name = "name"
    rollout = "rollout"


def bucket(name: str, user: str) -> int:
    """The user's stable bucket (0-99) for a flag."""
    return zlib.crc32(f"{name}:{user}".encode()) % 100


def _check_name(value: str) -> str:
    if not NAME_RE.fullmatch(value):
        raise typer.BadParameter(
            "must be 3-40 lowercase letters, digits or dashes, starting with a letter"
        )
    return value


def _check_owner(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    if not stripped:
        raise typer.BadParameter("must not be blank")
    return stripped


def _version(value: bool) -> None:
    if value:
        typer.echo(f"flagctl {VERSION}")
        raise typer.Exit(0)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _load(ctx: typer.Context) -> dict:
    path = ctx.obj["store"]
    p = Path(path)
    if not p.exists():
        return {}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        _fail(f"{path} is not a valid flag store")
    if not isinstance(data, dict):
        _fail(f"{path} is not a valid flag store")
    return data


def _save(ctx: typer.Context, flags: dict) -> None:
    p = Path(ctx.obj["store"])
    directory = p.parent if str(p.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{p.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(flags, fh, indent=2, sort_keys=True)
            fh.write("\n")
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


NameArg = Annotated[str, typer.Argument(callback=_check_name, help="The flag's name.")]


@app.callback()
def main(
    ctx: typer.Context,
    store: Annotated[
        str, typer.Option("--store", envvar="FLAGCTL_STORE", help="The flag store (JSON).")
    ] = "flags.json",
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    ctx.obj = {"store": store}


@app.command()
def create(
    ctx: typer.Context,
    name: NameArg,
    rollout: Annotated[int, typer.Option(min=0, max=100)] = 0,
    owner: Annotated[str | None, typer.Option(callback=_check_owner)] = None,
) -> None:
    """Add a flag."""
    flags = _load(ctx)
    if name in flags:
        _fail(f"flag {name} already exists")
    flags[name] = {"rollout": rollout, "owner": owner}
    _save(ctx, flags)
    typer.echo(f"created {name} (rollout {rollout}%)")


@app.command("set-rollout")
def set_rollout(
    ctx: typer.Context,
    name: NameArg,
    percent: Annotated[int, typer.Argument(min=0, max=100)],
) -> None:
    """Change a flag's rollout."""
    flags = _load(ctx)
    if name not in flags:
        _fail(f"no flag {name}")
    old = flags[name]["rollout"]
    flags[name]["rollout"] = percent
    _save(ctx, flags)
    typer.echo(f"{name}: {old}% -> {percent}%")


@app.command()
def delete(
    ctx: typer.Context,
    name: NameArg,
    yes: Annotated[bool, typer.Option("--yes", help="Really delete.")] = False,
) -> None:
    """Remove a flag."""
    flags = _load(ctx)
    if name not in flags:
        _fail(f"no flag {name}")
    if not yes:
        _fail(f"pass --yes to delete {name}")
    del flags[name]
    _save(ctx, flags)
    typer.echo(f"deleted {name}")


@app.command("list")
def list_flags(
    ctx: typer.Context,
    min_rollout: Annotated[int, typer.Option("--min-rollout", min=0, max=100)] = 0,
    owner: Annotated[str | None, typer.Option(callback=_check_owner)] = None,
    sort: Annotated[SortKey, typer.Option("--sort")] = SortKey.name,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show flags."""
    flags = _load(ctx)
    rows = [
        (name, spec["rollout"], spec.get("owner"))
        for name, spec in flags.items()
        if spec["rollout"] >= min_rollout and (owner is None or spec.get("owner") == owner)
    ]
    if sort == SortKey.rollout:
        rows.sort(key=lambda r: (-r[1], r[0]))
    else:
        rows.sort(key=lambda r: r[0])
    if as_json:
        typer.echo(json.dumps([{"name": n, "rollout": r, "owner": o} for n, r, o in rows]))
        return
    if not rows:
        typer.echo("no flags")
        return
    for n, r, o in rows:
        typer.echo(f"{n}\t{r}%\t{o if o is not None else '-'}")


@app.command()
def check(ctx: typer.Context, name: NameArg, user: str) -> None:
    """Is the flag on for this user?"""
    flags = _load(ctx)
    if name not in flags:
        _fail(f"no flag {name}")
    if bucket(name, user) < flags[name]["rollout"]:
        typer.echo("on")
    else:
        typer.echo("off")
        raise typer.Exit(3)


if __name__ == "__main__":
    app()
