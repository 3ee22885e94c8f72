"""Sealed cases for case-insensitive-headers: renames among several entries, names with a
trailing newline, non-ASCII digits or token punctuation (``x'quote``), values with tabs,
no-break spaces, quotes and backslashes, line breaks at a value's ends, rejected writes over
existing entries, writes with two problems (types, then name, then value), the mixins,
equality with ``MappingProxyType``, ``ChainMap`` and case duplicates, ``repr`` and ``copy``.

Look-ups use valid ASCII names only: the instructions do not say what a look-up with a
non-string or invalid name does. ``update`` gets valid pairs only (the mixin stores the
pairs before a rejected one, which the instructions do not promise), and ``setdefault``
defaults are unpadded (the mixin returns the default as given, not as stored)."""

from __future__ import annotations

import random
from collections import ChainMap
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "case_insensitive_headers"

NAMES = (("Content-Type", "content-type", "CONTENT-TYPE", "Content-type"),
         ("ETag", "etag", "ETAG"), ("X-Request-Id", "x-request-id"), ("x'quote", "X'QUOTE"),
         ("A", "a"), ("~",),
         ("x-md5", "X-MD5"), ("Set-Cookie", "set-cookie"), ("x.y_z|1",),
         ("Accept", "accept"))  # fmt: skip
BAD_NAMES = ("Bad Name", "", "X-Ok\n", "X-Ok\r\n", "\tX", "X-\u0663", "Naïve", "x:y", "x\u00a0",
             "(x)", "@", "x/y", " Accept", "Accept ")  # fmt: skip
NON_STRINGS: tuple[Any, ...] = (42, None, b"x-ok", 1.5)
VALUES = ("text/html", " 2 ", "\t*/*\t", "it's", 'say "hi"', "back\\slash", "", "naïve ✓",
          "\u00a0nbsp\u00a0", "a\tb", "  ", "x\u2028y")  # fmt: skip
BAD_VALUES = ("a\r\nInjected: 1", "trail\n", "\r", "x\ny", "\nlead", "ok\r")
TYPE_MESSAGE = "header names and values must be str"


def _name(rng: random.Random) -> str:
    return gen.pick(rng, gen.pick(rng, NAMES))


def _write(rng: random.Random) -> tuple[Any, Any, Any]:
    """A write and the message the instructions fix for it (None: it succeeds)."""
    name, value = _name(rng), gen.pick(rng, VALUES)
    roll = rng.random()
    if roll < 0.55:
        return name, value, None
    if roll < 0.65:
        return gen.pick(rng, BAD_NAMES), value, "header"
    if roll < 0.75:
        return name, gen.pick(rng, BAD_VALUES), "header"
    if roll < 0.82:
        return gen.pick(rng, BAD_NAMES), gen.pick(rng, BAD_VALUES), "header"
    if roll < 0.9:
        return name, gen.pick(rng, NON_STRINGS), True
    return gen.pick(rng, (*NON_STRINGS, *BAD_NAMES)), gen.pick(rng, NON_STRINGS), True


def _other(solution, kind, pairs):  # type: ignore[no-untyped-def]
    if kind == "dict":
        return dict(pairs)
    if kind == "proxy":
        return MappingProxyType(dict(pairs))
    if kind == "chain":
        half = len(pairs) // 2
        return ChainMap(dict(pairs[:half]), dict(pairs[half:]))
    if kind == "headers":
        return solution.Headers(pairs)
    return [name for name, _ in pairs]


def session(solution, initial, ops, *, initial_kind="pairs"):  # type: ignore[no-untyped-def]
    """A ``Headers`` built from ``initial`` (pairs, a dict or a generator), then ``ops``;
    each op's outcome and the items (in order) after it."""
    given: Any = initial
    if initial_kind == "dict":
        given = dict(initial)
    elif initial_kind == "generator":
        given = (pair for pair in initial)
    made = observe(solution.Headers, given)
    if not made.returned:
        return made
    box = made.value
    seen: list[Any] = [list(box.items())]
    for op, *args in ops:
        if op == "set":
            name, value, message = args
            seen.append(observe(box.__setitem__, name, value, message=message or False))
        elif op == "get":
            seen.append(observe(lambda key: box[key], args[0]))
        elif op == "del":
            seen.append(observe(box.__delitem__, args[0]))
        elif op == "mixins":
            name = args[0]
            seen.append({"in": name in box, "get": box.get(name), "get-default": box.get(name, "d"),
                         "keys": list(box.keys()), "values": list(box.values())})  # fmt: skip
        elif op == "setdefault":
            seen.append(observe(box.setdefault, args[0], args[1]))
        elif op == "pop":
            seen.append(observe(box.pop, args[0]))
        elif op == "pop-default":
            seen.append(observe(box.pop, args[0], "gone"))
        elif op == "update":
            seen.append(observe(box.update, args[0], **args[1]))
        elif op == "clear":
            seen.append(observe(box.clear))
        elif op == "eq":
            other = _other(solution, args[0], args[1])
            seen.append({"==": box == other, "!=": box != other, "reflected": other == box,
                         "eq": box.__eq__(other) is NotImplemented})  # fmt: skip
        elif op == "repr":
            seen.append(repr(box))
        elif op == "copy":
            clone = box.copy()
            copied = [type(clone).__name__, list(clone.items()), repr(clone)]
            clone[args[0]] = "changed in the copy"
            seen.append([copied, list(box.items())])
        seen.append([list(box.items()), len(box)])
    return seen


