"""Sealed cases for order-value-objects.

Currency codes with non-ASCII capitals, full-width letters and trailing newlines; amounts
of every type, ``int`` subclasses included; SKUs blank with tabs, newlines and no-break
spaces; orders built from lists and tuples, compared and hashed across e-mails and labels;
totals with negative prices and large quantities; exports of ``Order`` and of a subclass,
built in the probe, that adds its own redacted and non-redacted fields.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Iterator
from enum import IntEnum
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "order_value_objects"

GOOD_CODES = ("EUR", "USD", "JPY", "CHF", "GBP")
BAD_CODES = ("eur", "EU", "EURO", "E1R", "", "Eur", "ÄÖÜ", "ΑΒΓ", "\uff25\uff35\uff32", "EUR\n",
             " EUR", "E R", "ÉUR")  # fmt: skip
BAD_AMOUNTS = (1.5, "100", True, False, None, ["IntEnum", 3], 2.0)
BLANKS = ("", "   ", "\t", "\n", "\u00a0", " \u3000 ")
SKUS = ("SKU-1", "sku 2", "Ж-9", " padded ", "0")


def _amount(spec: Any) -> Any:
    if isinstance(spec, list) and spec[:1] == ["IntEnum"]:
        return IntEnum("Cents", {"SOME": spec[1]})["SOME"]
    return spec


def money(solution, currency, amount):  # type: ignore[no-untyped-def]
    """A new ``Money``, or the error (by whether it names the field the instructions say)."""
    outcome = observe(solution.Money, currency, _amount(amount))
    if outcome.returned:
        return outcome
    field = "amount_cents" if isinstance(outcome.exception, TypeError) else "currency"
    return (outcome, field in str(outcome.exception))


def _money(solution, spec):  # type: ignore[no-untyped-def]
    return solution.Money(*spec)


def money_ops(solution, left, right, values):  # type: ignore[no-untyped-def]
    """``left + right`` (an error must name the other currency), sorting, dedupe, and an
    assignment to a frozen field."""
    a, b = _money(solution, left), _money(solution, right)
    added = observe(lambda: a + b)
    if not added.returned:
        added = (added, re.search(b.currency, str(added.exception)) is not None)
    prices = [_money(solution, spec) for spec in values]
    frozen = observe(setattr, a, "amount_cents", 1, errors=("dataclasses.FrozenInstanceError",))
    return {"sum": added, "sorted": sorted(prices), "distinct": len(set(prices)),
            "assign": frozen}  # fmt: skip


def _line(solution, sku, quantity, price, tags):  # type: ignore[no-untyped-def]
    extra = [] if tags is None else [frozenset(tags)]
    return solution.LineItem(sku, quantity, _money(solution, price), *extra)


def line_item(solution, sku, quantity, price, tags, new_quantity):  # type: ignore[no-untyped-def]
    """A line item (errors by whether they mention the right field), its total, its hash
    against a twin, and a copy with another quantity."""
    made = observe(_line, solution, sku, quantity, price, tags)
    if not made.returned:
        field = "quantity" if sku.strip() else "sku"
        return {"made": (made, field in str(made.exception))}
    item = made.value
    copy = observe(solution.with_quantity, item, new_quantity)
    if not copy.returned:
        copy = (copy, "quantity" in str(copy.exception))
    twin = _line(solution, sku, quantity, price, tags)
    return {"made": made, "total": item.total, "hash equal": hash(item) == hash(twin),
            "copy": copy, "original after the copy": item}  # fmt: skip


def _items(solution, specs):  # type: ignore[no-untyped-def]
    return [
        solution.LineItem(sku, quantity, solution.Money(*price)) for sku, quantity, price in specs
    ]


def order(solution, order_id, currency, specs, as_list, email, labels):  # type: ignore[no-untyped-def]
    """An order and everything the instructions say about it."""
    items = _items(solution, specs)
    made = observe(solution.Order, order_id, currency, items if as_list else tuple(items),
                   customer_email=email, labels=dict(labels))  # fmt: skip
    if not made.returned:
        wrong = next((p[0] for _, _, p in specs if p[0] != currency), "?")
        return {"made": (made, wrong in str(made.exception))}
    placed = made.value
    twin = solution.Order(order_id, currency, tuple(_items(solution, specs)))
    other, again = solution.Order("other", currency), solution.Order("again", currency)
    other.labels["x"] = "1"
    exported = solution.to_dict(placed)
    if isinstance(exported.get("labels"), dict):
        exported["labels"]["changed"] = "yes"
    return {
        "items type": type(placed.items).__name__,
        "items": list(placed.items),
        "equal to the same order without e-mail and labels": placed == twin,
        "hash equal": hash(placed) == hash(twin),
        "e-mail in repr": bool(email) and email in repr(placed),
        "labels shared": again.labels != {},
        "total": solution.order_total(placed),
        "export": solution.to_dict(placed),
        "labels after changing the export": dict(placed.labels),
    }


def subclass_export(solution, phone, note, flag):  # type: ignore[no-untyped-def]
    """``to_dict`` of a subclass of ``Order`` with fields of its own."""

    @dataclasses.dataclass(frozen=True)
    class GiftOrder(solution.Order):  # type: ignore[misc, name-defined]
        recipient_phone: str = dataclasses.field(default="", compare=False,
                                                 metadata={"redact": True})  # fmt: skip
        gift_note: str = dataclasses.field(default="", metadata={"redact": False})
        courier_code: str = dataclasses.field(default="", metadata={"redact": flag})

    gift = GiftOrder("g-1", "EUR", (), "buyer@example.com", {"src": "app"}, phone, note, "C-7")
    return solution.to_dict(gift)


def _price(rng: random.Random, currency: str) -> tuple[str, int]:
    return (currency, gen.pick(rng, (0, 1, 99, 500, 1999, -250, 10**12)))


def _money_cases(rng: random.Random) -> Iterator[Case]:
    for code in GOOD_CODES:
        yield Case.probe(money, code, gen.pick(rng, (0, 1, -5, 10**15)), task=1)
    for code in BAD_CODES:
        yield Case.probe(money, code, 100, task=1, group="Money: bad values")
    for amount in BAD_AMOUNTS:
        code = gen.pick(rng, GOOD_CODES)
        yield Case.probe(money, code, amount, task=1, group="Money: bad values")
    for _ in range(15):
        left = _price(rng, gen.pick(rng, GOOD_CODES))
        right = _price(rng, left[0] if gen.chance(rng, 0.7) else gen.pick(rng, GOOD_CODES))
        values = [_price(rng, gen.pick(rng, GOOD_CODES)) for _ in range(gen.size(rng, large=20))]
        yield Case.probe(money_ops, left, right, values, task=1)


def _item_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        sku = gen.pick(rng, SKUS)
        quantity = gen.pick(rng, (1, 2, 3, 10**6))
        tags = gen.pick(rng, (None, [], ["gift"], ["gift", "fragile", "été"]))
        new_quantity = gen.pick(rng, (1, 5, 0, -2))
        yield Case.probe(line_item, sku, quantity, _price(rng, "EUR"), tags, new_quantity, task=2)
    group = "LineItem: bad values"
    for sku in BLANKS:
        yield Case.probe(line_item, sku, 1, ("EUR", 100), None, 1, task=2, group=group)
    for quantity in (0, -1, -(10**9)):
        yield Case.probe(line_item, "SKU-1", quantity, ("EUR", 100), None, 1, task=2, group=group)


def _order_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(20):
        currency = gen.pick(rng, GOOD_CODES)
        specs = [(f"SKU-{n}", rng.randint(1, 5), _price(rng, currency))
                 for n in range(gen.pick(rng, (0, 1, 2, 4)))]  # fmt: skip
        if specs and gen.chance(rng, 0.2):
            index = rng.randrange(len(specs))
            other = gen.pick(rng, [code for code in GOOD_CODES if code != currency])
            specs[index] = (specs[index][0], specs[index][1], _price(rng, other))
        email = gen.pick(rng, ("", "a@example.com", "zoë@exämple.org"))
        labels = gen.pick(rng, ({}, {"src": "web"}, {"src": "app", "ab": "b"}))
        yield Case.probe(order, f"o-{rng.randint(1, 99)}", currency, specs, gen.chance(rng, 0.5),
                         email, labels, task=3)  # fmt: skip
    for phone, note, flag in (("+33 6 12", "Happy birthday", True), ("", "", True),
                              ("+1 555", "x", False), ("", "note", 1)):  # fmt: skip
        yield Case.probe(subclass_export, phone, note, flag, task=4)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    yield from _money_cases(rng)
    yield from _item_cases(rng)
    yield from _order_cases(rng)
