"""Counters that take the name of the variable they are assigned to, their Prometheus text
exposition, and a settings check that names what is missing, with python-varname."""

from __future__ import annotations

import re
from typing import cast

from varname import argname, varname

__all__ = ["Counter", "MissingSettings", "render", "require"]

_METRIC_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")


class MissingSettings(ValueError):
    """Some required settings are ``None`` or empty; ``names`` lists them."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__(f"missing settings: {', '.join(names)}")
        self.names = names


class Counter:
    """A monotonically increasing metric named after the variable it is assigned to."""

    def __init__(self, help: str) -> None:
        target = varname()
        if not isinstance(target, str):
            raise TypeError("assign a new counter to exactly one name")
        name = target.rpartition(".")[2]
        if _METRIC_NAME.fullmatch(name) is None or not name.endswith("_total"):
            raise ValueError(f"{name!r} is not a counter name (ASCII, ending in _total)")
        self.name = name
        self.help = help
        self.value = 0

    def inc(self, amount: int = 1) -> None:
        """Add ``amount`` (a whole number, not negative) to the counter."""
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError(f"a counter goes up by whole numbers, not {amount!r}")
        if amount < 0:
            raise ValueError(f"a counter never goes down (got {amount})")
        self.value += amount


def _escape(help_text: str) -> str:
    return help_text.replace("\\", "\\\\").replace("\n", "\\n")


def render(*counters: Counter) -> str:
    """The Prometheus text exposition of ``counters``, sorted by name."""
    names = [counter.name for counter in counters]
    if len(set(names)) != len(names):
        raise ValueError("two counters share a name")
    lines: list[str] = []
    for counter in sorted(counters, key=lambda counter: counter.name):
        lines += [
            f"# HELP {counter.name} {_escape(counter.help)}",
            f"# TYPE {counter.name} counter",
            f"{counter.name} {counter.value}",
        ]
    return "".join(f"{line}\n" for line in lines)


def require(*values: object) -> None:
    """Raise ``MissingSettings`` naming each argument that is ``None`` or ``""``."""
    # For a star argument, argname returns one source per value: a name, or the AST node
    # of an expression that is not a variable or an attribute.
    names = cast("tuple[object, ...]", argname("*values"))
    if not all(isinstance(name, str) for name in names):
        raise TypeError("pass each setting as a variable or an attribute")
    missing = tuple(
        str(name) for name, value in zip(names, values, strict=True) if value is None or value == ""
    )
    if missing:
        raise MissingSettings(missing)
