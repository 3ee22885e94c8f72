"""Sealed cases for log-stream-generator: streams that count what was read, a few values
asked for out of thousands available (so a function that builds a list shows), blank
lines of tabs, NBSP and newlines, int and float amounts, batch sizes of 1, of the whole
stream and beyond; kept batches compared after the generator has moved on."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "log_stream_generator"

LEVELS = ("ERROR", "INFO", "WARNING", "DEBUG", "CRITICAL", "info")
BLANKS = ("", " ", "\n", "\t\n", "   ", "\u00a0\n", "\r\n")
AMOUNTS = (5, 10, -3, 0, 0.5, 0.25, -0.125, 1000, 7)


def _line(rng: random.Random) -> str:
    if gen.chance(rng, 0.25):
        return gen.pick(rng, BLANKS)
    day = f"2024-05-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:00:0{rng.randint(0, 9)}"
    message = gen.pick(rng, ("db timeout", "ok", "disk 91% full", "élan", "x  y"))
    return f"{day} {gen.pick(rng, LEVELS)} {message}" + gen.pick(rng, ("", "\n"))


def _counted(items: list[Any], log: list[int]) -> Iterator[Any]:
    for item in items:
        log[0] += 1
        yield item


def pull(solution, function, items, wanted, *args):  # type: ignore[no-untyped-def]
    """Ask ``function(stream, *args)`` for at most ``wanted`` values: what came out (as it
    is once the generator has moved on) and how many input items were read by then."""
    read = [0]
    produced = getattr(solution, function)(_counted(items, read), *args)
    values = []
    for _ in range(wanted):
        value = next(produced, StopIteration)
        if value is StopIteration:
            break
        values.append(value)
    if function == "running_total":  # a total that starts at 0.0 instead of 0 is right too
        values = [float(value) for value in values]
    return {"values": values, "read": read[0]}


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        lines = [_line(rng) for _ in range(gen.pick(rng, (0, 1, 5, 40, 3000)))]
        wanted = gen.pick(rng, (1, 2, 5, 10_000))
        yield Case.probe(pull, "log_levels", lines, wanted, task=1, group="log_levels")
    for _ in range(25):
        amounts = [gen.pick(rng, AMOUNTS) for _ in range(gen.pick(rng, (0, 1, 4, 50, 3000)))]
        wanted = gen.pick(rng, (1, 3, 10_000))
        yield Case.probe(pull, "running_total", amounts, wanted, task=2, group="running_total")
    for _ in range(30):
        items = [gen.word(rng) for _ in range(gen.pick(rng, (0, 1, 2, 7, 30, 3000)))]
        size = gen.pick(rng, (1, 2, 3, 5, len(items) or 1, len(items) + 1))
        wanted = gen.pick(rng, (1, 2, 10_000))
        yield Case.probe(pull, "batches", items, wanted, size, task=3, group="batches")
