"""Sealed cases for catalog-indexes: empty catalogues, a single product, prices equal to
the limit and to the minimum, free products, categories that differ only by case, products
listed out of SKU order, and name indexes where a name repeats (in any position)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "catalog_indexes"

NAMES = ("Mug", "Tea towel", "Notebook", "Pen", "Desk lamp", "Mug", "Kettle", "pen")
CATEGORIES = ("kitchen", "office", "garden", "Kitchen", "toys")
PRICES = (0.0, 1.5, 3.2, 4.0, 8.5, 10.0, 24.0, 99.99)


def _products(rng: random.Random) -> list[tuple[str, str, str, float]]:
    count = gen.pick(rng, (0, 1, 2, 4, 7, 15))
    skus = gen.shuffled(rng, [f"SKU-{n:03d}" for n in range(1, 40)])[:count]
    categories = CATEGORIES[: gen.pick(rng, (1, 2, 3, 5))]
    return [(sku, gen.pick(rng, NAMES), gen.pick(rng, categories), gen.pick(rng, PRICES))
            for sku in skus]  # fmt: skip


def inverted_in_order(solution: Any, names: dict[str, str]) -> Any:
    """The inverted index as (name, sku) pairs sorted by name: which SKU won each name."""
    return sorted(solution.sku_by_name(names).items())


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed."""
    for _ in range(35):
        yield Case.call("name_by_sku", _products(rng), task=1)
    for _ in range(45):
        yield Case.call("categories_with", _products(rng), gen.pick(rng, PRICES), task=2)
    for _ in range(45):
        yield Case.call("prices_under", _products(rng), gen.pick(rng, PRICES), task=3)
    for _ in range(40):
        names = {sku: name for sku, name, _, _ in _products(rng)}
        yield Case.probe(inverted_in_order, names, task=4)
    for _ in range(35):
        yield Case.call("skus_by_category", _products(rng), task=5)
