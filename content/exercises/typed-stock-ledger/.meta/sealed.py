"""Sealed cases for typed-stock-ledger: the module's behaviour must not change while it is
typed (rows of every shape, ties in ``latest``, SKUs spread over locations)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen

SOLUTION = "typed_stock_ledger"

SKUS = ("A-1", "B-22", "C-3", "dock-7", "Z")
BAD_SKUS: tuple[object, ...] = ("", "   ", 7, None, b"A")
BAD_QUANTITIES: tuple[object, ...] = (-1, -40, True, False, 1.0, "3", None)


def _raw_row(rng: random.Random) -> dict[str, object]:
    raw: dict[str, object] = {}
    roll = rng.random()
    if roll < 0.85:
        sku = gen.pick(rng, SKUS)
        raw["sku"] = gen.pick(rng, ("", " ", "  \t")) + sku + gen.pick(rng, ("", " ", "\n"))
    elif roll < 0.95:
        raw["sku"] = gen.pick(rng, BAD_SKUS)
    if rng.random() < 0.85:
        raw["quantity"] = rng.randint(0, 50)
    elif rng.random() < 0.9:
        raw["quantity"] = gen.pick(rng, BAD_QUANTITIES)
    if rng.random() < 0.4:
        raw["location"] = gen.pick(rng, ("north", "south", "", None, 5))
    return raw


def registry_ops(solution, ops):  # type: ignore[no-untyped-def]
    """Adds and lookups in order; what each lookup returned, then the keys."""
    registry = solution.Registry()
    seen: list[object] = []
    for op, key, value in ops:
        if op == "add":
            registry.add(key, value)
        elif op == "get":
            seen.append(registry.get(key))
        else:
            seen.append(registry.get(key, value))
    return {"lookups": seen, "keys": registry.keys()}


def latest_by_remainder(solution, items, modulus):  # type: ignore[no-untyped-def]
    return solution.latest(items, lambda item: float(item % modulus))


class _Rows:
    def __init__(self, rows: list[dict[str, object]]) -> None:
        self.rows = rows
        self.reads = 0

    def read(self) -> Iterator[dict[str, object]]:
        self.reads += 1
        yield from self.rows


def restock(solution, rows, threshold):  # type: ignore[no-untyped-def]
    """The plan (its order included) and how often the source was read."""
    source = _Rows(rows)
    plan = solution.restock_plan(source, threshold)
    return {"plan": list(plan.items()), "reads": source.reads}


def _rows(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for _ in range(gen.size(rng, large=30)):
        row: dict[str, object] = {"sku": gen.pick(rng, SKUS), "quantity": rng.randint(0, 12)}
        if gen.chance(rng, 0.5):
            row["location"] = gen.pick(rng, ("north", "south", "east"))
        rows.append(row)
    return rows


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed."""
    for _ in range(20):
        ops = [
            (
                gen.pick(rng, ("add", "add", "get", "get_default")),
                gen.pick(rng, ("k1", "k2", "k3", 4)),
                rng.randint(-3, 9),
            )
            for _ in range(gen.size(rng, large=15))
        ]
        yield Case.probe(registry_ops, ops, task=1)
    for _ in range(60):
        yield Case.call("parse_row", _raw_row(rng), task=2)
    for _ in range(20):
        yield Case.call("total_quantity", _rows(rng), task=3)
    for _ in range(25):
        items = [rng.randint(0, 40) for _ in range(gen.size(rng, large=20))]
        yield Case.probe(latest_by_remainder, items, rng.randint(1, 6), task=3)
    for _ in range(25):
        yield Case.probe(restock, _rows(rng), rng.randint(0, 30), task=4)
