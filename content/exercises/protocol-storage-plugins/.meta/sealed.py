"""Sealed cases for protocol-storage-plugins.

Plugins are built inside the probes from names: backends that only read, only close, do
both or all three, entities that are falsy (a length of 0), subclasses and look-alikes.
Candidates come as iterators (read once) and with repeats. Values for ``describe`` include
``IntEnum``/``StrEnum`` members, ``bytearray`` and ``memoryview``; ``coalesce`` gets falsy
values, ``NaN`` and the same object twice. Left out (the instructions do not decide
them): classes as candidates, attributes named ``read`` that are not callable, a closed
storage given bad data, an entity of the wrong class with a taken id, ids with quotes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from http import HTTPMethod, HTTPStatus
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "protocol_storage_plugins"


class Disk:
    def __init__(self) -> None:
        self.closes = 0

    def read(self, key: str) -> bytes | None:
        return None

    def write(self, key: str, data: bytes) -> None:
        pass

    def close(self) -> None:
        self.closes += 1


class Cache:
    def read(self, key: str) -> bytes | None:
        return b""


class Sink:
    def write(self, key: str, data: bytes) -> None:
        pass


class Log:
    def __init__(self) -> None:
        self.closes = 0

    def close(self) -> None:
        self.closes += 1


class Bucket:
    def read(self, key: str) -> bytes | None:
        return None

    def write(self, key: str, data: bytes) -> None:
        pass


@dataclass(frozen=True)
class User:
    id: str
    name: str


@dataclass(frozen=True)
class Admin(User):
    pass


@dataclass(frozen=True)
class Team:
    id: str


class Batch(list[int]):
    """An entity that is falsy while empty."""

    def __init__(self, id_: str) -> None:
        super().__init__()
        self.id = id_

    def __repr__(self) -> str:
        return f"Batch({self.id!r})"


KINDS = {"disk": Disk, "cache": Cache, "sink": Sink, "log": Log, "bucket": Bucket}


def _make(name: str, solution: Any) -> Any:
    if name == "memory":
        return solution.MemoryStorage()
    if name in KINDS:
        return KINDS[name]()
    return {"none": None, "text": "s3://bucket", "int": 42, "list": [], "object": object()}[name]


def plugins(solution, names, repeats):  # type: ignore[no-untyped-def]
    """``select_backends`` and ``close_all`` over objects built from ``names`` (with the
    positions in ``repeats`` listed a second time), given as iterators."""
    objects = [_make(name, solution) for name in names]
    listed = list(objects) + [objects[i] for i in repeats]
    chosen = observe(solution.select_backends, iter(listed))
    picked = [listed.index(item) for item in chosen.value] if chosen.returned else chosen
    counted = observe(solution.close_all, iter(listed))
    closes = [getattr(item, "closes", getattr(item, "closed", None)) for item in objects]
    return {"selected positions": picked, "closed": counted, "per object": closes}


def memory(solution, ops):  # type: ignore[no-untyped-def]
    storage = solution.MemoryStorage()
    seen = []
    for op in ops:
        if op[0] == "write":
            data = bytearray(op[2]) if op[3] == "bytearray" else op[2]
            if op[3] == "memoryview":
                data = memoryview(op[2])
            seen.append(observe(storage.write, op[1], data, message=True))
        elif op[0] == "read":
            seen.append(observe(storage.read, op[1], message=True))
        else:
            seen.append(observe(storage.close))
        seen.append(("closed", storage.closed))
    return seen


def _entity(spec: list[Any]) -> Any:
    kind, entity_id = spec
    return {"user": lambda: User(entity_id, "n"), "admin": lambda: Admin(entity_id, "a"),
            "team": lambda: Team(entity_id), "batch": lambda: Batch(entity_id)}[kind]()  # fmt: skip


def repository(solution, kind, ops):  # type: ignore[no-untyped-def]
    repo = solution.Repository({"user": User, "team": Team, "batch": Batch}[kind])
    seen: list[Any] = []
    for op in ops:
        if op[0] == "add":
            seen.append(observe(repo.add, _entity(op[1]), message=True))
        elif op[0] == "get":
            got = observe(repo.get, op[1])
            seen.append(repr(got.value) if got.returned else got)
        else:
            got = observe(repo.require, op[1])
            args = getattr(got.exception, "args", None)
            seen.append(repr(got.value) if got.returned else (got, args))
    seen.append(("len", len(repo), [repr(item) for item in repo]))
    return seen


def described(solution, key):  # type: ignore[no-untyped-def]
    value = VALUES[key]
    return observe(solution.describe, value, message=True)


VALUES: dict[str, Any] = {
    "none": None, "true": True, "false": False, "zero": 0, "negative": -7, "big": 10**40,
    "status": HTTPStatus.NOT_FOUND, "method": HTTPMethod.GET, "empty": "", "text": "héllo\tx",
    "bytes": b"\x00\x01", "no bytes": b"", "bytearray": bytearray(b"abc"),
    "memoryview": memoryview(b"ab"), "float": 1.5, "list": [1], "tuple": (), "complex": 1j,
}  # fmt: skip


def coalesced(solution, keys):  # type: ignore[no-untyped-def]
    shared = ["the same list"]
    table: dict[str, Any] = {"none": None, "zero": 0, "empty": "", "false": False,
                             "nan": float("nan"), "shared": shared, "text": "env"}  # fmt: skip
    values = [table[key] for key in keys]
    outcome = observe(solution.coalesce, *values, message=True)
    return {"outcome": outcome, "same object": outcome.returned and outcome.value is
            next((v for v in values if v is not None), None)}  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 60 cases per seed."""
    names = ("memory", "disk", "cache", "sink", "log", "bucket", "none", "text", "int", "list",
             "object")  # fmt: skip
    for _ in range(10):
        chosen = [gen.pick(rng, names) for _ in range(gen.size(rng, large=20))]
        repeats = gen.some(rng, range(len(chosen)), min(len(chosen), rng.randint(0, 3)))
        yield Case.probe(plugins, chosen, repeats, task=2)
    for _ in range(8):
        ops: list[tuple[Any, ...]] = []
        for _ in range(rng.randint(1, 10)):
            roll = rng.random()
            key = gen.pick(rng, ("a", "", "ünï", "a/b"))
            if roll < 0.45:
                form = gen.pick(rng, ("bytes", "bytes", "bytearray", "memoryview"))
                ops.append(("write", key, gen.pick(rng, (b"v", b"", b"\xff" * 3)), form))
            elif roll < 0.9:
                ops.append(("read", key))
            else:
                ops.append(("close",))
        closed = False
        kept = []
        for op in ops:  # a closed storage is never given bad data
            if op[0] == "write" and closed and op[3] != "bytes":
                continue
            closed = closed or op[0] == "close"
            kept.append(op)
        yield Case.probe(memory, kept, task=1)
    for _ in range(10):
        kind = gen.pick(rng, ("user", "team", "batch"))
        ops = []
        added: set[str] = set()
        for _ in range(rng.randint(1, 12)):
            entity_id = gen.pick(rng, ("u1", "u2", "ünï", "", "商品"))
            roll = rng.random()
            if roll < 0.5:
                entity_kind = gen.pick(rng, ("user", "admin", "team", "batch"))
                wrong_kind = not (entity_kind == kind or (kind, entity_kind) == ("user", "admin"))
                if wrong_kind and entity_id in added:
                    continue  # which error wins is not decided
                if not wrong_kind:
                    added.add(entity_id)
                ops.append(("add", [entity_kind, entity_id]))
            else:
                ops.append((gen.pick(rng, ("get", "require")), entity_id))
        yield Case.probe(repository, kind, ops, task=3)
    for entity_id in ("b1", ""):
        ops = [("add", ["batch", entity_id]), ("require", entity_id), ("get", entity_id),
               ("require", "missing")]  # fmt: skip
        yield Case.probe(repository, "batch", ops, task=3, group="falsy entities")
    for key in VALUES:
        yield Case.probe(described, key, task=4)
    for _ in range(8):
        keys = [gen.pick(rng, ("none", "none", "zero", "empty", "false", "nan", "shared", "text"))
                for _ in range(rng.randint(0, 5))]  # fmt: skip
        yield Case.probe(coalesced, keys, task=4)
