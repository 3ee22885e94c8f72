"""Parses every line into a list and returns it from the pipe step.

The answers are right, but ``lines | deploys`` reads the whole input before the first
record: an endless stream never yields, and a broken line far ahead raises at once. The
visible tests catch it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from pipe import Pipe, select, sort, uniq, where  # type: ignore[import-untyped]

__all__ = ["Deploy", "current_versions", "deploys", "version_history"]

_STATUSES = {"ok": True, "failed": False}


class Deploy(NamedTuple):
    """One line of the deploy log."""

    at: str
    service: str
    version: str
    ok: bool


def _parse(lines: Iterable[str]) -> Iterator[Deploy]:
    records = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        fields = text.split("\t")
        if len(fields) != 4 or fields[3] not in _STATUSES:
            raise ValueError(f"line {number}: not a deploy: {line!r}")
        at, service, version, status = fields
        records.append(Deploy(at, service, version, _STATUSES[status]))
    return iter(records)


deploys = Pipe(_parse)


def _in_time_order(lines: Iterable[str]) -> list[Deploy]:
    ordered: list[Deploy] = list(lines | deploys | where(lambda d: d.ok) | sort(key=lambda d: d.at))
    return ordered


def current_versions(lines: Iterable[str]) -> dict[str, str]:
    """Each service's version from its latest successful deploy."""
    return {deploy.service: deploy.version for deploy in _in_time_order(lines)}


def version_history(lines: Iterable[str], service: str) -> list[str]:
    """The versions ``service`` ran, in time order, repeated deploys collapsed."""
    history: list[str] = list(
        _in_time_order(lines)
        | where(lambda d: d.service == service)
        | select(lambda d: d.version)
        | uniq
    )
    return history
