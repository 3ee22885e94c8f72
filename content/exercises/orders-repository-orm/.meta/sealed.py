"""Sealed cases for orders-repository-orm, each on a fresh in-memory SQLite database.

A scenario adds customers (duplicates differing by case and surrounding whitespace),
places orders (some with a bad line, empty, or for an unknown customer: never two of
these at once, the instructions do not say which error wins), cancels some (twice, or
unknown ones), then asks every query. SKUs come from a small set, so best-seller counts
tie often, sold in an order that is neither alphabetical nor reverse-alphabetical; they
mix cases and non-ASCII letters. Amounts stay far from SQLite's 64-bit limit. What the
database holds afterwards is counted directly.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pyhero.sealed import Case, gen, observe

SOLUTION = "orders_repository_orm"

EMAILS = ("ana@shop.io", " Ana@Shop.IO", "ANA@shop.io\t", "bo@shop.io", "\u00a0cy@shop.io",
          "ünï@shop.io", "dee@shop.io ")  # fmt: skip
SKUS = ("ZIP", "mug", "ÉCHARPE", "Mug", "CAP", "a-1", "A-1", "TEE")


def scenario(solution, steps, queries):  # type: ignore[no-untyped-def]
    """``steps`` on a repository (``("customer", email)``, ``("order", customer index,
    lines)``, ``("cancel", order index)``), then ``queries``; every outcome, and what the
    tables hold at the end."""
    engine = solution.make_engine()
    repo = solution.OrderRepository(engine)
    customers: list[Any] = []
    orders: list[Any] = []
    seen: list[Any] = []
    for step in steps:
        if step[0] == "customer":
            outcome = observe(repo.add_customer, step[1], message="already")
            customers.append(outcome.value if outcome.returned else None)
            seen.append(("customer", outcome))
        elif step[0] == "order":
            index, lines = step[1], step[2]
            known = 0 <= index < len(customers) and customers[index] is not None
            customer_id = customers[index] if known else 10_000
            items = [solution.LineItem(*line) for line in lines]
            outcome = observe(repo.place_order, customer_id, items)
            orders.append(outcome.value if outcome.returned else None)
            seen.append(("order", outcome))
        else:
            known = 0 <= step[1] < len(orders) and orders[step[1]] is not None
            order_id = orders[step[1]] if known else 10_000
            seen.append(("cancel", observe(repo.cancel, order_id, message="already")))
    known_orders = [*(o for o in orders if o is not None), 10_000]
    known_customers = [*(c for c in customers if c is not None), 10_000]
    for query in queries:
        if query == "totals":
            seen.append(("totals", [observe(repo.order_total, o) for o in known_orders]))
        elif query == "ids":
            for status in (None, "open", "cancelled", "", "OPEN"):
                seen.append(("ids", status, [observe(repo.order_ids, c, status)
                                             for c in known_customers]))  # fmt: skip
        elif query == "revenue":
            seen.append(("revenue", observe(repo.revenue_by_customer)))
        else:
            for limit in (1, 2, 3, len(SKUS) + 2, 0, -1):
                seen.append(("top", limit, observe(repo.top_skus, limit)))
    with Session(engine) as session:
        tables = [session.scalars(select(func.count()).select_from(model)).one()
                  for model in (solution.Customer, solution.Order, solution.OrderLine)]  # fmt: skip
        emails = sorted(session.scalars(select(solution.Customer.email)))
    seen.append(("tables", tables, emails))
    engine.dispose()
    return seen


def _line(rng: random.Random, *, bad: bool) -> list[Any]:
    sku = gen.pick(rng, SKUS)
    if bad:
        return gen.pick(rng, ([sku, 0, 100], [sku, -2, 100], [sku, 1, -1]))
    return [sku, gen.pick(rng, (1, 1, 2, 3)), gen.pick(rng, (0, 99, 1250, 1999, 10**9))]


def _steps(rng: random.Random) -> list[tuple[Any, ...]]:
    """Orders go to customers that exist, except the ``unknown`` ones (which have good
    lines): a customer whose normalised e-mail was taken does not exist."""
    steps: list[tuple[Any, ...]] = []
    taken: set[str] = set()
    existing: list[int] = []

    def add_customer() -> None:
        email = gen.pick(rng, EMAILS)
        if email.strip().lower() not in taken:
            existing.append(len([s for s in steps if s[0] == "customer"]))
            taken.add(email.strip().lower())
        steps.append(("customer", email))

    for _ in range(rng.randint(1, 4)):
        add_customer()
    placed = 0
    for _ in range(rng.randint(0, 12)):
        roll = rng.random()
        if roll < 0.1:
            add_customer()
        elif roll < 0.75:
            trouble = gen.pick(rng, (None, None, None, None, "bad line", "empty", "unknown"))
            lines = [_line(rng, bad=False) for _ in range(rng.randint(1, 4))]
            if trouble == "bad line":
                lines.insert(rng.randint(0, len(lines)), _line(rng, bad=True))
            elif trouble == "empty":
                lines = []
            index = 99 if trouble == "unknown" else gen.pick(rng, existing)
            steps.append(("order", index, lines))
            placed += 1
        elif placed:
            steps.append(("cancel", gen.pick(rng, (*range(placed), 99))))
    return steps


def cases(rng: random.Random) -> Iterator[Case]:
    """About 35 cases per seed (each builds its own database)."""
    everything = ["totals", "ids", "revenue", "top"]
    for _ in range(30):
        yield Case.probe(scenario, _steps(rng), everything, task=2)
    for _ in range(6):
        # Many sales of a few SKUs, in shuffled order: ties in the ranking.
        steps: list[tuple[Any, ...]] = [("customer", "ana@shop.io"), ("customer", "bo@shop.io")]
        for sku in gen.shuffled(rng, list(SKUS)) * 2:
            steps.append(("order", rng.randint(0, 1), [[sku, gen.pick(rng, (1, 2)), 100]]))
        steps.append(("cancel", rng.randrange(len(SKUS) * 2)))
        yield Case.probe(scenario, steps, ["top", "revenue"], task=3, group="rankings with ties")
