"""Sealed cases for blob-store-backends.

Scripts of operations on a ``MemoryBlobStore`` with keys whose code-point order differs from
a human one (``"B"``, ``"a-1"``, ``"a/1"``, ``"file10"``), 256-character keys of accented and
CJK letters (more than 256 UTF-8 bytes), every kind of ``..``; buffers changed after
``put``, memoryviews of 16-bit arrays, empty values. The helpers also run on a backend
written in the probe that keeps its data in a list of pairs, and ``check_backend`` meets
classes built in the probe: complete, partial, with extra abstract methods, registered,
unrelated.
"""

from __future__ import annotations

import random
from abc import ABC, abstractmethod
from array import array
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "blob_store_backends"

KEYS = ("a", "B", "a-1", "a/1", "a/1/x", "file10", "file9", "Z", "é", "日本/語", "x" * 256,
        "é" * 256, "dir/..hidden", "a..b", ".", "a/./b", "a//b", "...", "a b", "..x/y")  # fmt: skip
BAD_KEYS = ("", "x" * 257, "é" * 257, "/etc/passwd", "a/../b", "..", "logs/..", "../up", "/",
            "a/b/../../..")  # fmt: skip
METHODS = ("put", "get", "delete", "keys")


def _data(solution, spec):  # type: ignore[no-untyped-def]
    """``[kind, payload]``: bytes, bytearray, memoryview, a memoryview of 16-bit numbers,
    or a value that is not bytes-like at all."""
    kind, payload = spec
    if kind == "bytes":
        return payload
    if kind == "bytearray":
        return bytearray(payload)
    if kind == "memoryview":
        return memoryview(payload)
    if kind == "uint16":
        return memoryview(array("H", payload))
    return payload


def memory_script(solution, steps):  # type: ignore[no-untyped-def]
    """Steps on one ``MemoryBlobStore``; a bytearray is changed right after it is stored."""
    store = solution.MemoryBlobStore()
    seen = []
    for step in steps:
        action, *args = step
        if action == "put":
            data = _data(solution, args[1])
            outcome = observe(store.put, args[0], data)
            if isinstance(data, bytearray) and data:
                data[0] = (data[0] + 1) % 256
        elif action == "keys":
            outcome = observe(lambda: list(store.keys()))
        elif action == "copy":
            outcome = observe(store.copy, *args)
        elif action == "total_size":
            outcome = observe(store.total_size)
        else:
            outcome = observe(getattr(store, action), args[0])
        seen.append((action, outcome))
    seen.append(("at the end", list(store.keys())))
    return seen


def validate(solution, key):  # type: ignore[no-untyped-def]
    return solution.BlobStore.validate_key(key)


def _pair_store(solution):  # type: ignore[no-untyped-def]
    """A backend of another team: a list of ``(key, value)`` pairs, no dictionary."""

    class PairStore(solution.BlobStore):  # type: ignore[misc, name-defined]
        def __init__(self) -> None:
            self.pairs: list[tuple[str, bytes]] = []

        def put(self, key: str, data: Any) -> None:
            self.delete(self.validate_key(key))
            self.pairs.append((key, bytes(data)))

        def get(self, key: str) -> bytes:
            for stored, value in self.pairs:
                if stored == key:
                    return value
            raise KeyError(key)

        def delete(self, key: str) -> bool:
            kept = [pair for pair in self.pairs if pair[0] != key]
            found = len(kept) != len(self.pairs)
            self.pairs = kept
            return found

        def keys(self) -> Iterator[str]:
            return iter(sorted(key for key, _ in self.pairs))

    return PairStore()


def helpers_elsewhere(solution, contents, steps):  # type: ignore[no-untyped-def]
    """``exists``, ``copy`` and ``total_size`` on a backend that is not the learner's."""
    store = _pair_store(solution)
    for key, value in contents:
        store.put(key, value)
    seen = []
    for action, *args in steps:
        seen.append((action, observe(getattr(store, action), *args)))
    seen.append(("keys", list(store.keys())))
    return seen


def check(solution, shape):  # type: ignore[no-untyped-def]
    """``check_backend`` on a class built here: the class back (by name), or the error with
    its exact message."""
    cls = _shaped_class(solution, shape)
    outcome = observe(solution.check_backend, cls)
    if outcome.returned:
        return ("returned the class", outcome.value is cls)
    return (outcome, str(outcome.exception))


