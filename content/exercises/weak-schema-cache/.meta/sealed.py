"""Sealed cases for weak-schema-cache.

Scripts of requests that take values from the cache and hold or release them, with
invalidations, values that cannot be weakly referenced, values that are falsy (an empty
schema has a length of 0), one loader that returns the same object for several keys, and
an ``on_evict`` that records the eviction count it sees. The probe never keeps a value
itself (no ``Outcome`` holds one) and uses values without reference cycles, so every value
dies the moment its last holder lets it go: reference counting, no collector run needed.
The probes pause the cyclic collector, so a value that a learner's reference cycle keeps
alive stays alive for the whole script, whenever the collector would have run.
Owners of the usage tracker die and are replaced by new objects that often get the same
``id()``."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe, pause_collector

SOLUTION = "weak_schema_cache"

KEYS = ("orders", "users", "B", "a", "événements", "v2", "v10", "#count")


class _Schema:
    """A parsed schema: weakly referenceable."""

    def __init__(self, name: str) -> None:
        self.name = name


class _Fields(_Schema):
    """A schema that has a length, its number of fields: an empty one is falsy."""

    def __len__(self) -> int:
        return 0 if self.name in ("a", "B") else len(self.name)


class _Packed:
    __slots__ = ("name",)  # no __weakref__: cannot be cached

    def __init__(self, name: str) -> None:
        self.name = name


def _loader(kind: str) -> Any:
    shared = _Schema("shared")

    def load(key: str) -> Any:
        if key.startswith("#"):
            return len(key)  # an int: no weak references
        if kind == "slots" and key == "a":
            return _Packed(key)
        if kind == "shared" and key in ("orders", "users"):
            return shared
        return _Fields(key) if kind == "sized" else _Schema(key)

    return load, shared


def cache_script(solution, kind, with_callback, steps):  # type: ignore[no-untyped-def]
    """``steps`` on one cache: ``get`` (held or dropped at once), ``release``, ``invalidate``
    and ``state``. The callback records each key with the ``evictions`` it saw."""
    pause_collector()
    load, shared = _loader(kind)
    seen_by_callback: list[Any] = []
    cache = None

    def on_evict(key: str) -> None:
        seen_by_callback.append((key, cache.evictions if cache is not None else None))

    cache = solution.SchemaCache(load, on_evict if with_callback else None)
    if kind != "shared":
        del shared
    held: dict[str, list[Any]] = {}
    log: list[Any] = []
    for step in steps:
        action, *args = step
        if action == "get":
            key, hold = args
            try:
                value = cache.get(key)
            except TypeError as error:
                log.append(("get", key, "TypeError", str(error)))
                continue
            was_held = any(value is other for other in held.get(key, []))
            log.append(
                ("get", key, getattr(value, "name", None), "already held" if was_held else "new")
            )
            if hold:
                held.setdefault(key, []).append(value)
            del value
        elif action == "release":
            held.pop(args[0], None)
        elif action == "invalidate":
            log.append(("invalidate", args[0], observe(cache.invalidate, args[0])))
        else:
            log.append(("state", cache.keys(), len(cache), [k in cache for k in KEYS],
                        cache.loads, cache.evictions))  # fmt: skip
        log.append(("callback saw", sorted(seen_by_callback)))
    held.clear()
    return {"log": log, "end": (cache.loads, cache.evictions, sorted(seen_by_callback))}


def tracker_script(solution, steps):  # type: ignore[no-untyped-def]
    """``steps`` on one tracker: owners are created, recorded, read, dropped and replaced
    (a replacement takes the dead owner's ``id()`` whenever the allocator allows)."""

    pause_collector()

    class Connection:
        pass

    tracker = solution.UsageTracker()
    owners: dict[str, Any] = {}
    dead: dict[str, int] = {}
    log: list[Any] = []
    for step in steps:
        action, *args = step
        if action == "new":
            owners[args[0]] = _newcomer(Connection, dead.pop(args[0], None))
        elif action == "drop":
            dead[args[0]] = id(owners.pop(args[0]))
        elif action == "record":
            owner = owners.get(args[0]) if args[0] in owners else args[0]
            log.append(("record", args, _attempt(tracker.record, owner, args[1])))
            del owner
        elif action == "total":
            log.append(("total", args[0], tracker.total(owners[args[0]])))
        else:
            log.append(("len", len(tracker)))
    return log


def _attempt(function: Any, *args: Any) -> str:
    """``"ok"``, or the class of the error (no traceback is kept: it would keep the
    arguments alive)."""
    try:
        function(*args)
    except (ValueError, TypeError) as error:
        return "ValueError" if isinstance(error, ValueError) else "TypeError"
    return "ok"


def _newcomer(cls: type, dead_id: int | None) -> Any:
    """A new instance, preferably at the address of the owner that just died: allocate a
    batch and keep the one that got that address (the others are released)."""
    batch = [cls() for _ in range(400)]
    return next((obj for obj in batch if id(obj) == dead_id), batch[0])


def _cache_steps(rng: random.Random) -> list[Any]:
    steps: list[Any] = []
    for _ in range(rng.randint(4, 16)):
        roll = rng.random()
        key = gen.pick(rng, KEYS[:6]) if gen.chance(rng, 0.9) else gen.pick(rng, KEYS)
        if roll < 0.5:
            steps.append(("get", key, gen.chance(rng, 0.6)))
        elif roll < 0.7:
            steps.append(("release", key))
        elif roll < 0.85:
            steps.append(("invalidate", key))
        else:
            steps.append(("state",))
    steps.append(("state",))
    return steps


def _tracker_steps(rng: random.Random) -> list[Any]:
    names = ["c1", "c2", "c3"]
    steps: list[Any] = [("new", name) for name in names]
    for _ in range(rng.randint(4, 14)):
        name = gen.pick(rng, names)
        roll = rng.random()
        if roll < 0.4:
            steps.append(("record", name, gen.pick(rng, (0, 1, 7, 250, 10**12, -1))))
        elif roll < 0.6:
            steps.append(("total", name))
        elif roll < 0.75:  # the owner dies and a new one takes its name (and often its id)
            steps.extend([("drop", name), ("new", name), ("total", name)])
        else:
            steps.append(("len",))
    if gen.chance(rng, 0.3):
        steps.append(("record", gen.pick(rng, (12345, "text", (1, 2))), 1))
    steps.append(("len",))
    return steps


def cases(rng: random.Random) -> Iterator[Case]:
    """About 70 cases per seed."""
    for task, count in ((1, 10), (2, 12), (3, 14)):
        for _ in range(count):
            kind = gen.pick(rng, ("plain", "plain", "slots", "shared", "sized"))
            steps = _cache_steps(rng)
            if task < 3:
                steps = [step for step in steps if step[0] != "invalidate"]
            yield Case.probe(cache_script, kind, task > 1, steps, task=task)
    for _ in range(20):
        yield Case.probe(tracker_script, _tracker_steps(rng), task=4)
    yield from _targeted(rng)


def _targeted(rng: random.Random) -> Iterator[Case]:
    """Every seed: a falsy value held and asked for again, an invalidation after the value
    died, and owners replaced right after they die."""
    for key in ("a", "B"):
        steps = [("get", key, True), ("get", key, True), ("state",), ("release", key), ("state",)]
        yield Case.probe(cache_script, "sized", True, steps, task=1)
    for key in gen.some(rng, KEYS[:6], 2):
        steps = [("get", key, False), ("invalidate", key), ("get", key, True),
                 ("release", key), ("invalidate", key), ("state",)]  # fmt: skip
        yield Case.probe(cache_script, "plain", True, steps, task=3)
    for amount in (7, 250):
        steps: list[Any] = [("new", "c1")]
        for _ in range(3):
            steps += [("record", "c1", amount), ("drop", "c1"), ("new", "c1"), ("total", "c1")]
        yield Case.probe(tracker_script, [*steps, ("len",)], task=4)
