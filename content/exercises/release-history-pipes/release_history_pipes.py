"""Questions about a deploy log, answered with pipe's ``|`` chains."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class Deploy(NamedTuple):
    at: str
    service: str
    version: str
    ok: bool


deploys = None  # TODO: a pipe.Pipe that parses lines into Deploy records


def current_versions(lines: Iterable[str]) -> dict[str, str]:
    raise NotImplementedError("implement current_versions")


def version_history(lines: Iterable[str], service: str) -> list[str]:
    raise NotImplementedError("implement version_history")
