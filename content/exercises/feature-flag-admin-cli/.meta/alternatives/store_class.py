"""A FlagStore class owns the file; names are checked at the top of each command.

The commands validate the flag name themselves (``typer.BadParameter`` raised before the
store is touched is still a usage error), sort with a ``(-rollout, name)`` key and write
the store in creation order.
"""

import json
import re
import zlib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

VERSION = "1.4.0"

app = typer.Typer(add_completion=False)


class SortBy(Enum):
    NAME = "name"
    ROLLOUT = "rollout"


def bucket(name: str, user: str) -> int:
    return zlib.crc32((name + ":" + user).encode("utf-8")) % 100


def check_name(name: str) -> None:
    if not re.fullmatch(r"[a-z][a-z0-9-]*", name) or not 3 <= len(name) <= 40:
        raise typer.BadParameter(f"{name!r} is not a valid flag name", param_hint="'NAME'")


def clean_owner(owner: str | None) -> str | None:
    if owner is not None and not owner.strip():
        raise typer.BadParameter("blank owner", param_hint="'--owner'")
    return owner.strip() if owner is not None else None


def die(message: str) -> None:
    typer.echo("error: " + message, err=True)
    raise typer.Exit(1)


@dataclass
class FlagStore:
    path: str
    flags: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def open(cls, path: str) -> "FlagStore":
        file = Path(path)
        if not file.exists():
            return cls(path)
        try:
            flags = json.loads(file.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            flags = None
        if type(flags) is not dict:
            die(f"{path} is not a valid flag store")
        return cls(path, flags)

    def get(self, name: str) -> dict[str, Any]:
        if name not in self.flags:
            die(f"no flag {name}")
        return self.flags[name]

    def save(self) -> None:
        Path(self.path).write_text(json.dumps(self.flags), encoding="utf-8")


def version_callback(show: bool) -> None:
    if show:
        typer.echo("flagctl " + VERSION)
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    store: str = typer.Option("flags.json", "--store", envvar="FLAGCTL_STORE"),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=version_callback),
) -> None:
    ctx.obj = store


@app.command()
def create(
    ctx: typer.Context,
    name: str,
    rollout: int = typer.Option(0, min=0, max=100),
    owner: str | None = typer.Option(None),
) -> None:
    check_name(name)
    owner = clean_owner(owner)
    store = FlagStore.open(ctx.obj)
    if name in store.flags:
        die(f"flag {name} already exists")
    store.flags[name] = {"rollout": rollout, "owner": owner}
    store.save()
    typer.echo(f"created {name} (rollout {rollout}%)")


@app.command(name="set-rollout")
def set_rollout(
    ctx: typer.Context, name: str, percent: int = typer.Argument(..., min=0, max=100)
) -> None:
    check_name(name)
    store = FlagStore.open(ctx.obj)
    flag = store.get(name)
    old = flag["rollout"]
    flag["rollout"] = percent
    store.save()
    typer.echo(f"{name}: {old}% -> {percent}%")


@app.command()
def delete(ctx: typer.Context, name: str, yes: bool = typer.Option(False, "--yes")) -> None:
    check_name(name)
    store = FlagStore.open(ctx.obj)
    store.get(name)
    if not yes:
        die(f"pass --yes to delete {name}")
    store.flags.pop(name)
    store.save()
    typer.echo(f"deleted {name}")


@app.command(name="list")
def show(
    ctx: typer.Context,
    min_rollout: Annotated[int, typer.Option("--min-rollout", min=0, max=100)] = 0,
    owner: Annotated[str | None, typer.Option("--owner")] = None,
    sort: Annotated[SortBy, typer.Option("--sort")] = SortBy.NAME,
    json_output: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    owner = clean_owner(owner)
    store = FlagStore.open(ctx.obj)
    chosen = [
        (name, flag["rollout"], flag["owner"])
        for name, flag in store.flags.items()
        if flag["rollout"] >= min_rollout and owner in (None, flag["owner"])
    ]
    if sort == SortBy.ROLLOUT:
        chosen.sort(key=lambda row: (-row[1], row[0]))
    else:
        chosen.sort()
    if json_output:
        rows = [{"name": n, "rollout": r, "owner": o} for n, r, o in chosen]
        typer.echo(json.dumps(rows, indent=2))
    elif chosen:
        typer.echo("\n".join(f"{n}\t{r}%\t{o if o else '-'}" for n, r, o in chosen))
    else:
        typer.echo("no flags")


@app.command()
def check(ctx: typer.Context, name: str, user: str) -> None:
    check_name(name)
    flag = FlagStore.open(ctx.obj).get(name)
    on = bucket(name, user) < flag["rollout"]
    typer.echo("on" if on else "off")
    if not on:
        raise typer.Exit(code=3)
