"""Sealed cases for validated-user-collections: header names with digits inside a part
(``x-md5SUM``), padding of tabs and no-break spaces, non-ASCII digits and letters, values
with line breaks at their ends or Unicode separators inside, every way of adding to a trail
(generators too) and of changing it in place, slices, titles that need NFKD (ligatures,
superscripts, full-width letters), underscores, punctuation without spaces, and long titles
cut near a separator.

The generator keeps away from what the instructions leave open: a write with both a bad
name and a bad value, look-ups and ``del`` with invalid or non-string names (only ``in`` is
defined for them), ``get`` (Python 3.11's ``Mapping.get`` lets a ``ValueError`` through),
the order of header keys, and trail slices (they are rebuilt with the default capacity)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "validated_user_collections"

GOOD_NAMES = ("content-type", "X-REQUEST-ID", "accept", "x-md5SUM", "http2-settings", "a1b2c",
              "x-b3traceid", "WWW-Authenticate", "x--double", "-leading", "trailing-", "9",
              "x-Ray-1d", "e-TAG")  # fmt: skip
PADDING = ("", "", " ", "\t", "\u00a0", " \n", "\u3000")
BAD_NAMES = ("", " ", "content type", "x_custom", "naïve", "x-id\u0663", "\uff21\uff22", "a:b",
             "x\u200b", "\u212a-id", "tab\tinside", "x.y")  # fmt: skip
NON_STRINGS: tuple[Any, ...] = (42, None, b"accept", 1.5, ("a",))
GOOD_VALUES = ("application/json", "  abc-123 ", "\tgzip\t", "\u00a0v\u00a0", "", "a\u2028b",
               "x\x85y", "naïve ✓", "a\tb", " ")  # fmt: skip
BAD_VALUES = ("a\r\nSet-Cookie: x=1", "line\nbreak", "cr\r", "\nlead", "trail\n", "\r")
FULL_WIDTH = "\uff21\uff50\uff49\u3000\uff24\uff4f\uff43\uff53"  # "Api Docs"
TITLES = ("Hello, World!", "ﬁle ﬂow", "x² + y²", FULL_WIDTH, "½ price", "Straße 9",
          "Ærø Ørsted", "don't stop", "v1.2.3", "snake_case_title", "a—b", "İstanbul",
          "①②③", "Crème Brûlée", "日本語 and more", "ÅNGSTRÖM", "--x--", "Q3: ↑ 12%",
          "ma\u00f1ana", "man\u0303ana")  # fmt: skip
NOTHING = ("", "   ", "!!!", "日本語", "—", "_", "\u00b4", "Ææ")


def _name(rng: random.Random) -> str:
    return gen.pick(rng, PADDING) + gen.pick(rng, GOOD_NAMES) + gen.pick(rng, PADDING)


def headers(solution, initial, ops):  # type: ignore[no-untyped-def]
    """A ``HTTPHeaders`` built from ``initial`` (pairs), then ``ops``; each op's outcome and
    the headers afterwards (as a dict: the order of keys is not observed)."""
    made = observe(solution.HTTPHeaders, dict(initial))
    if not made.returned:
        return {"made": made}
    box = made.value
    seen = []
    for op, *args in ops:
        if op == "set":
            seen.append(observe(box.__setitem__, args[0], args[1], message=args[2]))
        elif op == "update":
            seen.append(observe(box.update, args[0], message=args[1]))
        elif op == "get":
            seen.append(observe(lambda key: box[key], args[0]))
        elif op == "in":
            seen.append(observe(lambda key: key in box, args[0]))
        elif op == "del":
            seen.append(observe(box.__delitem__, args[0]))
        seen.append(dict(box))
    return {"ops": seen, "final": dict(box), "length": len(box)}


def _header_ops(rng: random.Random) -> list[tuple[Any, ...]]:
    """Writes with one problem at most; every write says which message it expects."""
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.3:
            ops.append(("set", _name(rng), gen.pick(rng, GOOD_VALUES), "."))
        elif roll < 0.38:
            ops.append(("set", _name(rng), gen.pick(rng, BAD_VALUES), "line break"))
        elif roll < 0.44:
            ops.append(("set", _name(rng), gen.pick(rng, NON_STRINGS), "values"))
        elif roll < 0.5:
            ops.append(("set", gen.pick(rng, BAD_NAMES), "v", "^invalid header name"))
        elif roll < 0.54:
            ops.append(("set", gen.pick(rng, NON_STRINGS), "v", "names"))
        elif roll < 0.62:
            pairs = [(_name(rng), gen.pick(rng, GOOD_VALUES)) for _ in range(rng.randint(0, 3))]
            ops.append(("update", pairs, "."))
        elif roll < 0.75:
            ops.append(("get", _name(rng)))
        elif roll < 0.9:
            ops.append(("in", gen.pick(rng, (_name(rng), *BAD_NAMES, *NON_STRINGS))))
        else:
            ops.append(("del", _name(rng)))
    return ops


def trail(solution, initial, capacity, ops, *, initial_as_generator=False):  # type: ignore[no-untyped-def]
    """An ``AuditTrail``, then ``ops``; what each op did and the trail after it."""
    given = (item for item in initial) if initial_as_generator else initial
    arguments = () if capacity is None else (capacity,)
    made = observe(solution.AuditTrail, given, *arguments, message="capacity")
    if not made.returned:
        return made
    box = made.value
    seen: list[Any] = [list(box)]
    for op, *args in ops:
        items = args[0] if args else []
        generated = (item for item in items) if op.endswith("-gen") else list(items)
        if op.startswith("append"):
            seen.append(observe(box.append, items))
        elif op.startswith("extend"):
            seen.append(observe(box.extend, generated))
        elif op.startswith("iadd"):

            def iadd(more: Any) -> bool:
                nonlocal box
                box += more
                return isinstance(box, solution.AuditTrail)

            seen.append(observe(iadd, generated))
        elif op == "insert":
            seen.append(observe(box.insert, args[0], "x", message="append-only"))
        elif op == "set":
            seen.append(observe(box.__setitem__, args[0], "x", message="append-only"))
        elif op == "set-slice":
            seen.append(observe(box.__setitem__, slice(*args[0]), ["x"], message="append-only"))
        elif op == "del":
            seen.append(observe(box.__delitem__, args[0], message="append-only"))
        elif op == "del-slice":
            seen.append(observe(box.__delitem__, slice(*args[0]), message="append-only"))
        else:
            seen.append({"len": len(box), "first": observe(lambda: box[0]),
                         "last": observe(lambda: box[-1]),
                         "equal": box == list(iter(box))})  # fmt: skip
        seen.append(list(box))
    return seen


def _entry(rng: random.Random) -> str:
    return gen.pick(rng, ("login alice", "logout bob", "grant admin", "revoke", "", "événement"))


def _trail_ops(rng: random.Random) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(1, 10)):
        roll = rng.random()
        many = [_entry(rng) + str(n) for n in range(gen.size(rng, large=30))]
        if roll < 0.25:
            ops.append(("append", _entry(rng)))
        elif roll < 0.55:
            ops.append((gen.pick(rng, ("extend", "extend-gen", "iadd", "iadd-gen")), many))
        elif roll < 0.6:
            ops.append(("insert", gen.pick(rng, (0, -1, 99))))
        elif roll < 0.65:
            ops.append(("set", gen.pick(rng, (0, -1))))
        elif roll < 0.7:
            ops.append(("set-slice", gen.pick(rng, ((0, 1), (None, None), (5, 5)))))
        elif roll < 0.75:
            ops.append(("del", gen.pick(rng, (0, -1))))
        elif roll < 0.8:
            ops.append(("del-slice", gen.pick(rng, ((0, 2), (None, None)))))
        else:
            ops.append(("read",))
    return ops


def slug(solution, title):  # type: ignore[no-untyped-def]
    return str(solution.Slug(title))


def slug_ops(solution, title, extra):  # type: ignore[no-untyped-def]
    """A slug combined with other text: each result's text and whether it is a Slug."""
    made = solution.Slug(title)

    def described(value: Any) -> list[Any]:
        return [str(value), isinstance(value, solution.Slug)]

    return {
        "plus": observe(lambda: described(made + extra), message="slug"),
        "radd": observe(lambda: described(extra + made), message="slug"),
        "upper": observe(lambda: described(made.upper())),
    }