def _pairs(rng: random.Random, count: int) -> list[tuple[str, str]]:
    return [(_name(rng), gen.pick(rng, VALUES)) for _ in range(count)]


def _ops(rng: random.Random) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(1, 14)):
        roll = rng.random()
        if roll < 0.4:
            ops.append(("set", *_write(rng)))
        elif roll < 0.48:
            ops.append(("get", _name(rng)))
        elif roll < 0.54:
            ops.append(("del", _name(rng)))
        elif roll < 0.6:
            ops.append(("mixins", _name(rng)))
        elif roll < 0.64:
            ops.append(("setdefault", _name(rng), gen.pick(rng, ("*/*", "v", ""))))
        elif roll < 0.68:
            ops.append((gen.pick(rng, ("pop", "pop-default")), _name(rng)))
        elif roll < 0.73:
            keywords = {"x_trace": "t"} if gen.chance(rng, 0.3) else {}
            pairs = _pairs(rng, rng.randint(0, 3))
            ops.append(("update", dict(pairs) if gen.chance(rng, 0.5) else pairs, keywords))
        elif roll < 0.75:
            ops.append(("clear",))
        elif roll < 0.9:
            kind = gen.pick(rng, ("dict", "dict", "proxy", "chain", "headers", "list"))
            ops.append(("eq", kind, _pairs(rng, rng.randint(0, 4))))
        elif roll < 0.95:
            ops.append(("repr",))
        else:
            ops.append(("copy", _name(rng)))
    return ops


def equality(solution, mine, theirs, kind):  # type: ignore[no-untyped-def]
    """``Headers(mine) == other`` where ``other`` holds the same headers, respelled, with
    one change or none."""
    box = solution.Headers(mine)
    other = _other(solution, kind, theirs)
    return {"==": box == other, "!=": box != other, "reflected": other == box}


def _equality_case(rng: random.Random) -> tuple[list[Any], list[Any]]:
    unique = {name.lower(): (name, value) for name, value in _pairs(rng, rng.randint(0, 5))}
    mine = list(unique.values())
    theirs = [(gen.pick(rng, [v for group in NAMES for v in group if v.lower() == name.lower()]),
               value.strip()) for name, value in gen.shuffled(rng, mine)]  # fmt: skip
    change = rng.random()
    if theirs and change < 0.15:
        theirs.pop()
    elif theirs and change < 0.3:
        name, _ = theirs[0]
        theirs.append((name.swapcase() if name.swapcase() != name else name.upper(), "dup"))
    elif theirs and change < 0.45:
        name, value = theirs[-1]
        theirs[-1] = (name, value.upper() if value.upper() != value else value + " ")
    elif change < 0.55:
        theirs.append(("X-Extra", "1"))
    return mine, theirs


def cases(rng: random.Random) -> Iterator[Case]:
    """About 120 cases per seed, over the three tasks."""
    for _ in range(25):
        initial = _pairs(rng, gen.size(rng, large=40))
        kind = gen.pick(rng, ("pairs", "dict", "generator"))
        ops = [("set", *_write(rng)) for _ in range(rng.randint(1, 10))]
        yield Case.probe(session, initial, ops, task=1, initial_kind=kind, group="writes")
    for _ in range(50):
        initial = _pairs(rng, gen.size(rng, large=40))
        kind = gen.pick(rng, ("pairs", "dict", "generator"))
        yield Case.probe(session, initial, _ops(rng), task=2, initial_kind=kind)
    for _ in range(40):
        mine, theirs = _equality_case(rng)
        kind = gen.pick(rng, ("dict", "proxy", "chain", "headers"))
        yield Case.probe(equality, mine, theirs, kind, task=3)
    group = "writes: names with line endings"
    for name in ("X-Ok\n", "Accept\n", "ETag\r\n", "X-Request-Id\n"):
        ops = [("set", name, "v", "header"), ("mixins", name.strip())]
        yield Case.probe(session, _pairs(rng, 2), ops, task=1, group=group)
    group = "constructor: invalid headers"
    for _ in range(6):
        initial = _pairs(rng, rng.randint(0, 3))
        name, value, _ = _write(rng)
        initial.insert(rng.randint(0, len(initial)), (name, value))
        yield Case.probe(session, initial, [], task=1, group=group)
