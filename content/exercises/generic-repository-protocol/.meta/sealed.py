"""Sealed cases for generic-repository-protocol.

Entities are built inside the probe from plain data: frozen dataclasses with and without a
``version``, a named tuple, a class with ``__slots__``, and objects without an ``id`` (a
dict with an ``"id"`` key, a bare object). Operation sequences mix adds (duplicates too),
gets, finds, updates (in place, stale, skipped versions, versioned and not on either
side) and pages of every size, with unicode ids. Ids are always strings without quotes,
so the conflict message's ``repr`` is not ambiguous.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from pyhero.sealed import Case, gen, observe

SOLUTION = "generic_repository_protocol"

IDS = ("u1", "u2", "u3", "d-7", "ünï", "商品", "🙂", "x y", "", "U1")


@dataclass(frozen=True)
class User:
    id: str
    name: str


@dataclass(frozen=True)
class Document:
    id: str
    body: str
    version: int = 1


class Tagged(NamedTuple):
    id: str
    tag: str


class Slotted:
    __slots__ = ("id", "note")

    def __init__(self, id_: str, note: str) -> None:
        self.id = id_
        self.note = note

    def __repr__(self) -> str:
        return f"Slotted({self.id!r}, {self.note!r})"


def _entity(spec: list[Any]) -> Any:
    kind, *fields = spec
    if kind == "user":
        return User(*fields)
    if kind == "doc":
        return Document(*fields)
    if kind == "tagged":
        return Tagged(*fields)
    if kind == "slotted":
        return Slotted(*fields)
    if kind == "dict":
        return {"id": fields[0]}
    return object()


def _show(entity: Any) -> Any:
    if isinstance(entity, list):
        return [_show(item) for item in entity]
    if isinstance(entity, User | Document | Tagged | Slotted):
        return repr(entity)
    return entity


def operations(solution, ops):  # type: ignore[no-untyped-def]
    """``ops`` on one repository; each step's outcome, then the contents in order."""
    repo = solution.Repository()
    seen: list[Any] = []
    for op in ops:
        kind = op[0]
        if kind == "add":
            entity = _entity(op[1])
            named = r"\bid\b" if op[1][0] in ("dict", "object") else re.escape(op[1][1])
            outcome = observe(
                repo.add, entity, errors=("ConflictError", "TypeError"), message=named
            )
            returned_same = outcome.returned and outcome.value is entity
            seen.append(("add", outcome if not outcome.returned else "ok", returned_same))
        elif kind == "get":
            outcome = observe(repo.get, op[1], errors=("NotFoundError",))
            seen.append(("get", _show(outcome.value) if outcome.returned else outcome))
        elif kind == "update":
            entity = _entity(op[1])
            outcome = observe(repo.update, entity, errors=("NotFoundError", "ConflictError"),
                              message=op[2])  # fmt: skip
            seen.append(("update", "same object" if outcome.value is entity else outcome))
        elif kind == "find":
            needle = op[1]
            outcome = observe(repo.find, lambda e, n=needle: n in repr(e))
            seen.append(("find", _show(outcome.value) if outcome.returned else outcome))
        elif kind == "page":
            outcome = observe(repo.page, op[1], op[2], message="at least 1")
            page = outcome.value
            if outcome.returned:
                seen.append(("page", _show(list(page.items)), page.number, page.total_pages,
                             page.has_next))  # fmt: skip
            else:
                seen.append(("page", outcome))
    seen.append(("contents", len(repo), _show(list(repo))))
    return seen


def conflict_message(solution, entity_id, stored, sent):  # type: ignore[no-untyped-def]
    """The exact message of a stale update (the instructions fix it)."""
    repo = solution.Repository()
    repo.add(Document(entity_id, "v", stored))
    return observe(repo.update, Document(entity_id, "w", sent), errors=("ConflictError",),
                   message=True)  # fmt: skip


def _spec(rng: random.Random, entity_id: str) -> list[Any]:
    kind = gen.pick(rng, ("user", "user", "doc", "doc", "tagged", "slotted"))
    if kind == "doc":
        return ["doc", entity_id, gen.pick(rng, ("draft", "final", "ünï")), rng.randint(1, 4)]
    return [kind, entity_id, gen.pick(rng, ("ana", "bo", "ünï", ""))]


def _ops(rng: random.Random) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(1, 25)):
        roll = rng.random()
        entity_id = gen.pick(rng, IDS)
        if roll < 0.4:
            spec = (
                _spec(rng, entity_id)
                if gen.chance(rng, 0.9)
                else [gen.pick(rng, ("dict", "object")), entity_id]
            )
            ops.append(("add", spec))
        elif roll < 0.5:
            ops.append(("get", entity_id))
        elif roll < 0.72:
            ops.append(("update", _spec(rng, entity_id), r"expected version \d+, got \d+"))
        elif roll < 0.8:
            ops.append(("find", gen.pick(rng, ("ana", "doc", "u", "ünï", "zzz"))))
        else:
            number = gen.pick(rng, (1, 1, 2, 3, 5, 0, -1))
            ops.append(("page", number, gen.pick(rng, (1, 2, 3, 4, 10, 0))))
    return ops


def cases(rng: random.Random) -> Iterator[Case]:
    """About 60 cases per seed."""
    for _ in range(45):
        yield Case.probe(operations, _ops(rng), task=2)
    for entity_id in ("d1", "ünï", "x y", "商品"):
        stored = rng.randint(1, 5)
        for sent in (stored, stored + 2, stored - 1):
            yield Case.probe(conflict_message, entity_id, stored, sent, task=3)
    for count in (0, 1, 4, 5, 23):
        ops: list[tuple[Any, ...]] = [("add", ["user", f"u{i}", "x"]) for i in range(count)]
        ops += [("page", number, size) for size in (1, 2, 4, 5, 10) for number in (1, 2, 3, 6)]
        yield Case.probe(operations, ops, task=4, group="pages")