def _shaped_class(solution, shape):  # type: ignore[no-untyped-def]
    kind, detail = shape
    if kind == "implements":  # as if written inside a plug-in loader function
        namespace: dict[str, Any] = {name: (lambda self, *args: None) for name in detail}
        namespace["__qualname__"] = "load_plugins.<locals>.PartialStore"
        return type("PartialStore", (solution.BlobStore,), namespace)
    if kind == "extra abstract":

        class Versioned(solution.BlobStore):  # type: ignore[misc, name-defined]
            @abstractmethod
            def versions(self, key: str) -> list[int]: ...

        extra: dict[str, Any] = {name: (lambda self, *args: None) for name in detail}
        return type("VersionedStore", (Versioned,), extra)
    if kind == "memory subclass":
        return type("CachedStore", (solution.MemoryBlobStore,), {})
    if kind == "registered":
        legacy = type("LegacyStore", (), {})
        solution.BlobStore.register(legacy)
        return legacy
    if kind == "registered abstract":

        class Remote(ABC):
            @abstractmethod
            def fetch(self) -> bytes: ...

        solution.BlobStore.register(Remote)
        return Remote
    return type("Unrelated", (), {})


def _put(rng: random.Random) -> tuple[Any, ...]:
    if gen.chance(rng, 0.1):
        return ("put", gen.pick(rng, BAD_KEYS), ["bytes", b"x"])
    payload = gen.pick(rng, (b"", b"one", b"\x00\xff" * 3, "日本".encode()))
    kind = gen.pick(rng, ("bytes", "bytes", "bytearray", "memoryview", "uint16", "not bytes"))
    if kind == "uint16":
        return ("put", gen.pick(rng, KEYS), ["uint16", [1, 2, 65535]])
    if kind == "not bytes":
        return ("put", gen.pick(rng, KEYS), ["other", gen.pick(rng, ("text", 3, [1, 2], None))])
    return ("put", gen.pick(rng, KEYS), [kind, payload])


def _steps(rng: random.Random) -> list[tuple[Any, ...]]:
    """Operations that mostly touch keys stored earlier in the script; only ``put`` meets
    invalid keys (whether ``get`` should validate is left open)."""
    steps: list[tuple[Any, ...]] = []
    stored: list[str] = []

    def key() -> str:
        return gen.pick(rng, stored) if stored and gen.chance(rng, 0.7) else gen.pick(rng, KEYS)

    for _ in range(rng.randint(3, 14)):
        roll = rng.random()
        if roll < 0.45:
            steps.append(_put(rng))
            if steps[-1][1] in KEYS:  # later steps use valid keys only
                stored.append(steps[-1][1])
        elif roll < 0.55:
            steps.append(("keys",))
        elif roll < 0.92:
            action = gen.pick(rng, ("get", "delete", "exists", "copy"))
            steps.append((action, key(), key()) if action == "copy" else (action, key()))
        else:
            steps.append(("total_size",))
    return steps


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    for key in (*KEYS, *BAD_KEYS):
        yield Case.probe(validate, key, task=1)
    for _ in range(30):
        yield Case.probe(memory_script, _steps(rng), task=2)
    for _ in range(12):
        contents = [(gen.pick(rng, KEYS), gen.pick(rng, (b"", b"abc", b"\x00" * 7)))
                    for _ in range(rng.randint(0, 5))]  # fmt: skip
        steps = [gen.pick(rng, (("exists", gen.pick(rng, KEYS)), ("total_size",),
                                ("copy", gen.pick(rng, KEYS), gen.pick(rng, KEYS))))
                 for _ in range(rng.randint(1, 5))]  # fmt: skip
        yield Case.probe(helpers_elsewhere, contents, steps, task=3)
    shapes: list[Any] = [
        ("implements", list(METHODS)),
        ("memory subclass", None),
        ("registered", None),
        ("registered abstract", None),
        ("unrelated", 1),
    ]
    for _ in range(4):
        shapes.append(("implements", gen.some(rng, METHODS)))
        shapes.append(("extra abstract", gen.some(rng, METHODS)))
    for shape in shapes:
        yield Case.probe(check, shape, task=4)
