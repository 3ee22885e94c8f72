"""Sealed cases for ndjson-stream-reader: records that are mappings but not dicts
(``MappingProxyType``, ``UserDict``, ``ChainMap``), keys out of order, non-ASCII, astral and
lone-surrogate text; lines with spaces around bad JSON, no-break spaces, tabs, a BOM, extra
data, ``null``, booleans and floats; ``\\r\\n`` endings; errors lists that already hold
entries; and a logging input that shows how many lines the reader has taken after each
record or error it reports.

Lines end with ``\\n``, ``\\r\\n`` or nothing (never a lone ``\\r``), hold no line break
inside, and the writer's stream is not observed after a ``TypeError`` (the instructions do
not say whether earlier records were written). Floats are finite."""

from __future__ import annotations

import io
import json
import random
from collections import ChainMap, OrderedDict, UserDict
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "ndjson_stream_reader"

KEYS = ("id", "user", "zeta", "alpha", "ts", "é", "10", "9", "", "with space")
BAD_RECORDS: tuple[Any, ...] = (["not", "a", "dict"], "text", 42, None, ("k", "v"), {"k"})
BLANK = ("", "   ", "\t", "\u00a0", "\u3000", " \t ", "\x0c")
BAD_JSON = ("nope", '{"a": }', '{"a":1', "{'a': 1}", "  nope", "nope  ", "\tnope",
            '{"a":1}\u00a0', "\ufeff{}", '{"a":1}{"b":2}', "[1,", '{"a": tru}', "{,}", "NaN?",
            "\u00a0{}")  # fmt: skip
NOT_OBJECTS = ("[]", "[1, 2]", "42", '"x"', "null", "true", "false", "1.5", "1e400", "-0",
               '  ""  ', "\t[{}]")  # fmt: skip
ENDINGS = ("\n", "\n", "\r\n", "")


def _value(rng: random.Random) -> Any:
    return gen.pick(rng, (1, -0, 2**70, 1.5, 0.1, True, None, "Zürich", "two\nlines", "\U0001f600",
                          "\ud800", "tab\t", [], [1, "a"], {"n": {"m": []}}, ""))  # fmt: skip


def _pairs(rng: random.Random) -> list[tuple[str, Any]]:
    keys = gen.shuffled(rng, gen.some(rng, KEYS, rng.randint(0, 5)))
    return [(key, _value(rng)) for key in keys]


def _record(kind, pairs):  # type: ignore[no-untyped-def]
    if kind == "dict":
        return dict(pairs)
    if kind == "proxy":
        return MappingProxyType(dict(pairs))
    if kind == "userdict":
        return UserDict(pairs)
    if kind == "ordered":
        return OrderedDict(pairs)
    return ChainMap(dict(pairs))


def write(solution, specs, *, as_generator=False):  # type: ignore[no-untyped-def]
    """``write_ndjson`` over records built from ``(kind, pairs)`` specs (``("bad", value)``
    is passed as it is): the count and the text written, or the exception."""
    records = [value if kind == "bad" else _record(kind, value) for kind, value in specs]
    stream = io.StringIO()
    given = (record for record in records) if as_generator else records
    first_bad = next((n for n, (kind, _) in enumerate(specs, 1) if kind == "bad"), None)
    pattern = f"record {first_bad}(?!\\d)" if first_bad else False
    outcome = observe(solution.write_ndjson, given, stream, message=pattern)
    if not outcome.returned:
        return outcome
    return {"count": outcome, "text": stream.getvalue()}


def _error_fields(error: Any) -> Any:
    if error is None:
        return None
    return [getattr(error, name, "<missing>") for name in ("line_number", "message", "raw")]


def read(solution, lines, steps, *, collect=False, prefilled=0):  # type: ignore[no-untyped-def]
    """Up to ``steps`` calls of ``next()`` on the reader. After each: what it returned or
    raised (with an ``NdjsonError``'s ``error``), how many lines it had taken, and the
    errors collected so far."""
    taken = [0]

    def source() -> Iterator[str]:
        for line in lines:
            taken[0] += 1
            yield line

    errors: Any = None
    if collect:
        errors = [solution.LineError(0, f"earlier {n}", "") for n in range(prefilled)]
    reader = solution.read_ndjson(source(), errors)
    seen = []
    for _ in range(steps):
        outcome = observe(next, reader, errors=("NdjsonError", "StopIteration", "ValueError"),
                          message=True)  # fmt: skip
        step: dict[str, Any] = {"next": outcome, "taken": taken[0]}
        if outcome.exception is not None:
            step["error"] = _error_fields(getattr(outcome.exception, "error", None))
        if errors is not None:
            step["errors"] = [_error_fields(error) for error in errors]
        seen.append(step)
        if not outcome.returned:
            break
    return seen


def _line(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        record = dict(_pairs(rng))
        text = json.dumps(record, ensure_ascii=gen.chance(rng, 0.5),
                          separators=gen.pick(rng, ((",", ":"), (", ", ": "))))  # fmt: skip
        text = gen.pick(rng, ("", "", " ", "\t")) + text + gen.pick(rng, ("", "", "  ", "\t"))
    elif roll < 0.6:
        text = gen.pick(rng, BLANK)
    elif roll < 0.8:
        text = gen.pick(rng, BAD_JSON)
    else:
        text = gen.pick(rng, NOT_OBJECTS)
    return text + gen.pick(rng, ENDINGS)


def _lines(rng: random.Random) -> list[str]:
    lines = [_line(rng) for _ in range(gen.size(rng, large=60))]
    if lines and gen.chance(rng, 0.5):
        lines[-1] = lines[-1].rstrip("\r\n")
    return lines


def cases(rng: random.Random) -> Iterator[Case]:
    """About 150 cases per seed, over the three tasks."""
    kinds = ("dict", "dict", "proxy", "userdict", "ordered", "chain")
    for _ in range(30):
        specs = [(gen.pick(rng, kinds), _pairs(rng)) for _ in range(gen.size(rng, large=30))]
        yield Case.probe(write, specs, task=1, as_generator=gen.chance(rng, 0.3))
    group = "write_ndjson: not a mapping"
    for _ in range(10):
        specs = [(gen.pick(rng, kinds), _pairs(rng)) for _ in range(rng.randint(0, 4))]
        specs.insert(rng.randint(0, len(specs)), ("bad", gen.pick(rng, BAD_RECORDS)))
        if gen.chance(rng, 0.3):
            specs.append(("bad", gen.pick(rng, BAD_RECORDS)))
        yield Case.probe(write, specs, task=1, group=group)
    for _ in range(40):
        lines = _lines(rng)
        yield Case.probe(read, lines, len(lines) + 1, task=2)
    for _ in range(40):
        lines = _lines(rng)
        steps = rng.randint(1, len(lines) + 1)
        prefilled = gen.pick(rng, (0, 0, 2))
        yield Case.probe(read, lines, steps, task=3, collect=True, prefilled=prefilled)
    group = "read_ndjson: stops at the first bad line"
    for _ in range(20):
        lines = [*_lines(rng), gen.pick(rng, (*BAD_JSON, *NOT_OBJECTS)), *_lines(rng)]
        yield Case.probe(read, lines, len(lines) + 1, task=3, group=group)
