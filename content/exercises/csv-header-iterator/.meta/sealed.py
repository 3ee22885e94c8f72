"""Sealed cases for csv-header-iterator: inputs handed over as lists, as one-pass
iterators and as strings; the probe counts how many items each function read and what is
left for the caller; empty rows and tokens, empty strings and ``"None"`` as values; ``take``
over falsy items and ``None`` (an end marker ``next(it, None)`` or a test ``if not item``
takes them for the end)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "csv_header_iterator"

TOKENS = ("host", "db1", "port", "5432", "", "None", "debug", "mode", "é", "0")
# ``take`` is generic: any item, falsy ones and None included, is an item like the others.
FALSY_ITEMS = (None, "", 0, False, [], 0.0, "r1", "r2", 7)
# Under every seed: a falsy item or None before the end of what is asked for.
FALSY_TAKES = (
    (["a", "", "b", "c"], 3),
    ([None, "x", "y"], 2),
    ([0, 1, 2], 2),
    (["r1", None], 5),
    ([[], ["sku"], False], 3),
)


def _counted(items, log):  # type: ignore[no-untyped-def]
    for item in items:
        log.append(item)
        yield item


def read_from(solution, function, items, form, *args):  # type: ignore[no-untyped-def]
    """``function(items, *args)`` with ``items`` as a list or a counted one-pass iterator;
    the result, how many items were read and what the iterator has left."""
    if form == "list":
        return {"result": getattr(solution, function)(items, *args)}
    log: list[object] = []
    stream = _counted(items, log)
    result = getattr(solution, function)(stream, *args)
    return {"result": result, "read": len(log), "left": list(stream)}


def takes_in_a_row(solution, items, sizes):  # type: ignore[no-untyped-def]
    stream = iter(items)
    return [solution.take(stream, n) for n in sizes] + [list(stream)]


def _rows(rng: random.Random) -> list[list[str]]:
    width = rng.randint(0, 4)
    return [[gen.word(rng) for _ in range(width)] for _ in range(gen.size(rng, large=50))]


def cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        form = gen.pick(rng, ("list", "iterator", "iterator"))
        yield Case.probe(read_from, "split_header", _rows(rng), form, task=1, group="split_header")
    for _ in range(25):
        items = [gen.word(rng) for _ in range(gen.size(rng, large=30))]
        n = gen.pick(rng, (0, 1, 2, 3, len(items), len(items) + 1))
        form = gen.pick(rng, ("list", "iterator", "iterator"))
        yield Case.probe(read_from, "take", items, form, n, task=2, group="take")
    for _ in range(10):
        items = [gen.word(rng) for _ in range(rng.randint(0, 12))]
        sizes = [gen.pick(rng, (0, 1, 2, 3, 5)) for _ in range(rng.randint(1, 4))]
        yield Case.probe(takes_in_a_row, items, sizes, task=2)
    yield Case.call("take", "pyhero", 4, task=2)
    for _ in range(10):
        items = [gen.pick(rng, FALSY_ITEMS) for _ in range(rng.randint(1, 10))]
        n = gen.pick(rng, (1, 2, 3, len(items), len(items) + 1))
        yield Case.probe(read_from, "take", items, "iterator", n, task=2, group="take")
    for items, n in FALSY_TAKES:
        yield Case.probe(read_from, "take", items, "iterator", n, task=2, group="take")
    for _ in range(25):
        tokens = [gen.pick(rng, TOKENS) for _ in range(gen.size(rng, large=30))]
        form = gen.pick(rng, ("list", "iterator"))
        group = "pairs_to_dict"
        yield Case.probe(read_from, "pairs_to_dict", tokens, form, task=3, group=group)
