"""The parsing step written with the ``@Pipe`` decorator; the questions answered with
``sorted``, a dict and ``itertools.groupby`` instead of pipe chains."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import NamedTuple

from pipe import Pipe


class Deploy(NamedTuple):
    at: str
    service: str
    version: str
    ok: bool


@Pipe
def deploys(lines: Iterable[str]) -> Iterator[Deploy]:
    for line in lines:
        text = line.strip()
        if text == "" or text[0] == "#":
            continue
        match text.split("\t"):
            case [at, service, version, ("ok" | "failed") as status]:
                yield Deploy(at, service, version, status == "ok")
            case _:
                raise ValueError(f"not a deploy: {line!r}")


def _successes(lines: Iterable[str]) -> list[Deploy]:
    return sorted((d for d in lines | deploys if d.ok), key=lambda d: d.at)


def current_versions(lines: Iterable[str]) -> dict[str, str]:
    latest: dict[str, str] = {}
    for deploy in _successes(lines):
        latest[deploy.service] = deploy.version
    return latest


def version_history(lines: Iterable[str], service: str) -> list[str]:
    mine = (d.version for d in _successes(lines) if d.service == service)
    return [version for version, _ in groupby(mine)]
