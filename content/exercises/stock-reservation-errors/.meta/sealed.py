"""Sealed cases for stock-reservation-errors: reservations of exactly what is left, one
more, zero and negative quantities, unknown SKUs with quotes and unicode; orders failing
on their first, middle and last line, with the same SKU on several lines; the error's class
(classified by the learner's own classes), message and attributes, and the stock after."""

from __future__ import annotations

import random
from collections.abc import Iterator

from pyhero.sealed import Case, gen, observe

SOLUTION = "stock_reservation_errors"

ERRORS = ("OutOfStockError", "UnknownProductError", "StockError")
SKUS = ("MUG-1", "CAP-9", "HAT-0", "it's", "café-2", "")


def _error_data(exception: BaseException | None) -> dict[str, object] | None:
    if exception is None:
        return None
    names = ("sku", "requested", "available")
    return {name: getattr(exception, name) for name in names if hasattr(exception, name)}


def family(solution):  # type: ignore[no-untyped-def]
    base, unknown, out = solution.StockError, solution.UnknownProductError, solution.OutOfStockError
    return [issubclass(base, Exception), issubclass(unknown, base), issubclass(out, base)]


def made(solution, sku, requested, available):  # type: ignore[no-untyped-def]
    out = solution.OutOfStockError(sku, requested, available)
    unknown = solution.UnknownProductError(sku)
    return {"out": (str(out), _error_data(out)), "unknown": (str(unknown), _error_data(unknown))}


def run(solution, function, stock, *args):  # type: ignore[no-untyped-def]
    """``function(stock, *args)``: what happened, the error's data, the stock afterwards."""
    outcome = observe(getattr(solution, function), stock, *args, errors=ERRORS, message=True)
    return {"outcome": outcome, "error data": _error_data(outcome.exception), "stock": stock}


def _stock(rng: random.Random) -> dict[str, int]:
    return {sku: gen.pick(rng, (0, 1, 2, 5, 100)) for sku in gen.some(rng, SKUS[:5])}


def _quantity(rng: random.Random, stock: dict[str, int], sku: str) -> int:
    left = stock.get(sku, 3)
    return gen.pick(rng, (left, left + 1, max(left - 1, 1), 1, 0, -1, 1000))


def cases(rng: random.Random) -> Iterator[Case]:
    yield Case.probe(family, task=1)
    for _ in range(8):
        sku = gen.pick(rng, SKUS)
        yield Case.probe(made, sku, rng.randint(1, 50), rng.randint(0, 49), task=1)
    for _ in range(30):
        stock = _stock(rng)
        sku = gen.pick(rng, SKUS)
        quantity = _quantity(rng, stock, sku)
        yield Case.probe(run, "reserve", stock, sku, quantity, task=2, group="reserve")
    for _ in range(30):
        stock = _stock(rng)
        lines = []
        for _ in range(gen.pick(rng, (0, 1, 2, 3, 5))):
            sku = gen.pick(rng, SKUS)
            lines.append((sku, gen.pick(rng, (1, 1, 2, stock.get(sku, 1)))))
        if lines and gen.chance(rng, 0.5):
            sku = gen.pick(rng, SKUS)
            lines.insert(rng.randint(0, len(lines)), (sku, _quantity(rng, stock, sku)))
        yield Case.probe(run, "reserve_order", stock, lines, task=3, group="reserve_order")
    for _ in range(25):
        stock = _stock(rng)
        sku = gen.pick(rng, SKUS)
        quantity = _quantity(rng, stock, sku)
        yield Case.probe(run, "try_reserve", stock, sku, quantity, task=4, group="try_reserve")
