"""Counters that take the name of the variable they are assigned to, their Prometheus text
exposition, and a settings check that names what is missing, with python-varname."""

from __future__ import annotations


class MissingSettings(ValueError):
    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__("missing settings")
        self.names = names


class Counter:
    def __init__(self, help: str) -> None:
        raise NotImplementedError("implement Counter")

    def inc(self, amount: int = 1) -> None:
        raise NotImplementedError("implement Counter.inc")


def render(*counters: Counter) -> str:
    raise NotImplementedError("implement render")


def require(*values: object) -> None:
    raise NotImplementedError("implement require")