def _long_title(rng: random.Random) -> str:
    """A title whose slug is longer than 40 characters, with separators near the cut."""
    words = [gen.word(rng, ascii_only=gen.chance(rng, 0.6)) for _ in range(rng.randint(4, 14))]
    text = "".join(word + gen.pick(rng, (" ", " - ", ", ", "_", "!!", "—")) for word in words)
    return gen.pick(rng, ("", "", "!!! ", "— ")) + text


def _header_cases(rng: random.Random) -> Iterator[Case]:
    for name in GOOD_NAMES:
        yield Case.call("normalise_header", gen.pick(rng, PADDING) + name, task=1)
    group = "normalise_header: invalid names"
    for name in BAD_NAMES:
        yield Case.call("normalise_header", name, task=1, group=group,
                        message="^invalid header name")  # fmt: skip
    for value in NON_STRINGS:
        yield Case.call("normalise_header", value, task=1, group=group, message="names")
    for _ in range(40):
        initial = [(_name(rng), gen.pick(rng, GOOD_VALUES)) for _ in range(rng.randint(0, 4))]
        yield Case.probe(headers, initial, _header_ops(rng), task=1)


def _trail_cases(rng: random.Random) -> Iterator[Case]:
    for capacity in (0, -1, -100):
        yield Case.probe(trail, [], capacity, [], task=2, group="AuditTrail: capacity < 1")
    for _ in range(40):
        capacity = gen.pick(rng, (None, 1, 1, 2, 3, 5, 8))
        initial = [_entry(rng) + str(n) for n in range(gen.size(rng, large=150))]
        yield Case.probe(trail, initial, capacity, _trail_ops(rng), task=2,
                         initial_as_generator=gen.chance(rng, 0.3))  # fmt: skip


def _slug_cases(rng: random.Random) -> Iterator[Case]:
    for title in TITLES:
        yield Case.probe(slug, title, task=3)
    for _ in range(25):
        yield Case.probe(slug, _long_title(rng), task=3)
    for _ in range(15):
        yield Case.probe(slug, gen.text(rng, words=(1, 6)) + gen.pick(rng, TITLES), task=3)
    for value in (12345, 3.5, None, True, ["A b"], -7):
        yield Case.probe(slug, value, task=3)
    for title in NOTHING:
        yield Case.probe(slug, title, task=3, group="Slug: nothing to keep", message="slug")
    for _ in range(15):
        extra = gen.pick(rng, (" 2.0 Final", "!!!", "ﬁ", "", "-", "Ünïcode", "a" * 45))
        yield Case.probe(slug_ops, gen.pick(rng, TITLES), extra, task=3)


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed, over the three tasks."""
    yield from _header_cases(rng)
    yield from _trail_cases(rng)
    yield from _slug_cases(rng)
