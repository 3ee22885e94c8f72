"""Sealed cases for linq-order-queries.

Random orders with many equal totals (so ``ThenBy`` matters), customers whose orders are
interleaved (so an unsorted ``groupby`` splits them), orders of unknown customers,
customers without orders, repeated items, pages at and past the end, and inputs given as
generators that record how far they were read and lists that must come back unchanged.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "linq_order_queries"

STATUSES = ("paid", "open", "refunded")
ITEMS = ("mug", "tea", "kettle", "spoon", "sugar", "filter", "Mug", "tea ")
TOTALS = (0, 50, 300, 500, 500, 700, 1200, 1200, 99_999)


def _orders(rng: random.Random, count: int, customers: int) -> list[dict[str, Any]]:
    ids = rng.sample(range(1, 1000), count)
    return [
        {
            "id": order_id,
            "customer": f"c{rng.randint(1, customers)}",
            "status": gen.pick(rng, STATUSES),
            "total": gen.pick(rng, TOTALS),
            "items": [gen.pick(rng, ITEMS) for _ in range(rng.randint(0, 3))],
        }
        for order_id in ids
    ]


def _customers(rng: random.Random, count: int) -> list[dict[str, Any]]:
    numbers = rng.sample(range(1, count + 3), count)
    names = ("Ada", "Grace", "Linus", "Barbara", "Guido", "Ada", "Édith", "李")
    return [{"id": f"c{n}", "name": gen.pick(rng, names), "country": "UK"} for n in numbers]


def unchanged(solution, name, args):  # type: ignore[no-untyped-def]
    """``solution.<name>(*args)``: its result, and whether the inputs are unchanged."""
    before = copy.deepcopy(args)
    result = observe(getattr(solution, name), *args)
    return {"result": result, "inputs unchanged": args == before}


def from_generator(solution, name, orders, rest):  # type: ignore[no-untyped-def]
    """``solution.<name>(generator of orders, *rest)``: the result and how many orders
    were read."""
    read: list[int] = []

    def stream() -> Iterator[dict[str, Any]]:
        for order in orders:
            read.append(order["id"])
            yield order

    result = observe(getattr(solution, name), stream(), *rest)
    return {"result": result, "read": len(read)}


def all_generators(solution, name, args):  # type: ignore[no-untyped-def]
    """``solution.<name>(*args)`` with every list argument given as a one-pass generator
    ("each function receives any iterable")."""
    return solution.__dict__[name](*((row for row in arg) if isinstance(arg, list) else arg
                                     for arg in args))  # fmt: skip


def _generator_cases(rng: random.Random) -> Iterator[Case]:
    """Every function once per seed with generators only, on inputs where reading an input
    twice changes the answer (several customers with orders, several matching orders)."""
    customers = _customers(rng, 4)
    orders = _orders(rng, 10, 5)
    for name, args, task in (
        ("order_page", [orders, "paid", 1, 20], 1),
        ("totals_by_customer", [orders], 2),
        ("order_customer_names", [orders, customers], 3),
        ("order_counts", [customers, orders], 3),
        ("distinct_items", [orders], 4),
        ("first_big_order", [orders, 0], 4),
        ("all_paid", [orders, "c1"], 4),
    ):
        yield Case.probe(all_generators, name, args, task=task, group="generator inputs")


def cases(rng: random.Random) -> Iterator[Case]:
    """About 130 cases per seed."""
    for _ in range(30):
        orders = _orders(rng, rng.randint(0, 14), rng.randint(1, 4))
        status = gen.pick(rng, STATUSES)
        page, size = rng.randint(1, 4), rng.randint(1, 5)
        args = [orders, status, page, size]
        yield Case.probe(unchanged, "order_page", args, task=1, group="order_page")
    for page, size in ((0, 3), (-1, 3), (1, 0), (2, -2), (0, 0)):
        word = "page" if page < 1 else "size"
        yield Case.call("order_page", _orders(rng, 3, 2), "paid", page, size, task=1,
                        message=word, group="bad paging")  # fmt: skip
    for _ in range(5):
        orders = _orders(rng, rng.randint(0, 8), 3)
        yield Case.probe(from_generator, "order_page", orders, ["paid", 1, 4], task=1,
                         group="order_page")  # fmt: skip
    for _ in range(25):
        orders = _orders(rng, rng.randint(0, 16), rng.randint(1, 6))
        yield Case.probe(unchanged, "totals_by_customer", [orders], task=2,
                         group="totals_by_customer")  # fmt: skip
    for _ in range(5):
        orders = _orders(rng, rng.randint(0, 8), 3)
        yield Case.probe(from_generator, "totals_by_customer", orders, [], task=2,
                         group="totals_by_customer")  # fmt: skip
    for _ in range(20):
        customers = _customers(rng, rng.randint(0, 5))
        orders = _orders(rng, rng.randint(0, 10), 6)
        yield Case.call("order_customer_names", orders, customers, task=3)
        yield Case.call("order_counts", customers, orders, task=3)
    for _ in range(15):
        yield Case.call("distinct_items", _orders(rng, rng.randint(0, 8), 2), task=4)
    for _ in range(20):
        orders = _orders(rng, rng.randint(0, 10), 2)
        threshold = gen.pick(rng, (0, 1, 500, 501, 1200, 100_000))
        yield Case.probe(from_generator, "first_big_order", orders, [threshold], task=4,
                         group="first_big_order")  # fmt: skip
    zero = [*_orders(rng, 3, 2), {"id": 0, "customer": "c1", "status": "paid", "total": 1200,
                                  "items": []}, *_orders(rng, 2, 2)]  # fmt: skip
    for threshold in (1200, 0):
        zero = [order for order in zero if order["id"] == 0 or order["total"] < threshold]
        yield Case.call("first_big_order", zero, threshold, task=4, group="order id 0")
    yield from _generator_cases(rng)
    for _ in range(15):
        orders = _orders(rng, rng.randint(0, 8), 3)
        yield Case.call("all_paid", orders, f"c{rng.randint(1, 4)}", task=4)
