"""Sealed cases for large-report-builder (results only, never timings).

Reports of unusual rows (empty, unicode and over-long SKUs, zero quantities and prices,
totals with carries into the units), buffers driven through mixed operations, and
batched writes whose every ``write`` call is recorded, with rows that count how many were
read before the first write.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "large_report_builder"

SKUS = ("MUG-01", "", "KETTLE", "TÉ-VERDE", "茶-01", "GIFT-CARD-EUR-0050-XL", "A" * 16, "x y")


def _rows(rng: random.Random, count: int) -> list[tuple[str, int, int]]:
    return [
        (
            gen.pick(rng, SKUS),
            gen.pick(rng, (0, 1, 2, 7, 12, 999, 10**6, 987_654_321)),
            gen.pick(rng, (0, 1, 5, 99, 100, 450, 1999, 123_405, 10**9, 12_345_678_901)),
        )
        for _ in range(count)
    ]


def render_from_generator(solution, rows):  # type: ignore[no-untyped-def]
    """``render_report`` given a generator instead of a list."""
    return solution.render_report(row for row in rows)


def buffer_ops(solution, ops):  # type: ignore[no-untyped-def]
    """Operations on one buffer: ``("write", value)``, ``("line", text)``,
    ``("line",)``, ``("len",)``, ``("value",)``."""
    buffer = solution.ReportBuffer()
    seen: list[Any] = []
    for op in ops:
        if op[0] == "write":
            seen.append(observe(buffer.write, op[1]))
        elif op[0] == "line":
            seen.append(observe(buffer.writeline, *op[1:]))
        elif op[0] == "len":
            seen.append(("len", len(buffer)))
        else:
            seen.append(("value", buffer.getvalue()))
    return seen


class _Sink:
    def __init__(self, read: list[int], returns: str) -> None:
        self.read = read
        self.returns = returns
        self.writes: list[str] = []
        self.read_at_first_write: int | None = None

    def write(self, text: str, /) -> int | None:
        if self.read_at_first_write is None:
            self.read_at_first_write = len(self.read)
        self.writes.append(text)
        if self.returns == "none":
            return None
        return len(text.encode()) if self.returns == "bytes" else len(text)


def batched(solution, rows, batch_lines, returns="len"):  # type: ignore[no-untyped-def]
    """``write_report`` into a recording sink whose ``write`` returns the length, ``None``
    or the number of UTF-8 bytes (``returns``): every call's text, what ``write_report``
    returned, and whether the rows were read lazily."""
    read: list[int] = []

    def source() -> Iterator[tuple[str, int, int]]:
        for row in rows:
            read.append(1)
            yield tuple(row)

    sink = _Sink(read, returns)
    word = "batch_lines" if batch_lines < 1 else False
    outcome = observe(solution.write_report, source(), sink, batch_lines=batch_lines, message=word)
    first = sink.read_at_first_write
    return {
        "outcome": outcome,
        "writes": sink.writes,
        "lazy": first is None or first <= batch_lines,
    }


def _buffer_ops(rng: random.Random) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(1, 14)):
        roll = rng.random()
        if roll < 0.35:
            ops.append(("write", gen.pick(rng, ("abc", "", "héllo\n", "\t", "茶", "a" * 40))))
        elif roll < 0.45:
            ops.append(("write", gen.pick(rng, (42, None, b"bytes", ["a"]))))
        elif roll < 0.65:
            ops.append(("line", gen.pick(rng, ("total", "", " é ", "x\n"))))
        elif roll < 0.72:
            ops.append(("line",))
        elif roll < 0.86:
            ops.append(("len",))
        else:
            ops.append(("value",))
    return ops


def cases(rng: random.Random) -> Iterator[Case]:
    """About 110 cases per seed."""
    yield Case.call("render_report", [], task=1)
    huge = [("BULK", 987_654_321, 12_345_678_901), *_rows(rng, 2), ("TÉ", 3, 10**17 + 7)]
    yield Case.call("render_report", huge, task=1, group="huge amounts")
    for _ in range(25):
        yield Case.call("render_report", _rows(rng, rng.randint(1, 12)), task=1)
    for _ in range(5):
        yield Case.probe(render_from_generator, _rows(rng, rng.randint(0, 6)), task=1)
    for _ in range(30):
        yield Case.probe(buffer_ops, _buffer_ops(rng), task=2)
    for batch_lines in (1, 2, 3, 4, 5, 7, 1000):
        for count in (0, 1, 3):
            yield Case.probe(batched, _rows(rng, count), batch_lines, task=3)
    for _ in range(20):
        count = rng.randint(0, 60)
        batch_lines = gen.pick(rng, (1, 2, 3, 4, 8, 10, 16, count + 4, count + 5))
        yield Case.probe(batched, _rows(rng, count), batch_lines, task=3)
    for returns in ("none", "bytes"):
        rows = [("TÉ-VERDE", 1, 5), ("茶-01", 2, 7), *_rows(rng, rng.randint(0, 5))]
        yield Case.probe(batched, rows, gen.pick(rng, (1, 2, 3)), returns, task=3,
                         group="sinks returning None or bytes")  # fmt: skip
    for batch_lines in (0, -1, -100):
        yield Case.probe(batched, _rows(rng, 3), batch_lines, task=3, group="bad batch size")
