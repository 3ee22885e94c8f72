"""Sealed cases for safe-cache-pickle.

Entries are built in the probes, touched, given extra attributes and callbacks, pickled with
every binary protocol, and loaded back (pickles of the text protocols are left out: how a
loader treats them is not specified). Values mix the allowed types with ones whose pickles
name other globals (``ZoneInfo``, ``Fraction``, ``UUID``, ``bytearray``).
``find_class`` meets the allowed names under other modules and the allowed modules with
other names.
"""

from __future__ import annotations

import pickle
import random
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

from pyhero.sealed import Case, gen, observe

SOLUTION = "safe_cache_pickle"

SAFE_VALUES: tuple[Any, ...] = (
    None, 0, -1, 2**70, 1.5, float("inf"), "", "café ☕", [1, [2, 3]], (1, "a"),
    {"name": "ana"}, {1, 2}, frozenset({"x"}), complex(1, -2), Decimal("19.90"),
    Decimal("-0.00"), date(2024, 2, 29), timedelta(days=-1, microseconds=5),
    datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
    datetime(2024, 5, 1, 9, 30, 0, 123456, tzinfo=timezone(timedelta(hours=5, minutes=45))),
    datetime(1969, 12, 31, 23, 59, 59),
)  # fmt: skip
UNSAFE_VALUES: tuple[Any, ...] = (
    Fraction(1, 3), uuid.UUID(int=7), datetime(2024, 3, 31, 1, 30, tzinfo=ZoneInfo("Europe/Paris")),
    bytearray(b"ab"),
)  # fmt: skip
PROTOCOLS = tuple(range(2, pickle.HIGHEST_PROTOCOL + 1))
#: Allowed pairs, allowed names under other modules, allowed modules with other names.
PAIRS = (
    ("builtins", "set"), ("decimal", "Decimal"), ("datetime", "timezone"),
    (SOLUTION, "CacheEntry"), ("builtins", "eval"), ("builtins", "getattr"),
    ("collections", "set"), ("__main__", "CacheEntry"), ("datetime", "time"),
    ("decimal", "getcontext"), ("posix", "system"), ("builtins", "__import__"),
    ("datetime.datetime", ""), ("builtins", "set.__new__"), ("Decimal", "decimal"),
    (SOLUTION, "pickle"), (SOLUTION, "loads_entry"), (SOLUTION, "ALLOWED_GLOBALS"),
)  # fmt: skip


def _error(outcome):  # type: ignore[no-untyped-def]
    """An ``UnpicklingError`` with its exact message (the instructions fix it)."""
    if outcome.returned:
        return outcome
    if isinstance(outcome.exception, pickle.UnpicklingError):
        return ("UnpicklingError", str(outcome.exception))
    return outcome


def _entry(solution, key, value, hits, extra):  # type: ignore[no-untyped-def]
    evicted: list[str] = []
    entry = solution.CacheEntry(key, value, on_evict=evicted.append)
    for _ in range(hits):
        entry.touch()
    for name, attribute in extra.items():
        setattr(entry, name, attribute)
    return entry


def _loaded(entry):  # type: ignore[no-untyped-def]
    """What a loaded entry holds, and whether its lock works."""
    attributes = {name: value for name, value in vars(entry).items() if name not in ("lock",)}
    lock = getattr(entry, "lock", None)
    return {
        "attributes": attributes,
        "lock": type(lock) is type(threading.Lock()) and not lock.locked(),
        "touch": observe(entry.touch),
        "hits after touch": getattr(entry, "hits", None),
    }


def round_trip(solution, key, value, hits, extra, protocol):  # type: ignore[no-untyped-def]
    """``dumps_entry`` then ``loads_entry`` (``protocol`` ``None``: the default)."""
    entry = _entry(solution, key, value, hits, extra)
    state = entry.__getstate__()
    live = {"lock kept": "lock" in vars(entry), "callback kept": entry.on_evict is not None}
    options = {} if protocol is None else {"protocol": protocol}
    data = observe(solution.dumps_entry, entry, **options)
    if not data.returned:
        return {"state": state, "live": live, "dumps": data}
    header = data.value[:2]
    loaded = observe(solution.loads_entry, data.value)
    return {
        "state": state,
        "live": live,
        "header": header,
        "loads": _loaded(loaded.value) if loaded.returned else _error(loaded),
    }


def not_an_entry(solution, value, protocol):  # type: ignore[no-untyped-def]
    return _error(observe(solution.loads_entry, pickle.dumps(value, protocol=protocol)))


def find_class(solution, module, name):  # type: ignore[no-untyped-def]
    """The resolved object's qualified name, or the refusal."""
    import io

    unpickler = solution.SafeUnpickler(io.BytesIO(b""))
    outcome = observe(unpickler.find_class, module, name)
    if outcome.returned:
        found = outcome.value
        return f"{getattr(found, '__module__', '?')}.{getattr(found, '__qualname__', '?')}"
    return _error(outcome)


def bad_protocol(solution, protocol):  # type: ignore[no-untyped-def]
    entry = solution.CacheEntry("k", 1)
    return observe(solution.dumps_entry, entry, protocol=protocol, message="protocol")


def _extra(rng: random.Random, protocol: int | None) -> dict[str, Any]:
    if gen.chance(rng, 0.6):
        return {}
    tags = gen.pick(rng, (["a", "b"], ("x",)) if protocol == 2 else ({"hot"}, frozenset(), ["a"]))
    return {"tags": tags, "source": "report-7"}


def _builtin_free(value: Any) -> bool:
    """Whether protocol 2 can write ``value`` without naming ``__builtin__.set`` and the
    like: Python 2 names that only ``pickle.Unpickler``'s own ``find_class`` translates."""
    if isinstance(value, set | frozenset | complex):
        return False
    if isinstance(value, dict):
        return all(_builtin_free(item) for item in value.values())
    if isinstance(value, list | tuple):
        return all(_builtin_free(item) for item in value)
    return True


def cases(rng: random.Random) -> Iterator[Case]:
    """About 90 cases per seed."""
    for _ in range(35):
        value = gen.pick(rng, SAFE_VALUES)
        if gen.chance(rng, 0.3):
            value = {"nested": [gen.pick(rng, SAFE_VALUES), {"deep": gen.pick(rng, SAFE_VALUES)}]}
        protocol = gen.pick(rng, (None, *PROTOCOLS))
        if protocol == 2 and not _builtin_free(value):
            protocol = 3
        key = gen.pick(rng, ("user:42", "", "rapport:é", "q" * 300))
        extra = _extra(rng, protocol)
        yield Case.probe(round_trip, key, value, rng.randint(0, 4), extra, protocol, task=2)
    for value in (*UNSAFE_VALUES, b"raw bytes"):
        yield Case.probe(round_trip, "k", value, 0, {}, gen.pick(rng, PROTOCOLS[1:]), task=3)
    for value in ({"key": "x"}, [1, 2], None, 42, "entry", Decimal("1")):
        protocol = gen.pick(rng, PROTOCOLS)
        yield Case.probe(not_an_entry, value, protocol, task=3)
    for module, name in PAIRS:
        yield Case.probe(find_class, module, name, task=3)
    for protocol in (-1, 0, 1, pickle.HIGHEST_PROTOCOL + 1, 99):
        yield Case.probe(bad_protocol, protocol, task=2)
