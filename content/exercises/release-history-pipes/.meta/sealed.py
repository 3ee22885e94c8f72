"""Sealed cases for release-history-pipes: shuffled logs of a few services with deploys in
the same second, versions whose text order is not their release order (1.9, 1.10),
rollbacks and redeploys, failed deploys in between; comments and blank lines with leading
whitespace, tabs and trailing newlines; malformed lines (spaces instead of tabs, three or
five fields, statuses in capitals); and streams that break just after what is asked for."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "release_history_pipes"

SERVICES = ("api", "worker", "billing", "Api")
VERSIONS = ("1.0", "1.1", "1.9", "1.10", "2.0.0-rc1", "ünï")
NOISE = ("", "\n", "   \t", "# comment", "  # indented comment\n", "#", "\t#tab")
BROKEN = (
    "2024-05-01T09:00:00Z api 1.0 ok",
    "2024-05-01T09:00:00Z\tapi\t1.0",
    "2024-05-01T09:00:00Z\tapi\t1.0\tok\textra",
    "2024-05-01T09:00:00Z\tapi\t1.0\tOK",
    "2024-05-01T09:00:00Z\tapi\t1.0\tskipped",
)


def _line(rng: random.Random) -> str:
    minute = rng.choice((0, 0, 5, 10, 10, 30, 59))
    status = "ok" if gen.chance(rng, 0.75) else "failed"
    fields = [
        f"2024-05-01T09:{minute:02d}:00Z",
        gen.pick(rng, SERVICES),
        gen.pick(rng, VERSIONS),
        status,
    ]
    return "\t".join(fields) + gen.pick(rng, ("", "\n", " \n", "\r\n"))


def _log(rng: random.Random, *, broken: bool) -> list[str]:
    lines = [
        _line(rng) if gen.chance(rng, 0.8) else gen.pick(rng, NOISE)
        for _ in range(rng.randint(0, 14))
    ]
    if broken:
        lines.insert(rng.randint(0, len(lines)), gen.pick(rng, BROKEN))
    return lines


def parsed(solution, lines):  # type: ignore[no-untyped-def]
    """``lines | deploys`` as plain lists."""
    return [list(deploy) for deploy in lines | solution.deploys]


def lazily(solution, lines, wanted):  # type: ignore[no-untyped-def]
    """The first ``wanted`` records of ``lines`` followed by a line that must not be read."""

    def stream() -> Iterator[str]:
        yield from lines
        raise RuntimeError("read past what was asked for")

    records = iter(stream() | solution.deploys)
    return [list(next(records)) for _ in range(wanted)]


def history(solution, lines):  # type: ignore[no-untyped-def]
    """``version_history`` for every service name used, and one that is not."""
    return {service: solution.version_history(lines, service) for service in (*SERVICES, "none")}


def cases(rng: random.Random) -> Iterator[Case]:
    """About 75 cases over the three tasks."""
    for _ in range(20):
        yield Case.probe(parsed, _log(rng, broken=gen.chance(rng, 0.3)), task=1)
    for _ in range(8):
        lines = [line for line in _log(rng, broken=False) if line.strip()[:1] not in ("", "#")]
        yield Case.probe(lazily, lines, len(lines), task=1)
    for _ in range(25):
        yield Case.call("current_versions", _log(rng, broken=gen.chance(rng, 0.1)), task=2)
    for _ in range(20):
        log: Any = _log(rng, broken=gen.chance(rng, 0.1))
        yield Case.probe(history, log, task=3)
