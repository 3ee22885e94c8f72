"""Sealed cases for webhook-typeddict-validation.

Payloads start valid and are broken in one to three places, in shuffled key order, so
which problem comes first depends on the rules of the instructions (payload order, the
first missing key as ``sorted()`` orders it). Besides the exercise's own schemas, the
probes use schemas made with the functional syntax (no class, ``Required`` and
``NotRequired`` in place), with mixed-case and non-ASCII keys, lists of lists, and
``Literal``s of ints and bools; values include ``IntEnum`` and ``StrEnum`` members
(subclasses of ``int`` and ``str``), floats equal to ints, tuples and ``None``.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from http import HTTPMethod, HTTPStatus
from typing import Any, Literal, NotRequired, Required, TypedDict

from pyhero.sealed import Case, gen, observe

SOLUTION = "webhook_typeddict_validation"

# The functional syntax on purpose: a learner must not rely on class bodies or on
# ``__annotations__`` (which keep the ``Required`` wrappers).
Address = TypedDict("Address", {"Zone": str, "city": str, "line": NotRequired[list[str]]})  # noqa: UP013
Shipment = TypedDict(  # noqa: UP013
    "Shipment",
    {
        "mode": Required[Literal[1, 2, "express"]],
        "insured": Literal[True],
        "Boxes": Required[list[list[int]]],
        "address": Required[Address],
        "größe": int,
        "label": str,
    },
    total=False,
)
Ping = TypedDict("Ping", {"seq": int, "ok": bool})  # noqa: UP013

SCHEMAS = {"Address": Address, "Shipment": Shipment, "Ping": Ping}
ODD_VALUES: tuple[Any, ...] = (None, True, False, 0, 1, 1.0, 3.5, "", "1", "ünï", [], {}, ("t",),
                               HTTPStatus.OK, HTTPMethod.GET, [1], ["a"], {"id": "x"})  # fmt: skip


def _schema(solution: Any, name: str) -> Any:
    return (
        getattr(solution, name) if name in ("Customer", "LineItem", "OrderEvent") else SCHEMAS[name]
    )


def validate(solution, schema, payload):  # type: ignore[no-untyped-def]
    """``validate_payload``: the very payload back (identity), or the error with its path
    and problem; the payload is checked for changes too."""
    before = copy.deepcopy(payload)
    outcome = observe(solution.validate_payload, _schema(solution, schema), payload,
                      errors=("PayloadError", "TypeError", "ValueError"), message=True)  # fmt: skip
    error = outcome.exception
    return {
        "outcome": "the same object" if outcome.returned and outcome.value is payload else outcome,
        "path": getattr(error, "path", None),
        "problem": getattr(error, "problem", None),
        "payload unchanged": payload == before,
    }


def not_a_schema(solution, kind):  # type: ignore[no-untyped-def]
    schema: Any = {"dict": dict, "class": HTTPStatus, "none": None, "instance": {"id": "x"},
                   "str": "OrderEvent"}[kind]  # fmt: skip
    return observe(solution.validate_payload, schema, {}, message="TypedDict")


def _order() -> dict[str, Any]:
    return {"event": "order.created", "id": "ord_1",
            "customer": {"id": "cus_9", "email": "ana@example.com"},
            "items": [{"sku": "A-1", "quantity": 2}, {"sku": "B-7", "quantity": 1}],
            "note": "leave at the door", "tags": ["web", "promo"]}  # fmt: skip


def _shipment() -> dict[str, Any]:
    return {"mode": 2, "Boxes": [[1, 2], [], [3]], "address": {"Zone": "EU", "city": "Köln"},
            "insured": True, "größe": 3, "label": "fragile"}  # fmt: skip


def _containers(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every dict and list inside ``value`` with its path."""
    if isinstance(value, dict | list):
        yield path, value
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from _containers(item, (*path, key))


def _odd(rng: random.Random) -> Any:
    return copy.deepcopy(gen.pick(rng, ODD_VALUES))


def _break(rng: random.Random, payload: dict[str, Any]) -> None:
    _, target = gen.pick(rng, list(_containers(payload)))
    roll = rng.random()
    if isinstance(target, dict) and target and roll < 0.25:
        del target[gen.pick(rng, list(target))]
    elif isinstance(target, dict) and roll < 0.45:
        target[gen.pick(rng, ("coupon", "Zone", "ünï", "id", "Extra"))] = _odd(rng)
    elif isinstance(target, dict) and target:
        target[gen.pick(rng, list(target))] = _odd(rng)
    elif isinstance(target, list) and target:
        target[rng.randrange(len(target))] = _odd(rng)
    elif isinstance(target, list):
        target.append(_odd(rng))


def _shuffle(rng: random.Random, value: Any) -> Any:
    """The same data with every dict's keys in a random order."""
    if isinstance(value, dict):
        keys = gen.shuffled(rng, list(value))
        return {key: _shuffle(rng, value[key]) for key in keys}
    if isinstance(value, list):
        return [_shuffle(rng, item) for item in value]
    return value


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    for _ in range(35):
        payload = _order()
        for _ in range(rng.randint(0, 3)):
            _break(rng, payload)
        yield Case.probe(validate, "OrderEvent", _shuffle(rng, payload), task=2)
    for _ in range(30):
        payload = _shipment()
        for _ in range(rng.randint(0, 3)):
            _break(rng, payload)
        yield Case.probe(
            validate, "Shipment", _shuffle(rng, payload), task=2, group="other schemas"
        )
    for _ in range(12):
        # Two problems in one dict: the first in the payload's order must be reported.
        payload = _order() if gen.chance(rng, 0.5) else _shipment()
        schema = "OrderEvent" if "event" in payload else "Shipment"
        payload[gen.pick(rng, [k for k in payload if k not in ("address", "customer")])] = _odd(rng)
        payload[gen.pick(rng, ("coupon", "ünï", "Zone"))] = 1
        yield Case.probe(validate, schema, _shuffle(rng, payload), task=2, group="two problems")
    for value in ODD_VALUES:
        yield Case.probe(validate, "Ping", {"seq": value, "ok": True}, task=2, group="exact types")
        yield Case.probe(validate, "Shipment", {**_shipment(), "mode": value}, task=2,
                         group="exact types")  # fmt: skip
    for payload in ({}, {"Zone": "x"}, {"city": "x"}, {"line": [], "city": 1}, {"zone": "x"}):
        yield Case.probe(validate, "Address", payload, task=2, group="other schemas")
    for value in (None, [], "order", 42, ("t",)):
        yield Case.probe(validate, gen.pick(rng, ("OrderEvent", "Customer", "Ping")), value,
                         task=2, group="exact types")  # fmt: skip
    for kind in ("dict", "class", "none", "instance", "str"):
        yield Case.probe(not_a_schema, kind, task=2)
