"""pyhero's typer classes: every app, group and command of the CLI is built from these.

- Flags show no value type in help (``--all`` rather than ``--all <bool>``).
- A :class:`~pyhero.config.SettingsError` raised by any command ends it with one line per
  bad ``PYHERO_*`` variable and exit status 2 (a usage error), never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

__all__ = ["Command", "Group", "Typer"]


def _without_flag_types(params: list[Any]) -> list[Any]:
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""  # the help shows the metavar instead of the type
    return params


class Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _without_flag_types(super().get_params(ctx))


class Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _without_flag_types(super().get_params(ctx))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ValueError as exc:  # a SettingsError is one; not imported before it is needed
            from pyhero.config import SettingsError

            if not isinstance(exc, SettingsError):
                raise
            typer.echo(f"pyhero: {exc}".replace("\n", "\npyhero: "), err=True)
            ctx.exit(2)


class Typer(typer.Typer):
    """A typer app whose groups and commands are pyhero's :class:`Group` and :class:`Command`."""

    def __init__(self, **options: Any) -> None:
        options.setdefault("cls", Group)
        super().__init__(**options)

    def command(  # type: ignore[override]
        self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **options: Any
    ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        return super().command(name, cls=cls or Command, **options)
