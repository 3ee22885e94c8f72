"""Sealed cases for order-api-mapping: rows with negative, tiny, zero and huge amounts,
names with surrounding and inner whitespace (tabs, NBSP), empty parts, every status code
and a few unknown ones, times before 1970 and far ahead; API orders with totals of zero to
two places and malformed ones, cents that float arithmetic gets wrong (0.29, 19.99, 4.35),
currencies of any case, unknown words, near-miss time formats. One fault per input, so no
case depends on which error wins."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "order_api_mapping"
ERRORS = ("odin.exceptions.ValidationError",)

NAMES = ("Ann", "Lee", "", " ", "Mary Ann", "van  Dyke", "\tZoë\u00a0", "José", " O'Neil ")
CODES = {"N": "new", "P": "paid", "S": "shipped", "C": "cancelled"}
AMOUNTS = (0, 1, 5, -5, 29, 99, 100, -50, 1999, -1999, 435, 10**20 + 7, -(10**18))
TOTALS = ("0.29", "19.99", "4.35", "0", "0.0", "-0.05", "1.1", "100", "-12.30", "123456789012.34")
BAD_TOTALS = ("12.345", "1e3", "+1", " 1", "1.", ".5", "1,50", "١٢", "--1", "0x10")
TIMES = ("2024-05-01T12:00:00Z", "1969-07-20T20:17:40Z", "2038-01-19T03:14:08Z")
BAD_TIMES = ("2024-05-01T12:00:00+00:00", "2024-05-01 12:00:00Z", "2024-05-01T12:00:00")


def _row(rng: random.Random) -> dict[str, Any]:
    return {
        "order_id": rng.randrange(1, 10**6),
        "customer_first": gen.pick(rng, NAMES),
        "customer_last": gen.pick(rng, NAMES),
        "amount_cents": gen.pick(rng, AMOUNTS)
        if gen.chance(rng, 0.6)
        else rng.randint(-9999, 9999),
        "currency": gen.pick(rng, ("eur", "usd", "chf", "jpy")),
        "status": gen.pick(rng, tuple(CODES)),
        "created_epoch": rng.randint(-(10**9), 4 * 10**9),
        "internal_note": gen.pick(rng, ("", "VIP", "call first")),
        "ignored": "extra keys are not fields",
    }


def _order(rng: random.Random) -> dict[str, Any]:
    moment = datetime.fromtimestamp(rng.randint(-(10**9), 4 * 10**9), tz=UTC)
    return {
        "id": rng.randrange(1, 10**6),
        "customer": gen.pick(rng, NAMES)
        + gen.pick(rng, ("", " ", "  ", "\t"))
        + gen.pick(rng, NAMES),
        "total": gen.pick(rng, TOTALS),
        "currency": gen.pick(rng, ("EUR", "usd", "Chf")),
        "status": gen.pick(rng, tuple(CODES.values())),
        "created": gen.pick(rng, TIMES)
        if gen.chance(rng, 0.3)
        else moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _break(rng: random.Random, data: dict[str, Any], faults: dict[str, tuple[Any, ...]]) -> None:
    field = gen.pick(rng, sorted(faults))
    value = gen.pick(rng, faults[field])
    if value is _MISSING:
        del data[field]
    else:
        data[field] = value


_MISSING = object()


def cases(rng: random.Random) -> Iterator[Case]:
    """About 80 conversions, a third of them with one fault."""
    row_faults: dict[str, tuple[Any, ...]] = {
        "order_id": (None, _MISSING, "x"),
        "amount_cents": (None, "many"),
        "currency": ("", None),
        "status": ("X", "p", "", "paid"),
        "created_epoch": (None, _MISSING),
        "internal_note": (None,),
    }
    order_faults: dict[str, tuple[Any, ...]] = {
        "id": (None, _MISSING, "x"),
        "customer": (None,),
        "total": (*BAD_TOTALS, ""),
        "currency": ("euro", "eu", "€ur", "e1r", ""),
        "status": ("Paid", "P", "lost", ""),
        "created": BAD_TIMES,
    }
    for _ in range(40):
        row = _row(rng)
        if gen.chance(rng, 0.3):
            _break(rng, row, row_faults)
        yield Case.call("to_api", row, errors=ERRORS, task=1)
    for total in gen.some(rng, BAD_TOTALS, 6):
        yield Case.call("from_api", {**_order(rng), "total": total}, errors=ERRORS, task=2)
    for _ in range(34):
        order = _order(rng)
        if gen.chance(rng, 0.35):
            _break(rng, order, order_faults)
        yield Case.call("from_api", order, errors=ERRORS, task=2)
