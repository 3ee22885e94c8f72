"""Escapes with ``str.translate``, checks names with ``str`` methods restricted to ASCII,
and builds the settings report with a comprehension over ``argname``'s names."""

from __future__ import annotations

from varname import argname, varname

_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n"})


class MissingSettings(ValueError):
    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__("missing settings: " + ", ".join(names))
        self.names = names


def _is_counter_name(name: str) -> bool:
    return (
        name.isascii() and name.isidentifier() and not name[0].isdigit() and name.endswith("_total")
    )


class Counter:
    def __init__(self, help: str) -> None:
        target = varname(strict=True)
        name = str(target).split(".")[-1]
        if not _is_counter_name(name):
            raise ValueError(f"{name!r} is not a counter name")
        self.name, self.help, self.value = name, help, 0

    def inc(self, amount: int = 1) -> None:
        if type(amount) is not int:
            raise TypeError(f"not a whole number: {amount!r}")
        if amount < 0:
            raise ValueError("a counter never goes down")
        self.value += amount


def render(*counters: Counter) -> str:
    by_name = {counter.name: counter for counter in counters}
    if len(by_name) < len(counters):
        raise ValueError("duplicate counter names")
    return "".join(
        f"# HELP {name} {counter.help.translate(_ESCAPES)}\n"
        f"# TYPE {name} counter\n"
        f"{name} {counter.value}\n"
        for name, counter in sorted(by_name.items())
    )


def require(*values: object) -> None:
    names = argname("*values")
    pairs = list(zip(names, values, strict=True))
    if any(not isinstance(name, str) for name, _ in pairs):
        raise TypeError("settings must be passed as variables or attributes")
    missing = tuple(str(name) for name, value in pairs if value is None or value == "")
    if missing:
        raise MissingSettings(missing)
