"""Sealed cases for event-log-json-codec: datetimes with microseconds, half-hour,
three-quarter-hour and negative offsets, DST zones and pre-1970 moments; decimals with
trailing zeros, exponents, negative zero, NaN and infinities; other date-like and
unsupported types; tags that are ``null`` or spelled differently; JSON numbers whose float
would lose digits or a trailing zero; top-level arrays, scalars and tagged objects; broken
JSON; non-ASCII and astral text.

Events never hold a plain dict with a ``"__type__"`` key (it would decode as a tag: the
format cannot tell them apart), tagged dicts are exactly ``{"__type__", "value"}``, and
integer keys and JSON's ``NaN`` literal are left out (the instructions do not cover them).
Severity members travel as ``{"$severity": value}`` and are built in the probes."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from pyhero.sealed import Case, gen

SOLUTION = "event_log_json_codec"

SEVERITIES = ("info", "warning", "error")
DECIMALS = ("19.90", "0.10", "1E+2", "-0", "0E-7", "-0.001", "1234.50", "NaN", "Infinity",
            "-Infinity", "3.141592653589793238462643383279", "1e-30", "100", "0.000")  # fmt: skip
OTHER_TYPES: tuple[Any, ...] = (date(2024, 3, 1), time(12, 30, tzinfo=UTC), timedelta(hours=1),
                                {1, 2}, b"bytes", complex(1, 2), UUID(int=7),
                                frozenset())  # fmt: skip
WORDS = ("billing", "naïve", "日本", "😀 emoji", "tab\there", 'quote "x"', "\\", "", "\u2028",
         "\U0001f600", "a/b", "</script>")  # fmt: skip
KEYS = ("at", "amount", "severity", "user", "tags", "count", "Zeta", "alpha", "_x", "é", "10",
        "9", "A", "a")  # fmt: skip


def _rich(solution, value):  # type: ignore[no-untyped-def]
    """``value`` with every ``{"$severity": v}`` turned into the learner's ``Severity``."""
    if isinstance(value, dict):
        if list(value) == ["$severity"]:
            return solution.Severity(value["$severity"])
        return {key: _rich(solution, item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rich(solution, item) for item in value]
    return value


def encode(solution, value):  # type: ignore[no-untyped-def]
    """``json.dumps(value, cls=EventEncoder)``, read back as plain JSON (so the order of the
    keys inside a tagged dict is not observed)."""
    return json.loads(json.dumps(_rich(solution, value), cls=solution.EventEncoder))


def dumps(solution, event):  # type: ignore[no-untyped-def]
    return solution.dumps_event(_rich(solution, event))


def round_trip(solution, event):  # type: ignore[no-untyped-def]
    """What ``loads_event(dumps_event(event))`` gives back, and whether it equals the event."""
    rich = _rich(solution, event)
    back = solution.loads_event(solution.dumps_event(rich))
    return {"back": back, "equal": back == rich}


def _moment(rng: random.Random) -> datetime:
    if gen.chance(rng, 0.25):
        return gen.around_transition(rng)
    return gen.aware_datetime(rng, zones="mixed")


def _scalar(rng: random.Random) -> Any:
    roll = rng.random()
    if roll < 0.2:
        return _moment(rng)
    if roll < 0.4:
        if gen.chance(rng, 0.5):
            return Decimal(gen.pick(rng, DECIMALS))
        return gen.decimal(rng, places=gen.pick(rng, (0, 1, 2, 3, 6)), lo=-10**6, hi=10**6)
    if roll < 0.5:
        return {"$severity": gen.pick(rng, SEVERITIES)}
    if roll < 0.65:
        return gen.pick(rng, WORDS) if gen.chance(rng, 0.5) else gen.text(rng)
    if roll < 0.75:
        return gen.integer(rng)
    if roll < 0.85:
        return gen.pick(rng, (True, False, None))
    return gen.pick(rng, (0.5, 0.1, -2.25, 1e20, 3.0))


def _value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth < 3 and roll < 0.15:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    if depth < 3 and roll < 0.3:
        return _event(rng, depth + 1)
    return _scalar(rng)


def _event(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    keys = gen.some(rng, KEYS, gen.size(rng, large=len(KEYS)) % (len(KEYS) + 1))
    return {key: _value(rng, depth) for key in gen.shuffled(rng, keys)}


NUMBERS = ("0.10", "1e5", "1E+2", "-0.0", "2.50", "3.141592653589793238462643", "-0",
           "12345678901234567890123", "7", "1.0e-3", "0.1", "9007199254740993.0",
           "-12.3400")  # fmt: skip


def _number_text(rng: random.Random) -> str:
    return gen.pick(rng, NUMBERS)


def _json_text(rng: random.Random) -> str:
    """A JSON object text with numbers whose float would lose digits, and tagged values."""
    parts = []
    for key in gen.some(rng, KEYS, rng.randint(0, 5)):
        roll = rng.random()
        if roll < 0.4:
            item = _number_text(rng)
        elif roll < 0.55:
            item = "[" + ", ".join(_number_text(rng) for _ in range(rng.randint(0, 3))) + "]"
        elif roll < 0.7:
            item = json.dumps({"__type__": "decimal", "value": gen.pick(rng, DECIMALS)})
        elif roll < 0.8:
            item = json.dumps({"__type__": "datetime", "value": _moment(rng).isoformat()})
        elif roll < 0.9:
            tagged = {"__type__": "severity", "value": gen.pick(rng, SEVERITIES)}
            item = json.dumps(tagged, separators=(",", ":"))
        else:
            item = json.dumps(gen.pick(rng, WORDS), ensure_ascii=gen.chance(rng, 0.5))
        parts.append(f"{json.dumps(key)}{gen.pick(rng, (':', ': ', ' :'))}{item}")
    return gen.pick(rng, ("", " ", "\n")) + "{" + ",".join(parts) + "}" + gen.pick(rng, ("", "\n"))


def _encoder_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(40):
        yield Case.probe(encode, [_scalar(rng) for _ in range(rng.randint(1, 4))], task=1)
    group = "EventEncoder: naive datetimes"
    for _ in range(6):
        naive = gen.naive_datetime(rng)
        yield Case.probe(encode, {"at": naive}, task=1, group=group, message="naive")
    group = "EventEncoder: unsupported types"
    for value in OTHER_TYPES:
        yield Case.probe(encode, {"x": [1, value]}, task=1, group=group)


def _hook_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        roll = rng.random()
        if roll < 0.4:
            tagged = {"__type__": "datetime", "value": _moment(rng).isoformat()}
        elif roll < 0.8:
            tagged = {"__type__": "decimal", "value": gen.pick(rng, DECIMALS)}
        else:
            tagged = {"__type__": "severity", "value": gen.pick(rng, SEVERITIES)}
        yield Case.call("decode_hook", tagged, task=2)
    for _ in range(5):
        yield Case.call("decode_hook", _event(rng), task=2)
    group = "decode_hook: unknown tags"
    for tag in (None, "uuid", "Decimal", "DATETIME", "", 42, "date", "set"):
        yield Case.call("decode_hook", {"__type__": tag, "value": "x"}, task=2, group=group,
                        message=re.escape(str(tag)))  # fmt: skip


def _loads_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(30):
        yield Case.call("loads_event", _json_text(rng), task=3)
    group = "loads_event: not an object"
    for text in ("[1, 2]", '"event"', "42", "null", "true", " 2.50 ", "[]",
                 '{"__type__": "decimal", "value": "1.0"}',
                 '{"__type__": "severity", "value": "info"}'):  # fmt: skip
        yield Case.call("loads_event", text, task=3, group=group, message="object",
                        errors=("json.JSONDecodeError", "ValueError"))  # fmt: skip
    group = "loads_event: invalid JSON"
    for text in ('{"at": ', "", "{", "{'a': 1}", '{"a": 01}', '{"a": 1,}', "{} {}", "\u00a0{}"):
        yield Case.call("loads_event", text, task=3, group=group,
                        errors=("json.JSONDecodeError", "ValueError"))  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed, over the three tasks."""
    yield from _encoder_cases(rng)
    yield from _hook_cases(rng)
    for _ in range(30):
        yield Case.probe(dumps, _event(rng), task=3)
    yield from _loads_cases(rng)
    for _ in range(35):
        yield Case.probe(round_trip, _event(rng), task=3)
